// Cutting a polygon ring to a lon/lat box (Sutherland–Hodgman). A concave ring may come back with edges running
// along the box's sides and meeting themselves; filled, those cover no area, so they draw nothing.

import type { Position } from 'geojson';
import type { BBox } from '../../src/core/geometry/bbox.ts';

/** The part of a closed ring inside the box, closed; empty when nothing of it is inside. */
export function clipRingToBox(ring: readonly Position[], [west, south, east, north]: Readonly<BBox>): Position[] {
  const sides: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0]! >= west, (a, b) => atX(a, b, west)],
    [(p) => p[0]! <= east, (a, b) => atX(a, b, east)],
    [(p) => p[1]! >= south, (a, b) => atY(a, b, south)],
    [(p) => p[1]! <= north, (a, b) => atY(a, b, north)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, cross] of sides) {
    const next: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const a = points[i]!;
      const b = points[(i + 1) % points.length]!;
      if (inside(a)) next.push(a);
      if (inside(a) !== inside(b)) next.push(cross(a, b));
    }
    points = next;
  }
  return points.length > 0 ? [...points, points[0]!] : [];
}

function atX(a: Position, b: Position, x: number): Position {
  return [x, a[1]! + ((b[1]! - a[1]!) * (x - a[0]!)) / (b[0]! - a[0]!)];
}

function atY(a: Position, b: Position, y: number): Position {
  return [a[0]! + ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!), y];
}
