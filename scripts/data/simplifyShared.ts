// Simplifying polygons that share borders without opening gaps between them: rings are cut into arcs at junctions
// (points whose neighbours differ between the rings using them), each arc is simplified once in a canonical
// direction, and every ring using it gets the same points. A ring without junctions (an island, or an enclave and
// the hole it fills) is simplified from a canonical start and direction, so its copies stay identical too.

import type { MultiPolygon, Polygon, Position } from 'geojson';
import { simplifyPath } from '../../src/core/geometry/simplify.ts';

type Areal = Polygon | MultiPolygon;

/** The geometries simplified with a Douglas–Peucker tolerance in metres and rounded to `decimals`. */
export function simplifySharedPolygons<T extends Areal>(geometries: readonly T[], toleranceMetres: number, decimals: number): T[] {
  const scale = 10 ** decimals;
  const quantised = geometries.map((g) => mapRings(g, (ring) => quantiseRing(ring, scale)));
  const rings = quantised.flatMap((g) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()));
  const junctions = findJunctions(rings);
  const simplifier = new ArcSimplifier(toleranceMetres, scale);
  return quantised.map((g) =>
    mapRings(g, (ring) => {
      const simplified = simplifyRing(ring, junctions, simplifier);
      const kept = simplified.length >= 4 ? simplified : ring;
      return kept.map(([x, y]) => [x! / scale, y! / scale]);
    }),
  );
}

function mapRings<T extends Areal>(geometry: T, f: (ring: Position[]) => Position[]): T {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(f) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map((p) => p.map(f)) };
}

/** Integer coordinates, closed, without repeated points. */
function quantiseRing(ring: readonly Position[], scale: number): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [Math.round(p[0]! * scale), Math.round(p[1]! * scale)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([...first]);
  return out;
}

const keyOf = (p: Position) => `${p[0]},${p[1]}`;

function findJunctions(rings: readonly Position[][]): Set<string> {
  const neighbours = new Map<string, string>();
  const junctions = new Set<string>();
  for (const ring of rings) {
    const m = ring.length - 1;
    for (let i = 0; i < m; i++) {
      const p = keyOf(ring[i]!);
      const a = keyOf(ring[(i + m - 1) % m]!);
      const b = keyOf(ring[(i + 1) % m]!);
      const pair = a < b ? `${a};${b}` : `${b};${a}`;
      const seen = neighbours.get(p);
      if (seen === undefined) neighbours.set(p, pair);
      else if (seen !== pair) junctions.add(p);
    }
  }
  return junctions;
}

function simplifyRing(ring: readonly Position[], junctions: ReadonlySet<string>, simplifier: ArcSimplifier): Position[] {
  const m = ring.length - 1;
  const cuts: number[] = [];
  for (let i = 0; i < m; i++) if (junctions.has(keyOf(ring[i]!))) cuts.push(i);
  if (cuts.length === 0) return simplifier.closed(ring.slice(0, m));
  const out: Position[] = [ring[cuts[0]!]!];
  for (let c = 0; c < cuts.length; c++) {
    const from = cuts[c]!;
    const to = c + 1 < cuts.length ? cuts[c + 1]! : cuts[0]! + m;
    const arc: Position[] = [];
    for (let k = from; k <= to; k++) arc.push(ring[k % m]!);
    out.push(...simplifier.open(arc).slice(1));
  }
  return out;
}

/** Each distinct arc simplified once, whichever way and from wherever a ring runs along it. */
class ArcSimplifier {
  private readonly done = new Map<string, Position[]>();

  constructor(
    private readonly toleranceMetres: number,
    private readonly unitsPerDegree: number,
  ) {}

  open(arc: readonly Position[]): Position[] {
    const reversed = [...arc].reverse();
    const first = keyOf(arc[0]!);
    const last = keyOf(reversed[0]!);
    const forward = first !== last ? first < last : arc.join(';') <= reversed.join(';');
    const simplified = this.simplify(forward ? arc : reversed, false);
    return forward ? simplified : [...simplified].reverse();
  }

  /** A ring without junctions, given without its closing point; returned closed. */
  closed(points: readonly Position[]): Position[] {
    let start = 0;
    for (let i = 1; i < points.length; i++) if (keyOf(points[i]!) < keyOf(points[start]!)) start = i;
    const rotated = [...points.slice(start), ...points.slice(0, start)];
    const n = rotated.length;
    const forward = keyOf(rotated[1 % n]!) <= keyOf(rotated[n - 1]!);
    const canonical = forward ? rotated : [rotated[0]!, ...rotated.slice(1).reverse()];
    const simplified = this.simplify([...canonical, canonical[0]!], true);
    return forward ? simplified : [...simplified].reverse();
  }

  private simplify(path: readonly Position[], closed: boolean): Position[] {
    const key = `${closed ? 'c' : 'o'}${path.join(';')}`;
    let kept = this.done.get(key);
    if (kept === undefined) {
      kept = simplifyPath(path, this.toleranceMetres, this.unitsPerDegree).map((i) => path[i]!);
      this.done.set(key, kept);
    }
    return kept;
  }
}
