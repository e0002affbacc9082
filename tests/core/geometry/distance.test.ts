// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Feature, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceKm, prepareSegments } from '../../../src/core/geometry/distance.ts';
import { referenceGeodesicKm } from './geodesicReference.ts';

const kyiv = JSON.parse(
  readFileSync(new URL('../../fixtures/geo/ua-30-kyiv.geojson', import.meta.url), 'utf8'),
) as Feature<Polygon>;

// Brute force: the smallest geodesic distance from the point to any point of any segment (segments straight in
// lon/lat), by dense sampling of each segment and a golden-section refinement around the best sample.
function referenceNearestKm(
  lines: readonly (readonly Position[])[],
  lon: number,
  lat: number,
  distance: (lon1: number, lat1: number, lon2: number, lat2: number) => number = geodesicDistanceKm,
): number {
  let best = Infinity;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const [x1, y1] = line[i - 1] as [number, number];
      const [x2, y2] = line[i] as [number, number];
      const at = (t: number): number => distance(lon, lat, x1 + t * (x2 - x1), y1 + t * (y2 - y1));
      const samples = 32;
      let bestT = 0;
      for (let k = 0; k <= samples; k++) if (at(k / samples) < at(bestT)) bestT = k / samples;
      let lo = Math.max(0, bestT - 1 / samples);
      let hi = Math.min(1, bestT + 1 / samples);
      for (let k = 0; k < 60; k++) {
        const m1 = lo + (hi - lo) * 0.382;
        const m2 = lo + (hi - lo) * 0.618;
        if (at(m1) < at(m2)) hi = m2;
        else lo = m1;
      }
      best = Math.min(best, at(bestT), at((lo + hi) / 2));
    }
  }
  return best;
}

describe('geodesicDistanceKm (Vincenty on WGS 84)', () => {
  it('reproduces published values', () => {
    // GeographicLib's documentation example, JFK to LHR: 5551759.400 m.
    expect(geodesicDistanceKm(-73.8, 40.6, -0.5, 51.6)).toBeCloseTo(5551.7594, 4);
    // One degree of latitude centred on the equator, on 45°, ending at the pole: 110.574, 111.132, 111.694/2 km.
    expect(geodesicDistanceKm(30, -0.5, 30, 0.5)).toBeCloseTo(110.574, 3);
    expect(geodesicDistanceKm(30, 44.5, 30, 45.5)).toBeCloseTo(111.132, 3);
    expect(geodesicDistanceKm(0, 89.5, 0, 90)).toBeCloseTo(55.847, 3);
    expect(geodesicDistanceKm(35.14, 47.84, 35.14, 47.84)).toBe(0);
  });

  it('checks the reference integration against the same published values', () => {
    expect(referenceGeodesicKm(30, -0.5, 30, 0.5)).toBeCloseTo(110.574, 3);
    expect(referenceGeodesicKm(30, 44.5, 30, 45.5)).toBeCloseTo(111.132, 3);
    expect(referenceGeodesicKm(-73.8, 40.6, -0.5, 51.6)).toBeCloseTo(5551.7594, 3);
  });

  it('agrees with the independent integration to a millimetre over 0–800 km at Ukraine latitudes', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 22, max: 41, noNaN: true }),
        fc.double({ min: 44, max: 53, noNaN: true }),
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: -4, max: 4, noNaN: true }),
        (lon, lat, dLon, dLat) => {
          const ours = geodesicDistanceKm(lon, lat, lon + dLon, lat + dLat);
          expect(Math.abs(ours - referenceGeodesicKm(lon, lat, lon + dLon, lat + dLat))).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is symmetric, wraps longitudes and falls back gracefully for nearly antipodal points', () => {
    expect(geodesicDistanceKm(179.5, 0, -179.5, 0)).toBeCloseTo(111.319, 3);
    expect(geodesicDistanceKm(30, 50, 35, 47)).toBeCloseTo(geodesicDistanceKm(35, 47, 30, 50), 9);
    const antipodal = geodesicDistanceKm(0, 0.5, 179.7, -0.5);
    expect(antipodal).toBeGreaterThan(19900);
    expect(antipodal).toBeLessThan(20020);
  });
});

