// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceKm } from '../../../src/core/geometry/distance.ts';
import { nearDistanceKm } from '../../../src/core/linking/nearDistance.ts';

describe('nearDistanceKm', () => {
  it('gives the distances between real points as the geodesic does', () => {
    // Irshansk district (PP1802) to Іршанське (register); Бирзулівське to Лікарівське (register).
    expect(nearDistanceKm(50.453, 29.233, 50.751389, 28.721111)).toBeCloseTo(geodesicDistanceKm(29.233, 50.453, 28.721111, 50.751389), 1);
    expect(nearDistanceKm(48.761667, 31.488889, 48.763056, 31.552222)).toBeCloseTo(4.65, 1);
  });

  it('is within 0.1 % of the geodesic up to 100 km at Ukraine latitudes', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 44, max: 53, noNaN: true }),
        fc.double({ min: 22, max: 41, noNaN: true }),
        fc.double({ min: -0.9, max: 0.9, noNaN: true }),
        fc.double({ min: -1.3, max: 1.3, noNaN: true }),
        (lat, lon, dLat, dLon) => {
          const geodesic = geodesicDistanceKm(lon, lat, lon + dLon, lat + dLat);
          fc.pre(geodesic > 0.01 && geodesic <= 100);
          expect(Math.abs(nearDistanceKm(lat, lon, lat + dLat, lon + dLon) - geodesic) / geodesic).toBeLessThan(0.001);
        },
      ),
    );
  });

  it('measures across the antimeridian the short way', () => {
    expect(nearDistanceKm(65, 179.99, 65, -179.99)).toBeLessThan(1);
  });
});
