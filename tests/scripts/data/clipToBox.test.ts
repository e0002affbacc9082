// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clipRingToBox } from '../../../scripts/data/clipToBox.ts';

const square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];

describe('clipRingToBox', () => {
  it('cuts a ring to the box, closed', () => {
    expect(clipRingToBox(square, [5, -1, 20, 5])).toEqual([[5, 0], [10, 0], [10, 5], [5, 5], [5, 0]]);
  });

  it('keeps a ring inside the box as it is, and drops one outside it', () => {
    expect(clipRingToBox(square, [-1, -1, 11, 11])).toEqual(square);
    expect(clipRingToBox(square, [20, 20, 30, 30])).toEqual([]);
  });
});
