// The compact on-disk form of an occupation history, and back. Consecutive snapshots share most of their boundary,
// so the form is a topology shared by all snapshots (as TopoJSON, but across time): coordinates are quantised to
// integers, rings are cut into arcs at junctions (points whose neighbours differ between the rings using them),
// each arc is stored once, delta-encoded, and simplified once, so a boundary two snapshots share stays identical.
// Rings, polygons and snapshots refer to arcs, rings and polygons by index. Same history in, same object out.

import type { MultiPolygon, Position } from 'geojson';
import { simplifyPath } from '../geometry/simplify.ts';
import type { AreaKind, OccupationHistory, Snapshot, SnapshotSourceId, SourceNotice } from './history.ts';

export const HISTORY_FORMAT = 'nadra-occupation-history';

export interface EncodedSnapshot {
  date: string;
  source: SnapshotSourceId;
  expresses: AreaKind[];
  occupied: number[]; // polygon indices
  contested: number[] | null;
  occupiedBefore2022: number[] | null;
  liberated?: number[];
}

export interface EncodedHistory {
  format: typeof HISTORY_FORMAT;
  version: 1;
  scale: number; // integer coordinates are degrees × scale
  sources: SourceNotice[];
  arcs: number[][]; // [x0, y0, dx1, dy1, …]: the first point, then differences from the previous point
  rings: number[][]; // arc references: i is arc i, ~i (= -i - 1) is arc i reversed; consecutive arcs share a point
  polygons: number[][]; // ring indices, exterior first
  snapshots: EncodedSnapshot[];
}

export interface EncodeOptions {
  scale?: number; // default 1e4: a step of 1e-4° (≤ 11 m)
  toleranceMetres?: number; // Douglas–Peucker tolerance per arc; default 0 (no simplification)
}

/** Coordinate pairs fit one safe integer: 21 bits each after the offset covers ±209° at scale 1e4. */
const OFFSET = 2 ** 21;
const code = (x: number, y: number) => (x + OFFSET) * 2 ** 22 + (y + OFFSET);

export function encodeHistory(history: OccupationHistory, options: EncodeOptions = {}): EncodedHistory {
  const scale = options.scale ?? 1e4;
  const table = new GeometryTable(scale);
  const snapshots = history.snapshots.map((snapshot) => {
    const encoded: EncodedSnapshot = {
      date: snapshot.date,
      source: snapshot.source,
      expresses: [...snapshot.expresses],
      occupied: table.addMultiPolygon(snapshot.occupied),
      contested: snapshot.contested ? table.addMultiPolygon(snapshot.contested) : null,
      occupiedBefore2022: snapshot.occupiedBefore2022 ? table.addMultiPolygon(snapshot.occupiedBefore2022) : null,
    };
    if (snapshot.liberated) encoded.liberated = table.addMultiPolygon(snapshot.liberated);
    return encoded;
  });
  const { arcs, rings } = buildTopology(table.rings, scale, options.toleranceMetres ?? 0);
  return {
    format: HISTORY_FORMAT,
    version: 1,
    scale,
    sources: history.sources.map((s) => ({ ...s })),
    arcs,
    rings,
    polygons: table.polygons,
    snapshots,
  };
}

/** Unique quantised rings (closed, starting at their smallest point) and polygons, in order of first use. */
class GeometryTable {
  readonly rings: number[][] = [];
  readonly polygons: number[][] = [];
  private readonly ringIds = new Map<string, number>();
  private readonly polygonIds = new Map<string, number>();

  constructor(private readonly scale: number) {}

  addMultiPolygon(multi: MultiPolygon): number[] {
    const ids: number[] = [];
    for (const polygon of multi.coordinates) {
      const ringIds: number[] = [];
      for (const [i, ring] of polygon.entries()) {
        const quantised = quantiseRing(ring, this.scale);
        if (quantised) ringIds.push(this.intern(this.ringIds, this.rings, quantised));
        else if (i === 0) break;
      }
      if (ringIds.length > 0) ids.push(this.intern(this.polygonIds, this.polygons, ringIds));
    }
    return ids;
  }

