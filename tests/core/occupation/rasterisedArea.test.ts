// @vitest-environment node
import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { prepareArea } from '../../../src/core/geometry/pointInPolygon.ts';
import { prepareRasterisedArea } from '../../../src/core/occupation/rasterisedArea.ts';

// A star-shaped ring around (lon, lat), with as many vertices as radii; open or closed.
function star(lon: number, lat: number, radii: readonly number[], close: boolean): Position[] {
  const ring = radii.map((r, i): Position => {
    const angle = (2 * Math.PI * i) / radii.length;
    return [lon + r * Math.cos(angle), lat + r * Math.sin(angle)];
  });
  return close ? [...ring, ring[0]!] : ring;
}

const polygonArbitrary = fc
  .record({
    lon: fc.double({ min: 20, max: 40, noNaN: true }),
    lat: fc.double({ min: 44, max: 52, noNaN: true }),
    outer: fc.array(fc.double({ min: 0.5, max: 2, noNaN: true }), { minLength: 64, maxLength: 300 }),
    hole: fc.option(fc.array(fc.double({ min: 0.05, max: 0.4, noNaN: true }), { minLength: 3, maxLength: 80 })),
    close: fc.boolean(),
  })
  .map(({ lon, lat, outer, hole, close }) => {
    const rings = [star(lon, lat, outer, close)];
    if (hole) rings.push(star(lon, lat, hole, close).reverse());
    return rings;
  });

describe('prepareRasterisedArea', () => {
  it('answers exactly as prepareArea, at random points, vertices and edge midpoints', () => {
    fc.assert(
      fc.property(
        polygonArbitrary,
        fc.array(fc.tuple(fc.double({ min: -0.1, max: 1.1, noNaN: true }), fc.double({ min: -0.1, max: 1.1, noNaN: true })), {
          minLength: 50,
          maxLength: 200,
        }),
        (rings, fractions) => {
          const exact = prepareArea({ type: 'Polygon', coordinates: rings });
          const fast = prepareRasterisedArea(rings);
          expect(fast.bbox).toEqual(exact.bbox);
          const [west, south, east, north] = exact.bbox;
          const points: Position[] = fractions.map(([fx, fy]) => [west + fx * (east - west), south + fy * (north - south)]);
          for (const ring of rings) {
            ring.forEach((p, i) => {
              const q = ring[(i + 1) % ring.length]!;
              points.push(p, [(p[0]! + q[0]!) / 2, (p[1]! + q[1]!) / 2]);
            });
          }
          for (const [lon, lat] of points) expect(fast.contains(lon!, lat!)).toBe(exact.contains(lon!, lat!));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('knows the inside and the outside of a 200-gon approximating a circle', () => {
    const rings = [star(30, 48, Array.from({ length: 200 }, () => 1), true)];
    const fast = prepareRasterisedArea(rings);
    expect(fast.contains(30, 48)).toBe(true);
    expect(fast.contains(30.7, 48.7)).toBe(true);
    expect(fast.contains(30.72, 48.72)).toBe(false);
    expect(fast.contains(31.01, 48)).toBe(false);
  });
});