describe('prepareSegments(...).nearestKm', () => {
  const segmentLines = fc
    .tuple(
      fc.double({ min: 24, max: 39, noNaN: true }),
      fc.double({ min: 45, max: 52, noNaN: true }),
      fc.array(fc.tuple(fc.double({ min: -1.5, max: 1.5, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })), {
        minLength: 1,
        maxLength: 12,
      }),
    )
    .map(([lon, lat, steps]) => {
      const line: Position[] = [[lon, lat]];
      for (const [dLon, dLat] of steps) {
        const [x, y] = line[line.length - 1] as [number, number];
        line.push([x + dLon, y + dLat]);
      }
      return line;
    });

  it('is within 0.5 % of the geodesic distance to the nearest segment, from 0 to 500 km', () => {
    fc.assert(
      fc.property(
        fc.array(segmentLines, { minLength: 1, maxLength: 4 }),
        fc.double({ min: 22, max: 41, noNaN: true }),
        fc.double({ min: 44, max: 53, noNaN: true }),
        (lines, lon, lat) => {
          const reference = referenceNearestKm(lines, lon, lat);
          fc.pre(reference <= 500);
          const ours = prepareSegments(lines).nearestKm(lon, lat)!;
          expect(Math.abs(ours - reference)).toBeLessThanOrEqual(0.005 * reference + 1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matches the independent integration on a few long segments', () => {
    const lines: Position[][] = [
      [[30, 46], [37, 48.5]],
      [[24, 52], [24.5, 44]],
    ];
    const index = prepareSegments(lines);
    for (const [lon, lat] of [[33, 50], [35.14, 47.84], [29, 44.5], [38, 46], [26, 48]] as const) {
      const reference = referenceNearestKm(lines, lon, lat, referenceGeodesicKm);
      expect(Math.abs(index.nearestKm(lon, lat)! - reference)).toBeLessThanOrEqual(0.005 * reference);
    }
  });

  it('is 0 on a segment and at its vertices', () => {
    const index = prepareSegments([[[30, 48], [32, 48], [32, 50]]]);
    expect(index.nearestKm(30, 48)).toBe(0);
    expect(index.nearestKm(32, 49)).toBeCloseTo(0, 9);
    expect(index.nearestKm(31, 48)).toBeCloseTo(0, 9);
  });

  it('finds the distance from the centre of Kyiv to the city boundary (real polygon, 1,735 segments)', () => {
    const rings = kyiv.geometry.coordinates;
    const index = prepareSegments(rings);
    expect(index.size).toBe(1735);
    for (const [lon, lat] of [[30.5234, 50.4501], [30.335, 50.487], [30.7903, 50.5111], [31.5, 50]] as const) {
      const reference = referenceNearestKm(rings, lon, lat);
      expect(Math.abs(index.nearestKm(lon, lat)! - reference)).toBeLessThanOrEqual(0.005 * reference + 1e-6);
    }
  });

  it('lets the caller leave segments out', () => {
    const line: Position[] = [[30, 48], [31, 48], [31, 49]];
    const withoutSouthEdge = prepareSegments([line], (from, to) => from[1] !== 48 || to[1] !== 48);
    expect(withoutSouthEdge.size).toBe(1);
    // The nearest point of the meridian segment lies a little north of (31, 48): parallels curve poleward.
    const reference = referenceNearestKm([[[31, 48], [31, 49]]], 30.5, 48);
    expect(reference).toBeLessThan(geodesicDistanceKm(30.5, 48, 31, 48));
    expect(Math.abs(withoutSouthEdge.nearestKm(30.5, 48)! - reference)).toBeLessThanOrEqual(0.005 * reference);
    expect(prepareSegments([line]).nearestKm(30.5, 48)).toBe(0);
  });

  it('has no answer without segments', () => {
    expect(prepareSegments([]).nearestKm(30, 50)).toBeNull();
    expect(prepareSegments([[[30, 50]]]).size).toBe(0);
  });
});
