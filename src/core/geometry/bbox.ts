// Axis-aligned bounding boxes in lon/lat degrees, closed on every side (a point on the box's edge is in it).

import type { Position } from 'geojson';

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

/** A box that contains nothing and that extending with any point turns into that point's box. */
export function emptyBbox(): BBox {
  return [Infinity, Infinity, -Infinity, -Infinity];
}

function extendBbox(box: BBox, lon: number, lat: number): void {
  if (lon < box[0]) box[0] = lon;
  if (lat < box[1]) box[1] = lat;
  if (lon > box[2]) box[2] = lon;
  if (lat > box[3]) box[3] = lat;
}

export function ringsBbox(rings: readonly (readonly Position[])[]): BBox {
  const box = emptyBbox();
  for (const ring of rings) {
    for (const position of ring) extendBbox(box, position[0]!, position[1]!);
  }
  return box;
}

export function unionBbox(a: BBox, b: BBox): BBox {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

export function bboxContains(box: BBox, lon: number, lat: number): boolean {
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}
