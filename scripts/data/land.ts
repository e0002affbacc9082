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
import { clipRingToBox } from './clipToBox.ts';
import { simplifySharedPolygons } from './simplifyShared.ts';

export const LAND_TOLERANCE_M = 40;
const DECIMALS = 4;
/** Degrees kept round the units' box: the cut land's new edges stay clear of any unit. */
const MARGIN = 0.05;

export function buildLandFile(toleranceM: number = LAND_TOLERANCE_M): LandFile {
  const parts = ukraineLandParts();
  const units = simplifySharedPolygons(parts.units, toleranceM, DECIMALS).flatMap((g) => polygonParts(g));
  const [west, south, east, north] = units.reduce<BBox>((b, polygon) => unionBbox(b, ringsBbox(polygon)), emptyBbox());
  const grown: BBox = [west - MARGIN, south - MARGIN, east + MARGIN, north + MARGIN];
  const land = parts.land.flatMap((polygon) => {
    const [outer, ...holes] = polygon.map((ring) => simplifyRing(clipRingToBox(ring, grown), toleranceM));
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
