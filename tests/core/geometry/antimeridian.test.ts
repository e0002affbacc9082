// @vitest-environment node
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { planarPolygonParts } from '../../../src/core/geometry/antimeridian.ts';
import { prepareArea, ringsContain } from '../../../src/core/geometry/pointInPolygon.ts';

describe('planarPolygonParts', () => {
  it('returns a polygon that does not cross the antimeridian unchanged', () => {
    const rings: Position[][] = [[[170, 60], [179, 60], [179, 70], [170, 70], [170, 60]]];
    expect(planarPolygonParts(rings)).toEqual([rings]);
  });

  it('makes a ring stitched across ±180° (as in world-atlas) contain points on both sides', () => {
    // A box from 170°E to 170°W, written the spherical way: 170 → 180 | -180 → -170 and back.
    const stitched: Position[][] = [
      [[170, 60], [180, 60], [-180, 60], [-170, 60], [-170, 70], [-180, 70], [180, 70], [170, 70], [170, 60]],
    ];
    // Read as planar, the stitched ring is wrong: it claims the whole band between.
    expect(ringsContain(stitched, 0, 65)).toBe(true);
    const area = prepareArea({ type: 'MultiPolygon', coordinates: planarPolygonParts(stitched) });
    expect(area.contains(175, 65)).toBe(true);
    expect(area.contains(-175, 65)).toBe(true);
    expect(area.contains(180, 65)).toBe(true);
    expect(area.contains(0, 65)).toBe(false);
    expect(area.contains(160, 65)).toBe(false);
    expect(area.contains(-160, 65)).toBe(false);
    expect(area.contains(175, 75)).toBe(false);
  });

  it('closes a ring that goes round a pole along that pole', () => {
    // A cap south of 60°S, going eastwards round the South Pole and stepping from 180 to -180 once.
    const cap: Position[][] = [[[-180, -60], [-90, -60], [0, -60], [90, -60], [180, -60], [-180, -60]]];
    const area = prepareArea({ type: 'MultiPolygon', coordinates: planarPolygonParts(cap) });
    expect(area.contains(0, -70)).toBe(true);
    expect(area.contains(-120, -89)).toBe(true);
    expect(area.contains(179, -61)).toBe(true);
    expect(area.contains(0, -50)).toBe(false);
  });
});
