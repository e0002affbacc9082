// @vitest-environment node
import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceKm } from '../../../src/core/geometry/distance.ts';
import { prepareArea } from '../../../src/core/geometry/pointInPolygon.ts';
import { isLineEdge, lineEdges, prepareLine, type Land } from '../../../src/core/occupation/line.ts';

// A rectangular country: the sea south of 45°N, another country east of 40°E.
const land: Land = { contains: (lon, lat) => lon >= 30 && lon <= 40 && lat >= 45 && lat <= 50 };

const rectangle = (west: number, south: number, east: number, north: number): Position[][] => [
  [[west, south], [east, south], [east, north], [west, north], [west, south]],
];
const multi = (...polygons: Position[][][]): MultiPolygon => ({ type: 'MultiPolygon', coordinates: polygons });

// Reaches into the sea (south) and across the border (east); faces held land to the west and north.
const coastal = multi(rectangle(37, 44.9, 40.1, 47));

describe('lineEdges', () => {
  it('keeps the edges facing held land, leaves out the coast and the state border', () => {
    expect(lineEdges(coastal, land)).toEqual([
      [[40.1, 47], [37, 47]],
      [[37, 47], [37, 44.9]],
    ]);
  });

  it('leaves out the edge two adjacent polygons share', () => {
    const split = multi(rectangle(37, 44.9, 38.5, 47), rectangle(38.5, 44.9, 40.1, 47));
    const edges = lineEdges(split, land);
    expect(edges.some(([a, b]) => a![0] === 38.5 && b![0] === 38.5)).toBe(false);
    expect(edges).toHaveLength(3);
  });

  it('leaves out a shared edge even when the neighbouring polygon is thinner than the gap probe', () => {
    const thin = multi(rectangle(37, 46, 38.5, 47), rectangle(38.5, 46, 38.503, 47));
    const vertical = (x: number) => ([a, b]: Position[]) => a![0] === x && b![0] === x;
    expect(lineEdges(thin, land).filter(vertical(38.5))).toEqual([]);
    expect(lineEdges(thin, land).filter(vertical(38.503))).toHaveLength(1);
  });

  it('leaves out the edges along a gap of a few hundred metres between two polygons', () => {
    const gap = multi(rectangle(37, 44.9, 38.5, 47), rectangle(38.503, 44.9, 40.1, 47));
    const alongGap = ([a, b]: Position[]) => a![0] === b![0] && (a![0] === 38.5 || a![0] === 38.503);
    expect(lineEdges(gap, land).filter(alongGap)).toEqual([]);
    expect(lineEdges(gap, land)).toHaveLength(3);
  });

  it('keeps a front line running close to the state border (a strip along it)', () => {
    const strip = rectangle(39.95, 48, 40.1, 49);
    const area = prepareArea(multi(strip));
    const [sw, se, ne, nw] = strip[0]!;
    expect(isLineEdge(nw!, sw!, area, land)).toBe(true);
    expect(isLineEdge(se!, ne!, area, land)).toBe(false);
  });

  it('drops a run of line edges shorter than 2.5 km between border edges, keeps a longer one', () => {
    const bump = lineEdges(multi(rectangle(39.99, 48, 40.1, 48.01)), land);
    expect(bump).toEqual([]);
    const strip = lineEdges(multi(rectangle(39.99, 48, 40.1, 48.03)), land);
    expect(strip).toEqual([[[39.99, 48.03], [39.99, 48]]]);
  });

  it('treats as coast an edge drawn a couple of kilometres inland of the coastline', () => {
    const edges = lineEdges(multi(rectangle(33, 45.02, 34, 46)), land);
    expect(edges.some(([a, b]) => a![1] === 45.02 && b![1] === 45.02)).toBe(false);
    expect(edges).toHaveLength(3);
  });

  it('reads open and closed rings alike', () => {
    const open = multi([rectangle(37, 44.9, 40.1, 47)[0]!.slice(0, 4)]);
    expect(lineEdges(open, land)).toEqual(lineEdges(coastal, land));
  });
});

describe('prepareLine(...).distanceKm', () => {
  const line = prepareLine(coastal, land);

  it('is positive outside the occupied area: the geodesic distance to the nearest line edge', () => {
    const km = line.distanceKm(36, 46)!;
    expect(km).toBeGreaterThan(0);
    expect(km).toBeCloseTo(geodesicDistanceKm(36, 46, 37, 46), 0);
  });

  it('is negative inside, measured to the line and not to the nearby coast or border', () => {
    const km = line.distanceKm(39.9, 45)!;
    const toNorthEdge = geodesicDistanceKm(39.9, 45, 39.9, 47);
    expect(km).toBeLessThan(0);
    expect(Math.abs(km / toNorthEdge + 1)).toBeLessThan(0.005);
  });

  it('does not measure to an edge that adjacent polygons share', () => {
    const split = prepareLine(multi(rectangle(37, 44.9, 38.5, 47), rectangle(38.5, 44.9, 40.1, 47)), land);
    expect(split.distanceKm(38.6, 46)).toBeCloseTo(line.distanceKm(38.6, 46)!, 6);
  });

  it('is 0 (not -0) on the line', () => {
    expect(Object.is(line.distanceKm(37, 46), 0)).toBe(true);
  });

  it('is null when the occupied area has no edge facing held land', () => {
    const offshore = prepareLine(multi(rectangle(31, 44, 32, 44.5)), land);
    expect(offshore.size).toBe(0);
    expect(offshore.distanceKm(31.5, 46)).toBeNull();
  });
});
