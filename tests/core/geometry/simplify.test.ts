// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simplifyPath } from '../../../src/core/geometry/simplify.ts';

const METRES_PER_DEGREE = 111_195.08;

describe('simplifyPath', () => {
  it('drops a bump smaller than the tolerance and keeps a larger one, in metres east–west at 60° N', () => {
    // At 60° N a degree of longitude is half as long as at the equator: 40 m is 40 / 55,597.5 degrees.
    const lonOffset = (metres: number) => metres / (METRES_PER_DEGREE * 0.5);
    const path = (metres: number) => [[30, 60], [30 + lonOffset(metres), 60.05], [30, 60.1]];
    expect(simplifyPath(path(40), 50)).toEqual([0, 2]);
    expect(simplifyPath(path(60), 50)).toEqual([0, 1, 2]);
  });

  it('works on integer coordinates given their units per degree', () => {
    const path = [[300_000, 600_000], [300_010, 600_500], [300_000, 601_000]]; // 10 units = 1e-3° ≈ 56 m at 60° N
    expect(simplifyPath(path, 50, 1e4)).toEqual([0, 1, 2]);
    expect(simplifyPath(path, 60, 1e4)).toEqual([0, 2]);
  });

  it('keeps a closed ring open at its farthest point instead of collapsing it to its start', () => {
    const ring = [[30, 50], [30.1, 50], [30.1, 50.1], [30, 50.1], [30, 50]];
    expect(simplifyPath(ring, 10)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the ends, keeps order, and leaves every dropped point within the tolerance of the result', () => {
    const point = fc.tuple(fc.double({ min: 22, max: 40, noNaN: true }), fc.double({ min: 44, max: 52, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 40 }), fc.double({ min: 1, max: 5000, noNaN: true }), (points, tolerance) => {
        const kept = simplifyPath(points, tolerance);
        expect(kept[0]).toBe(0);
        expect(kept.at(-1)).toBe(points.length - 1);
        for (let k = 1; k < kept.length; k++) expect(kept[k]!).toBeGreaterThan(kept[k - 1]!);
        const meanLat = points.reduce((s, p) => s + p[1], 0) / points.length;
        const kx = Math.cos((meanLat * Math.PI) / 180) * METRES_PER_DEGREE;
        for (let k = 1; k < kept.length; k++) {
          const a = points[kept[k - 1]!]!;
          const b = points[kept[k]!]!;
          for (let i = kept[k - 1]! + 1; i < kept[k]!; i++) {
            expect(distanceToSegment(points[i]!, a, b, kx)).toBeLessThanOrEqual(tolerance * (1 + 1e-9));
          }
        }
      }),
    );
  });
});

function distanceToSegment(p: number[], a: number[], b: number[], kx: number): number {
  const ax = a[0]! * kx, ay = a[1]! * METRES_PER_DEGREE;
  const dx = b[0]! * kx - ax, dy = b[1]! * METRES_PER_DEGREE - ay;
  const px = p[0]! * kx - ax, py = p[1]! * METRES_PER_DEGREE - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
  return Math.hypot(px - t * dx, py - t * dy);
}
