// Minimal ring repair for point-in-polygon use: the even-odd rule tolerates self-intersections (bow-ties), so
// repair only makes rings well-formed (2-D, finite, no repeated consecutive points, closed, enclosing an area), then
// rewinds to RFC 7946 (exterior counter-clockwise, holes clockwise).

import type { Polygon, Position } from 'geojson';
import { rewindRfc7946 } from '../../src/core/geometry/rewind.ts';

export type Ring = [number, number][];

/** 2-D, finite, no consecutive duplicates, closed; null when fewer than three points or only collinear ones remain. */
export function cleanRing(ring: readonly Position[]): Ring | null {
  const out: Ring = [];
  for (const p of ring) {
    const x = p[0];
    const y = p[1];
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    const last = out[out.length - 1];
    if (last && last[0] === x && last[1] === y) continue;
    out.push([x, y]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  if (out.length < 4 || allCollinear(out)) return null;
  return out;
}

/** A bow-tie's signed area can be 0 while it encloses area by the even-odd rule, so collinearity decides. */
function allCollinear(ring: Ring): boolean {
  const [x0, y0] = ring[0]!;
  const [x1, y1] = ring[1]!;
  for (let i = 2; i < ring.length - 1; i++) {
    const [x, y] = ring[i]!;
    if ((x1 - x0) * (y - y0) - (y1 - y0) * (x - x0) !== 0) return false;
  }
  return true;
}

/**
 * Repairs one polygon given in GeoJSON ring order (the first ring is the exterior; holes are never inferred from
 * winding). Null when the exterior is degenerate; degenerate holes are dropped.
 */
export function repairPolygon(rings: readonly (readonly Position[])[]): Ring[] | null {
  const [exterior, ...holes] = rings;
  const shell = exterior && cleanRing(exterior);
  if (!shell) return null;
  const cleaned = [shell, ...holes.map(cleanRing).filter((ring): ring is Ring => ring !== null)];
  const polygon: Polygon = { type: 'Polygon', coordinates: cleaned };
  return rewindRfc7946(polygon).coordinates as Ring[];
}
