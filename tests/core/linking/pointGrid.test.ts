// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearDistanceKm } from '../../../src/core/linking/nearDistance.ts';
import { buildPointGrid } from '../../../src/core/linking/pointGrid.ts';

const point = fc.record({
  lat: fc.oneof(fc.double({ min: -89, max: 89, noNaN: true }), fc.double({ min: 47, max: 48, noNaN: true })),
  lon: fc.oneof(
    fc.double({ min: -180, max: 180, noNaN: true, maxExcluded: true }),
    fc.double({ min: 179.5, max: 180, noNaN: true, maxExcluded: true }),
    fc.double({ min: 30, max: 31, noNaN: true }),
  ),
});

describe('buildPointGrid', () => {
  it('visits every point within the radius (and never the point itself)', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 60 }), fc.constantFrom(2, 5, 15, 50), (points, radius) => {
        const lats = Float64Array.from(points, (p) => p.lat);
        const lons = Float64Array.from(points, (p) => p.lon);
        const grid = buildPointGrid(lats, lons, 5);
        points.forEach((p, i) => {
          const visited = new Set<number>();
          grid.forEachNear(i, radius, (j) => visited.add(j));
          expect(visited.has(i)).toBe(false);
          points.forEach((q, j) => {
            if (j !== i && nearDistanceKm(p.lat, p.lon, q.lat, q.lon) <= radius) expect(visited.has(j)).toBe(true);
          });
        });
      }),
    );
  });

  it('finds a neighbour a hair west of the antimeridian, where filing rounds to the other side', () => {
    // Found by the property above: 179.99999999999994 + 180 is 360 in floating point, so that point is filed under
    // the first column while its neighbour 2 km west sits in the last one.
    const grid = buildPointGrid(Float64Array.of(0, 0, 47), Float64Array.of(179.98203369431758, 179.99999999999994, 0), 5);
    const visited: number[] = [];
    grid.forEachNear(0, 2, (j) => visited.push(j));
    expect(visited).toContain(1);
  });

  it('leaves out points without coordinates', () => {
    const grid = buildPointGrid(Float64Array.of(48.2, NaN, 48.2), Float64Array.of(30.03, NaN, 30.02), 5);
    const visited: number[] = [];
    grid.forEachNear(0, 5, (j) => visited.push(j));
    expect(visited).toEqual([2]);
    grid.forEachNear(1, 5, () => expect.unreachable());
  });
});
