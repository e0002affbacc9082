// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BoxMetric, buildBoxTree } from '../../../src/core/geometry/boxTree.ts';

// Planar distance from a query point to axis-aligned boxes: the box distance is both the item distance and an
// exact lower bound, so the nearest item is known by brute force.
function boxDistance(qx: number, qy: number, minX: number, minY: number, maxX: number, maxY: number): number {
  const dx = minX > qx ? minX - qx : qx > maxX ? qx - maxX : 0;
  const dy = minY > qy ? minY - qy : qy > maxY ? qy - maxY : 0;
  return Math.sqrt(dx * dx + dy * dy);
}

function metricFor(boxes: Float64Array, qx: number, qy: number): BoxMetric {
  return {
    boxLowerBound: (minX, minY, maxX, maxY) => boxDistance(qx, qy, minX, minY, maxX, maxY),
    itemDistance: (i) => boxDistance(qx, qy, boxes[i * 4]!, boxes[i * 4 + 1]!, boxes[i * 4 + 2]!, boxes[i * 4 + 3]!),
  };
}

const box = fc
  .tuple(
    fc.double({ min: -100, max: 100, noNaN: true }),
    fc.double({ min: -100, max: 100, noNaN: true }),
    fc.double({ min: 0, max: 5, noNaN: true }),
    fc.double({ min: 0, max: 5, noNaN: true }),
  )
  .map(([x, y, w, h]) => [x, y, x + w, y + h]);

describe('buildBoxTree(...).nearest', () => {
  it('finds the same distance as a brute-force search, for any number of boxes', () => {
    fc.assert(
      fc.property(
        fc.array(box, { minLength: 1, maxLength: 700 }),
        fc.array(
          fc.tuple(fc.double({ min: -150, max: 150, noNaN: true }), fc.double({ min: -150, max: 150, noNaN: true })),
          { minLength: 1, maxLength: 10 },
        ),
        (items, queries) => {
          const boxes = Float64Array.from(items.flat());
          const tree = buildBoxTree(boxes);
          expect(tree.size).toBe(items.length);
          for (const [qx, qy] of queries) {
            const metric = metricFor(boxes, qx, qy);
            const expected = Math.min(...items.map((_, i) => metric.itemDistance(i)));
            const found = tree.nearest(metric)!;
            expect(found.distance).toBe(expected);
            expect(metric.itemDistance(found.item)).toBe(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('has no nearest item when empty', () => {
    const tree = buildBoxTree(new Float64Array(0));
    expect(tree.nearest(metricFor(new Float64Array(0), 0, 0))).toBeNull();
  });
});
