// The project's point-in-polygon rule, written down once.
//
// - Planar in lon/lat degrees: an edge is the straight segment between its two positions in degrees
//   (no antimeridian handling; every area the project uses lies well inside -180..180).
// - Even-odd over the rings of a polygon: a point is inside when a ray from it crosses the polygon's rings an odd
//   number of times. Ring orientation never matters. (d3.geoContains is spherical and reads a clockwise exterior as
//   "everything except this ring"; this rule does not.)
// - A point exactly on an edge or a vertex is inside.
// - MultiPolygon and GeometryCollection are evaluated part by part: inside any part is inside. Even-odd over all
//   rings of all parts at once would make overlapping parts cancel each other out.
//
// `ringsContain` is the plain rule over one polygon's rings. `prepareArea` gives the same answers fast: a bounding
// box per part, and the part's edges bucketed into horizontal bands so a query only looks at the edges whose
// latitude range covers the point.

import type { Geometry, Position } from 'geojson';
import { type BBox, emptyBbox, ringsBbox, unionBbox } from './bbox.ts';
import { polygonParts } from './polygonParts.ts';

export interface PreparedArea {
  readonly bbox: BBox;
  contains(lon: number, lat: number): boolean;
}

const MISSES = 0;
const CROSSES = 1;
const ON_EDGE = 2;
type EdgeRelation = typeof MISSES | typeof CROSSES | typeof ON_EDGE;

// Relation of a point to one edge given with its lower end first (lower latitude, then lower longitude). Every caller
// passes edges in this canonical order, so reversing a ring or rotating its start gives bit-identical arithmetic.
// The ray goes east; an edge counts when lowY <= y < highY (half-open, so a ray through a vertex counts once).
function edgeRelation(x: number, y: number, lowX: number, lowY: number, highX: number, highY: number): EdgeRelation {
  if (y < lowY || y > highY) return MISSES;
  const minX = lowX < highX ? lowX : highX;
  const maxX = lowX < highX ? highX : lowX;
  if (x > maxX) return MISSES;
  // Decided without arithmetic, so a point west of a ring's bounding box always sees an even number of crossings
  // and the bounding-box prefilter agrees with this rule exactly.
  if (x < minX) return y < highY ? CROSSES : MISSES;
  const cross = (highX - lowX) * (y - lowY) - (x - lowX) * (highY - lowY);
  if (cross === 0) return ON_EDGE;
  return y < highY && cross > 0 ? CROSSES : MISSES;
}

function isLowerEnd(ax: number, ay: number, bx: number, by: number): boolean {
  return ay < by || (ay === by && ax <= bx);
}

/** The plain rule over one polygon's rings (exterior and holes, any orientation, closed or not). */
export function ringsContain(rings: readonly (readonly Position[])[], lon: number, lat: number): boolean {
  let inside = false;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[j]!;
      const b = ring[i]!;
      const ax = a[0]!;
      const ay = a[1]!;
      const bx = b[0]!;
      const by = b[1]!;
      const relation = isLowerEnd(ax, ay, bx, by)
        ? edgeRelation(lon, lat, ax, ay, bx, by)
        : edgeRelation(lon, lat, bx, by, ax, ay);
      if (relation === ON_EDGE) return true;
      if (relation === CROSSES) inside = !inside;
    }
  }
  return inside;
}

/** Prepares a Polygon, MultiPolygon or GeometryCollection of them for many `contains` queries. */
export function prepareArea(geometry: Geometry): PreparedArea {
  // Largest parts first: a country's mainland answers most queries before its islands are looked at.
  const parts = polygonParts(geometry)
    .filter((rings) => rings.some((ring) => ring.length > 0))
    .map(preparePart)
    .sort((a, b) => b.edgeCount - a.edgeCount);
  const bbox = parts.reduce<BBox>((box, part) => unionBbox(box, part.bbox), emptyBbox());
  return {
    bbox,
    contains(lon: number, lat: number): boolean {
      if (lon < bbox[0] || lon > bbox[2] || lat < bbox[1] || lat > bbox[3]) return false;
      for (const part of parts) {
        if (part.contains(lon, lat)) return true;
      }
      return false;
    },
  };
}

// About this many edges per band keeps a band scan short without a band list much longer than the edge list.
const EDGES_PER_BAND = 8;
const MAX_BANDS = 4096;

interface PreparedPart {
  readonly bbox: BBox;
  readonly edgeCount: number;
  contains(lon: number, lat: number): boolean;
}

function preparePart(rings: readonly (readonly Position[])[]): PreparedPart {
  const edges = canonicalEdges(rings);
  const edgeCount = edges.length / 4;
  const bbox = ringsBbox(rings);
  const [minX, minY, maxX, maxY] = bbox;
  const bandCount = Math.max(1, Math.min(MAX_BANDS, Math.floor(edgeCount / EDGES_PER_BAND)));
  const height = maxY - minY;
  const bandsPerDegree = height > 0 ? bandCount / height : 0;
  // The same monotone expression places edges and queries, so an edge whose latitude range holds y is always in
  // y's band.
  const bandOf = (y: number): number => Math.min(bandCount - 1, Math.max(0, Math.floor((y - minY) * bandsPerDegree)));

  const bandStart = new Uint32Array(bandCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    for (let b = bandOf(edges[e * 4 + 1]!), last = bandOf(edges[e * 4 + 3]!); b <= last; b++) bandStart[b + 1]!++;
  }
  for (let b = 0; b < bandCount; b++) bandStart[b + 1]! += bandStart[b]!;
  const bandEdges = new Uint32Array(bandStart[bandCount]!);
  const fill = bandStart.slice(0, bandCount);
  for (let e = 0; e < edgeCount; e++) {
    for (let b = bandOf(edges[e * 4 + 1]!), last = bandOf(edges[e * 4 + 3]!); b <= last; b++) {
      bandEdges[fill[b]!++] = e;
    }
  }

  return {
    bbox,
    edgeCount,
    contains(lon: number, lat: number): boolean {
      if (lon < minX || lon > maxX || lat < minY || lat > maxY) return false;
      const band = bandOf(lat);
      let inside = false;
      for (let k = bandStart[band]!, end = bandStart[band + 1]!; k < end; k++) {
        const o = bandEdges[k]! * 4;
        const relation = edgeRelation(lon, lat, edges[o]!, edges[o + 1]!, edges[o + 2]!, edges[o + 3]!);
        if (relation === ON_EDGE) return true;
        if (relation === CROSSES) inside = !inside;
      }
      return inside;
    },
  };
}

// Every edge of every ring, lower end first, as [lowX, lowY, highX, highY] quadruples. Rings are closed implicitly,
// exactly as in `ringsContain`.
function canonicalEdges(rings: readonly (readonly Position[])[]): Float64Array {
  let count = 0;
  for (const ring of rings) count += ring.length;
  const edges = new Float64Array(count * 4);
  let o = 0;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[j]!;
      const b = ring[i]!;
      const lowerFirst = isLowerEnd(a[0]!, a[1]!, b[0]!, b[1]!);
      const low = lowerFirst ? a : b;
      const high = lowerFirst ? b : a;
      edges[o++] = low[0]!;
      edges[o++] = low[1]!;
      edges[o++] = high[0]!;
      edges[o++] = high[1]!;
    }
  }
  return edges;
}
