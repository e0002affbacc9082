// OUT/explorer/land.json: Ukraine's land as the line rule reads it (src/core/occupation/landFile.ts), so the browser
// can measure distances to the line at any date. The units are simplified together (shared borders stay shared) and
// the land polygons are cut to the units' bounding box, outside which the units hold nothing; same input, same bytes.
// LAND_TOLERANCE_M: at 40 and 60 m every distance on a 0.1° grid over Ukraine, at 9 dates across the history, is
// the pipeline's to the metre; at 100 m a coastal run of the line changes and some move by 100 km.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import { type BBox, emptyBbox, ringsBbox, unionBbox } from '../../src/core/geometry/bbox.ts';
import { polygonParts } from '../../src/core/geometry/polygonParts.ts';
import { simplifyPath } from '../../src/core/geometry/simplify.ts';
import type { LandFile } from '../../src/core/occupation/landFile.ts';
import { ukraineLandParts } from '../occupation/ukraineLand.ts';
import { simplifySharedPolygons } from './simplifyShared.ts';

export const LAND_TOLERANCE_M = 40;
const DECIMALS = 4;
/** Degrees kept round the units' box: the cut land's new edges stay clear of any unit. */
const MARGIN = 0.05;

export function buildLandFile(toleranceM: number = LAND_TOLERANCE_M): LandFile {
  const parts = ukraineLandParts();
  const units = simplifySharedPolygons(parts.units, toleranceM, DECIMALS).flatMap((g) => polygonParts(g));
  const box = units.reduce<BBox>((b, polygon) => unionBbox(b, ringsBbox(polygon)), emptyBbox());
  const land = parts.land.flatMap((polygon) => {
    const [outer, ...holes] = polygon.map((ring) => simplifyRing(clipRing(ring, box), toleranceM));
    if (outer === undefined || outer.length < 4) return [];
    return [[outer, ...holes.filter((r) => r.length >= 4)]];
  });
  return { schema: 1, units, land };
}

export function writeLandFile(outDir: string): number {
  const text = JSON.stringify(buildLandFile());
  mkdirSync(join(outDir, 'explorer'), { recursive: true });
  writeFileSync(join(outDir, 'explorer', 'land.json'), text);
  return text.length;
}

function simplifyRing(ring: Position[], toleranceM: number): Position[] {
  const scale = 10 ** DECIMALS;
  const kept = simplifyPath(ring, toleranceM).map((i) => ring[i]!);
  return (kept.length >= 4 ? kept : ring).map(([x, y]) => [Math.round(x! * scale) / scale, Math.round(y! * scale) / scale]);
}

// Sutherland–Hodgman against the box grown by MARGIN: inside the box the cut ring holds the same points.
function clipRing(ring: readonly Position[], [west, south, east, north]: BBox): Position[] {
  const sides: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0]! >= west - MARGIN, (a, b) => atX(a, b, west - MARGIN)],
    [(p) => p[0]! <= east + MARGIN, (a, b) => atX(a, b, east + MARGIN)],
    [(p) => p[1]! >= south - MARGIN, (a, b) => atY(a, b, south - MARGIN)],
    [(p) => p[1]! <= north + MARGIN, (a, b) => atY(a, b, north + MARGIN)],
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
