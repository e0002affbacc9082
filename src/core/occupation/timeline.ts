// A point's occupation timeline over a whole history: its status at every snapshot, the changes between them, and
// whether it lies in the area occupied before 2022.
//
// Reading one snapshot: inside its occupied area → occupied; else inside its contested area → contested; else
// not occupied. A snapshot that cannot express 'contested' (deepstate-occupied) reads "not occupied" as "contested
// or not occupied".
//
// Seams: the status carried from snapshot to snapshot changes only when a reading contradicts it. A contested point
// read as "contested or not occupied" stays contested; an occupied point read that way becomes not occupied (the
// snapshot's own word). So switching to an archive that cannot say 'contested' never makes a change by itself.
//
// Liberated areas (only on the first DeepState snapshot) are the sole record of the spring-2022 occupations around
// Kyiv, Chernihiv and Sumy. A point inside one that no earlier snapshot showed occupied gets two changes, to
// occupied and back to not occupied, both between the previous snapshot and this one.
//
// Every change is bracketed by the date of the snapshot before it (the last date seen with the old status, or a
// status compatible with it) and the date of the first snapshot showing the new one.
//
// Speed: polygons are prepared once per distinct polygon object (the history codec shares a polygon's arrays across
// every snapshot that holds it), rasterised so most queries are one array read, found through a grid of their
// bounding boxes; each records, per area kind, the snapshots it belongs to as a bit set, and a point's readings are
// the OR of the bit sets of the polygons containing it.

import type { OccupationChange, OccupationStatus } from '../deposit.ts';
import type { Position } from 'geojson';
import type { PreparedArea } from '../geometry/pointInPolygon.ts';
import type { OccupationHistory, Snapshot } from './history.ts';
import { prepareRasterisedArea } from './rasterisedArea.ts';

export type ObservedStatus = 'occupied' | 'contested' | 'not-occupied';

export interface PointTimeline {
  /** Date of the history's first snapshot: before it the status is unknown. */
  since: string;
  /** Status at the first snapshot. */
  first: ObservedStatus;
  /** Status at the last snapshot, after every change. */
  latest: ObservedStatus;
  changes: OccupationChange[];
  /** Inside the pre-2022 area of the latest snapshot that expresses one; null when none does. */
  occupiedBefore2022: boolean | null;
}

export interface PreparedHistory {
  readonly dates: readonly string[];
  /** "Source: …, YYYY-MM-DD" for each snapshot. */
  readonly citations: readonly string[];
  timelineAt(lon: number, lat: number): PointTimeline;
}

/** Status on a date from a point's timeline: that of the latest snapshot on or before the date. */
export function statusOn(timeline: PointTimeline, date: string): OccupationStatus {
  if (date < timeline.since) return 'unknown';
  let status: OccupationStatus = timeline.first;
  for (const change of timeline.changes) {
    if (change.between[1] > date) break;
    status = change.to;
  }
  return status;
}

/** The citation of one snapshot: its source's attribution and its date. */
export function citation(attribution: string, date: string): string {
  return `${attribution}, ${date}`;
}

/** The history's latest date and its citation: what every status "as of" the latest snapshot carries. */
export function latestCitation(history: OccupationHistory): { asOf: string; source: string } | null {
  const last = history.snapshots[history.snapshots.length - 1];
  return last ? { asOf: last.date, source: citation(attributionOf(history, last), last.date) } : null;
}

const OCCUPIED = 0;
const CONTESTED = 1;
const BEFORE_2022 = 2;
const LIBERATED = 3;
const KINDS = 4;

const GRID_CELL_DEGREES = 0.25;

type Polygon = Position[][];

