// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bboxContains, emptyBbox, ringsBbox, unionBbox } from '../../../src/core/geometry/bbox.ts';

describe('bounding boxes', () => {
  it('spans every position of every ring', () => {
    expect(ringsBbox([[[30, 50], [31, 49], [30.5, 51]], [[29, 50.5]]])).toEqual([29, 49, 31, 51]);
  });

  it('is closed: points on its edges and corners are in it', () => {
    const box = ringsBbox([[[0, 0], [2, 1]]]);
    expect(bboxContains(box, 0, 0)).toBe(true);
    expect(bboxContains(box, 2, 0.5)).toBe(true);
    expect(bboxContains(box, 2.000001, 0.5)).toBe(false);
    expect(bboxContains(box, 1, -0.000001)).toBe(false);
  });

  it('starts empty, containing nothing, and unions into the box around both', () => {
    expect(bboxContains(emptyBbox(), 0, 0)).toBe(false);
    expect(ringsBbox([])).toEqual(emptyBbox());
    expect(unionBbox([3, 4, 3, 4], [0, 5, 1, 6])).toEqual([0, 4, 3, 6]);
    expect(unionBbox(emptyBbox(), [0, 5, 1, 6])).toEqual([0, 5, 1, 6]);
  });
});