  private intern(ids: Map<string, number>, list: number[][], value: number[]): number {
    const key = value.join(',');
    let id = ids.get(key);
    if (id === undefined) {
      id = list.length;
      list.push(value);
      ids.set(key, id);
    }
    return id;
  }
}

/** Flat [x0, y0, x1, y1, …] integers, closed, without repeated points, rotated to start at its smallest point. */
function quantiseRing(ring: readonly Position[], scale: number): number[] | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of ring) {
    const x = Math.round(p[0]! * scale);
    const y = Math.round(p[1]! * scale);
    const n = xs.length;
    if (n > 0 && xs[n - 1] === x && ys[n - 1] === y) continue;
    xs.push(x);
    ys.push(y);
  }
  if (xs.length > 1 && xs[0] === xs[xs.length - 1] && ys[0] === ys[ys.length - 1]) {
    xs.pop();
    ys.pop();
  }
  const n = xs.length;
  if (n < 3) return null;
  let start = 0;
  for (let i = 1; i < n; i++) {
    if (xs[i]! < xs[start]! || (xs[i] === xs[start] && ys[i]! < ys[start]!)) start = i;
  }
  const out: number[] = [];
  for (let k = 0; k <= n; k++) {
    const i = (start + k) % n;
    out.push(xs[i]!, ys[i]!);
  }
  return out;
}

function buildTopology(rings: readonly number[][], scale: number, toleranceMetres: number) {
  const junctions = findJunctions(rings);
  const arcTable = new ArcTable();
  const ringArcs = rings.map((ring) => cutRing(ring, junctions).map((arc) => arcTable.add(arc)));
  const simplified = arcTable.arcs.map((arc) => simplifyArc(arc, toleranceMetres, scale));
  for (const refs of ringArcs) {
    const distinct = refs.reduce((sum, ref) => sum + simplified[ref < 0 ? ~ref : ref]!.length / 2 - 1, 0);
    if (distinct < 3) for (const ref of refs) simplified[ref < 0 ? ~ref : ref] = arcTable.arcs[ref < 0 ? ~ref : ref]!;
  }
  return { arcs: simplified.map(deltaEncode), rings: ringArcs };
}

/** Points where rings meet with different neighbours: the ends of the arcs rings share. */
function findJunctions(rings: readonly number[][]): Set<number> {
  const lower = new Map<number, number>();
  const upper = new Map<number, number>();
  const junctions = new Set<number>();
  for (const ring of rings) {
    const m = ring.length / 2 - 1;
    for (let i = 0; i < m; i++) {
      const p = code(ring[2 * i]!, ring[2 * i + 1]!);
      if (junctions.has(p)) continue;
      const h = (i + m - 1) % m;
      const j = (i + 1) % m;
      const prev = code(ring[2 * h]!, ring[2 * h + 1]!);
      const next = code(ring[2 * j]!, ring[2 * j + 1]!);
      const a = Math.min(prev, next);
      const b = Math.max(prev, next);
      const seen = lower.get(p);
      if (seen === undefined) {
        lower.set(p, a);
        upper.set(p, b);
      } else if (seen !== a || upper.get(p) !== b) {
        junctions.add(p);
      }
    }
  }
  return junctions;
}

/** The ring's arcs, each a flat point list from one junction to the next (the whole ring when it has none). */
function cutRing(ring: readonly number[], junctions: ReadonlySet<number>): number[][] {
  const m = ring.length / 2 - 1;
  const cuts: number[] = [];
  for (let i = 0; i < m; i++) if (junctions.has(code(ring[2 * i]!, ring[2 * i + 1]!))) cuts.push(i);
  if (cuts.length === 0) return [ring.slice()];
  const arcs: number[][] = [];
  for (let c = 0; c < cuts.length; c++) {
    const from = cuts[c]!;
    const to = c + 1 < cuts.length ? cuts[c + 1]! : cuts[0]! + m;
    const arc: number[] = [];
    for (let k = from; k <= to; k++) {
      const i = k % m;
      arc.push(ring[2 * i]!, ring[2 * i + 1]!);
    }
    arcs.push(arc);
  }
  return arcs;
}