export function prepareHistory(history: OccupationHistory): PreparedHistory {
  const { snapshots } = history;
  if (snapshots.length === 0) throw new Error('the occupation history has no snapshots');
  const dates = snapshots.map((s) => s.date);
  const citations = snapshots.map((s) => citation(attributionOf(history, s), s.date));
  const words = Math.ceil(snapshots.length / 32);
  const index = indexPolygons(snapshots, words);
  const grid = buildGrid(index.areas);
  const expressesContested = snapshots.map((s) => s.expresses.includes('contested') && s.contested !== null);
  const before2022At = lastIndex(snapshots, (s) => s.occupiedBefore2022 !== null);

  // Scratch bit sets, one block of `words` per area kind, reused by every query.
  const seen = new Uint32Array(KINDS * words);

  function timelineAt(lon: number, lat: number): PointTimeline {
    seen.fill(0);
    const hit = collect(lon, lat);
    const has = (kind: number, s: number) => (seen[kind * words + (s >>> 5)]! & (1 << (s & 31))) !== 0;
    const occupiedBefore2022 = before2022At < 0 ? null : hit && has(BEFORE_2022, before2022At);
    if (!hit) return { since: dates[0]!, first: 'not-occupied', latest: 'not-occupied', changes: [], occupiedBefore2022 };
    return walk(has, occupiedBefore2022);
  }

  function collect(lon: number, lat: number): boolean {
    const cell = grid.cellOf(lon, lat);
    if (cell < 0) return false;
    let hit = false;
    for (let k = grid.start[cell]!, end = grid.start[cell + 1]!; k < end; k++) {
      const p = grid.items[k]!;
      if (!index.areas[p]!.contains(lon, lat)) continue;
      hit = true;
      const from = p * KINDS * words;
      for (let w = 0; w < KINDS * words; w++) seen[w]! |= index.members[from + w]!;
    }
    return hit;
  }

  function walk(has: (kind: number, s: number) => boolean, occupiedBefore2022: boolean | null): PointTimeline {
    const changes: OccupationChange[] = [];
    let status = readingAt(has, 0) ?? 'not-occupied';
    const first = status;
    let everOccupied = status === 'occupied';
    for (let s = 1; s < snapshots.length; s++) {
      const reading = readingAt(has, s);
      const between: [string, string] = [dates[s - 1]!, dates[s]!];
      if (reading !== 'occupied' && reading !== 'contested' && has(LIBERATED, s) && !everOccupied) {
        changes.push({ to: 'occupied', between, source: citations[s]! });
        changes.push({ to: 'not-occupied', between: [between[0], between[1]], source: citations[s]! });
        status = 'not-occupied';
        everOccupied = true;
        continue;
      }
      const next = reading ?? (status === 'occupied' ? 'not-occupied' : status);
      if (next === status) continue;
      changes.push({ to: next, between, source: citations[s]! });
      status = next;
      if (next === 'occupied') everOccupied = true;
    }
    return { since: dates[0]!, first, latest: status, changes, occupiedBefore2022 };
  }

  // The snapshot's reading, or null for "contested or not occupied" where it cannot express 'contested'.
  function readingAt(has: (kind: number, s: number) => boolean, s: number): ObservedStatus | null {
    if (has(OCCUPIED, s)) return 'occupied';
    if (!expressesContested[s]) return null;
    return has(CONTESTED, s) ? 'contested' : 'not-occupied';
  }

  return { dates, citations, timelineAt };
}

function attributionOf(history: OccupationHistory, snapshot: Snapshot): string {
  const notice = history.sources.find((s) => s.id === snapshot.source);
  if (!notice) throw new Error(`the occupation history has no source notice for '${snapshot.source}'`);
  return notice.attribution;
}

function lastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

interface PolygonIndex {
  areas: PreparedArea[];
  /** Per polygon, KINDS bit sets of `words` words: the snapshots holding it as that kind of area. */
  members: Uint32Array;
}

function indexPolygons(snapshots: readonly Snapshot[], words: number): PolygonIndex {
  const ids = new Map<Polygon, number>();
  const polygons: Polygon[] = [];
  const memberships: [polygon: number, kind: number, snapshot: number][] = [];
  snapshots.forEach((snapshot, s) => {
    const kinds = [snapshot.occupied, snapshot.contested, snapshot.occupiedBefore2022, snapshot.liberated ?? null];
    kinds.forEach((area, kind) => {
      for (const polygon of area?.coordinates ?? []) {
        let id = ids.get(polygon);
        if (id === undefined) {
          id = polygons.length;
          polygons.push(polygon);
          ids.set(polygon, id);
        }
        memberships.push([id, kind, s]);
      }
    });
  });
  const members = new Uint32Array(polygons.length * KINDS * words);
  for (const [p, kind, s] of memberships) members[(p * KINDS + kind) * words + (s >>> 5)]! |= 1 << (s & 31);
  const areas = polygons.map(prepareRasterisedArea);
  return { areas, members };
}

interface Grid {
  /** The cell holding a point, or -1 outside every polygon's bounding box. */
  cellOf(lon: number, lat: number): number;
  start: Uint32Array;
  items: Uint32Array;
}

/** Polygons listed in every grid cell their bounding box overlaps (compressed rows). */
function buildGrid(areas: readonly PreparedArea[]): Grid {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { bbox } of areas) {
    west = Math.min(west, bbox[0]);
    south = Math.min(south, bbox[1]);
    east = Math.max(east, bbox[2]);
    north = Math.max(north, bbox[3]);
  }
  const columns = west <= east ? Math.floor((east - west) / GRID_CELL_DEGREES) + 1 : 0;
  const rows = south <= north ? Math.floor((north - south) / GRID_CELL_DEGREES) + 1 : 0;
  const column = (lon: number) => Math.floor((lon - west) / GRID_CELL_DEGREES);
  const row = (lat: number) => Math.floor((lat - south) / GRID_CELL_DEGREES);
  const start = new Uint32Array(columns * rows + 1);
  const eachCell = (area: PreparedArea, visit: (cell: number) => void) => {
    const [x0, y0, x1, y1] = area.bbox;
    if (x0 > x1) return;
    for (let r = row(y0), rEnd = row(y1); r <= rEnd; r++) {
      for (let c = column(x0), cEnd = column(x1); c <= cEnd; c++) visit(r * columns + c);
    }
  };
  for (const area of areas) eachCell(area, (cell) => start[cell + 1]!++);
  for (let cell = 0; cell < columns * rows; cell++) start[cell + 1]! += start[cell]!;
  const items = new Uint32Array(start[columns * rows]!);
  const fill = start.slice(0, columns * rows);
  areas.forEach((area, p) => eachCell(area, (cell) => (items[fill[cell]!++] = p)));
  return {
    start,
    items,
    cellOf(lon: number, lat: number): number {
      if (!(lon >= west && lon <= east && lat >= south && lat <= north)) return -1;
      return row(lat) * columns + column(lon);
    },
  };
}
