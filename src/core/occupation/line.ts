// The line: the edges of the occupied area that face Ukrainian-held land, and the signed distance to them.
//
// Which edges count. An edge of the occupied area is part of the line unless one of these holds:
// - internal: the area lies on both of its sides (two adjacent polygons, e.g. the pre-2022 areas and the rest,
//   share it);
// - a gap: the area resumes within GAP_KM on its outer side (adjacent polygons drawn a few hundred metres apart);
// - a border or a coast: a point at 1, 2 or 4 km from its midpoint, straight out from the area, is not on Ukraine's
//   land (it is across the state border or in the sea);
// - a sliver: it belongs to a run of consecutive line edges along its ring shorter than MIN_RUN_KM. On the real
//   history these are water the land data counts as land (Sevastopol's bays, the lakes by Yevpatoria and Perekop,
//   Kerch) and stretches where DeepState draws the border a few hundred metres inside Ukraine. Real front segments
//   that short (a village-sized bump at the border) go with them: distances next to one are measured to the next
//   longer segment.
// Probing outwards rather than measuring the distance to the state border keeps the front lines that run close to
// the border (the 2024–2026 strips in Sumy and Kharkiv oblasts face inland, so their probes land in Ukraine). Probing
// up to 4 km catches DeepState's coastal edges, which follow the sea or a coastline a few kilometres off the one
// the land is drawn with. An edge facing a river or a reservoir (the Dnipro) faces land across it and counts.
// The gap probe stays at 0.5 km: at 1–2 km it would also drop real front edges in the line's narrow notches.
//
// "Ukraine's land" is the caller's: the project uses Ukraine's units (state border, territorial sea) intersected
// with Natural Earth's 1:10m land, so both the state border and the coast are outside it.
//
// Probe offsets and the ranking of segments use a local projection at the edge's latitude (WGS 84 radii of
// curvature); the reported distance is geodesic on the WGS 84 ellipsoid (see geometry/distance.ts).

import type { MultiPolygon, Position } from 'geojson';
import { geodesicDistanceKm, prepareSegments } from '../geometry/distance.ts';
import { meridionalRadiusKm, normalRadiusKm } from '../geometry/ellipsoid.ts';
import { prepareArea, type PreparedArea } from '../geometry/pointInPolygon.ts';

export interface Land {
  contains(lon: number, lat: number): boolean;
}

export interface PreparedLine {
  /** Number of edges that form the line. */
  readonly size: number;
  /** Km to the nearest edge of the line: negative inside the occupied area, positive outside; null with no line. */
  distanceKm(lon: number, lat: number): number | null;
}

const SIDE_KM = 0.05;
const GAP_KM = 0.5;
const COUNTRY_PROBES_KM = [1, 2, 4] as const;
const MIN_RUN_KM = 2.5;
const RAD = Math.PI / 180;

/** Whether the edge from `a` to `b` of the occupied area is part of the line. */
export function isLineEdge(a: Position, b: Position, area: PreparedArea, land: Land): boolean {
  const lon = (a[0]! + b[0]!) / 2;
  const lat = (a[1]! + b[1]!) / 2;
  const kmPerLon = normalRadiusKm(lat * RAD) * Math.cos(lat * RAD) * RAD;
  const kmPerLat = meridionalRadiusKm(lat * RAD) * RAD;
  const dx = (b[0]! - a[0]!) * kmPerLon;
  const dy = (b[1]! - a[1]!) * kmPerLat;
  const length = Math.hypot(dx, dy);
  if (length === 0) return false;
  // Unit normal pointing to the left of a → b, in km.
  const nx = -dy / length;
  const ny = dx / length;
  const probeLon = (side: number, km: number) => lon + (side * nx * km) / kmPerLon;
  const probeLat = (side: number, km: number) => lat + (side * ny * km) / kmPerLat;
  const inside = (side: number, km: number) => area.contains(probeLon(side, km), probeLat(side, km));

  const facesHeldLand = (side: number): boolean => {
    if (inside(side, GAP_KM)) return false;
    for (const km of COUNTRY_PROBES_KM) {
      if (!land.contains(probeLon(side, km), probeLat(side, km))) return false;
    }
    return true;
  };

  const leftInside = inside(1, SIDE_KM);
  const rightInside = inside(-1, SIDE_KM);
  if (leftInside && rightInside) return false;
  if (leftInside) return facesHeldLand(-1);
  if (rightInside) return facesHeldLand(1);
  // A sliver thinner than the probe: either side may face held land.
  return facesHeldLand(1) || facesHeldLand(-1);
}

/** The line's edges, each as a two-position line string, in ring order. */
export function lineEdges(occupied: MultiPolygon, land: Land): Position[][] {
  const area = prepareArea(occupied);
  const edges: Position[][] = [];
  for (const polygon of occupied.coordinates) {
    for (const ring of polygon) edges.push(...ringLineEdges(closedRing(ring), area, land));
  }
  return edges;
}

export function prepareLine(occupied: MultiPolygon, land: Land): PreparedLine {
  const area = prepareArea(occupied);
  const segments = prepareSegments(lineEdges(occupied, land));
  return {
    size: segments.size,
    distanceKm(lon: number, lat: number): number | null {
      const km = segments.nearestKm(lon, lat);
      if (km === null) return null;
      return km === 0 || !area.contains(lon, lat) ? km : -km;
    },
  };
}

// The ring's line edges, without the runs shorter than MIN_RUN_KM. A run may wrap round the ring's first position.
function ringLineEdges(ring: readonly Position[], area: PreparedArea, land: Land): Position[][] {
  const count = ring.length - 1;
  // A repeated position (an edge of length 0) neither starts nor breaks a run.
  const isLine = Array.from({ length: count }, (_, i) => {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    return (a[0] === b[0] && a[1] === b[1]) || isLineEdge(a, b, area, land);
  });
  const breakAt = isLine.indexOf(false);
  if (breakAt < 0) return ringLength(ring) < MIN_RUN_KM ? [] : edgesOf(ring, 0, count);
  const kept: Position[][] = [];
  let runStart = -1;
  for (let k = 1; k <= count; k++) {
    const i = (breakAt + k) % count;
    if (isLine[i] && runStart < 0) runStart = breakAt + k;
    if (!isLine[i] && runStart >= 0) {
      const run = edgesOf(ring, runStart, breakAt + k);
      if (runLength(run) >= MIN_RUN_KM) kept.push(...run);
      runStart = -1;
    }
  }
  return kept;
}

/** Edges from index `from` (inclusive) to `to` (exclusive), indices taken round the ring. */
function edgesOf(ring: readonly Position[], from: number, to: number): Position[][] {
  const count = ring.length - 1;
  const edges: Position[][] = [];
  for (let k = from; k < to; k++) edges.push([ring[k % count]!, ring[(k % count) + 1]!]);
  return edges;
}

function runLength(edges: readonly Position[][]): number {
  let km = 0;
  for (const [a, b] of edges) km += geodesicDistanceKm(a![0]!, a![1]!, b![0]!, b![1]!);
  return km;
}

function ringLength(ring: readonly Position[]): number {
  return runLength(edgesOf(ring, 0, ring.length - 1));
}

/** Rings may arrive open or closed; the closing edge counts once either way. */
function closedRing(ring: readonly Position[]): readonly Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return ring;
  return [...ring, first];
}