/** Arcs stored once whichever way a ring runs along them; a reference to a reversed arc is ~index. */
class ArcTable {
  readonly arcs: number[][] = [];
  private readonly ids = new Map<string, number>();

  add(arc: number[]): number {
    const reversed = reversePoints(arc);
    const forward = isCanonical(arc, reversed);
    const canonical = forward ? arc : reversed;
    const key = canonical.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.arcs.length;
      this.arcs.push(canonical);
      this.ids.set(key, id);
    }
    return forward ? id : ~id;
  }
}

function reversePoints(arc: readonly number[]): number[] {
  const out: number[] = new Array<number>(arc.length);
  const n = arc.length / 2;
  for (let i = 0; i < n; i++) {
    out[2 * i] = arc[2 * (n - 1 - i)]!;
    out[2 * i + 1] = arc[2 * (n - 1 - i) + 1]!;
  }
  return out;
}

/** The direction whose points compare smaller, first to last (a closed arc starts at the same point both ways). */
function isCanonical(arc: readonly number[], reversed: readonly number[]): boolean {
  for (let i = 0; i < arc.length; i++) {
    if (arc[i] !== reversed[i]) return arc[i]! < reversed[i]!;
  }
  return true;
}

function simplifyArc(arc: number[], toleranceMetres: number, scale: number): number[] {
  if (toleranceMetres <= 0) return arc;
  const points: [number, number][] = [];
  for (let i = 0; i < arc.length; i += 2) points.push([arc[i]!, arc[i + 1]!]);
  return simplifyPath(points, toleranceMetres, scale).flatMap((i) => points[i]!);
}

function deltaEncode(arc: readonly number[]): number[] {
  const out = arc.slice(0, 2);
  for (let i = 2; i < arc.length; i++) out.push(arc[i]! - arc[i - 2]!);
  return out;
}

export function decodeHistory(encoded: EncodedHistory): OccupationHistory {
  if (encoded.format !== HISTORY_FORMAT || encoded.version !== 1) {
    const found = `format ${String(encoded.format)}, version ${String(encoded.version)}`;
    throw new Error(`not an occupation history of version 1 (${found})`);
  }
  const arcs = encoded.arcs.map(deltaDecode);
  const rings = encoded.rings.map((refs) => decodeRing(refs, arcs, encoded.scale));
  const polygons = encoded.polygons.map((ids) => ids.map((id) => at(rings, id, 'ring')));
  const multi = (ids: readonly number[]): MultiPolygon => ({
    type: 'MultiPolygon',
    coordinates: ids.map((id) => at(polygons, id, 'polygon')),
  });
  const snapshots = encoded.snapshots.map((s): Snapshot => {
    const snapshot: Snapshot = {
      date: s.date,
      source: s.source,
      expresses: [...s.expresses],
      occupied: multi(s.occupied),
      contested: s.contested ? multi(s.contested) : null,
      occupiedBefore2022: s.occupiedBefore2022 ? multi(s.occupiedBefore2022) : null,
    };
    if (s.liberated) snapshot.liberated = multi(s.liberated);
    return snapshot;
  });
  return { sources: encoded.sources.map((s) => ({ ...s })), snapshots };
}

function at<T>(list: readonly T[], index: number, what: string): T {
  const item = list[index];
  if (item === undefined) throw new Error(`occupation history refers to a missing ${what} ${index}`);
  return item;
}

function deltaDecode(arc: readonly number[]): number[] {
  const out = arc.slice(0, 2);
  for (let i = 2; i < arc.length; i++) out.push(arc[i]! + out[i - 2]!);
  return out;
}

/** Rings share their polygons' arrays across snapshots: decoded geometry is read-only. */
function decodeRing(refs: readonly number[], arcs: readonly number[][], scale: number): Position[] {
  const ring: Position[] = [];
  for (const ref of refs) {
    const arc = at(arcs, ref < 0 ? ~ref : ref, 'arc');
    const n = arc.length / 2;
    for (let k = ring.length === 0 ? 0 : 1; k < n; k++) {
      const i = ref < 0 ? n - 1 - k : k;
      ring.push([arc[2 * i]! / scale, arc[2 * i + 1]! / scale]);
    }
  }
  return ring;
}
