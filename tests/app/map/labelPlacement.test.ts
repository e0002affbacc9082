import { describe, expect, it } from 'vitest';
import { LABEL_PADDING_PX, placeLabels, type LabelCandidate } from '../../../src/app/map/labelPlacement.ts';

const VIEW = { width: 400, height: 300 };
const label = (x: number, y: number, more: Partial<LabelCandidate> = {}): LabelCandidate => ({
  x,
  y,
  width: 60,
  height: 14,
  anchors: ['center'],
  offset: 0,
  ...more,
});

describe('placeLabels', () => {
  it('centres a label on its point, or puts it beside its point at the offset', () => {
    const placed = placeLabels(
      [label(100, 100), label(300, 100, { anchors: ['left'], offset: 6 }), label(300, 200, { anchors: ['bottom'], offset: 6 })],
      VIEW,
    );
    expect(placed).toEqual([
      { left: 70, top: 93 },
      { left: 306, top: 93 },
      { left: 270, top: 180 },
    ]);
  });

  it('hides a label that would overlap one placed before it, whatever the later one', () => {
    expect(placeLabels([label(100, 100), label(130, 105)], VIEW)[1]).toBeNull();
    expect(placeLabels([label(130, 105), label(100, 100)], VIEW)[1]).toBeNull();
  });

  it('keeps the padding free round each label', () => {
    const apart = (gap: number) => placeLabels([label(100, 100), label(100 + 60 + gap, 100)], VIEW)[1];
    expect(apart(2 * LABEL_PADDING_PX)).not.toBeNull();
    expect(apart(2 * LABEL_PADDING_PX - 1)).toBeNull();
  });

  it('tries the anchors in order and takes the first that is free', () => {
    const city = label(200, 100, { anchors: ['left', 'right', 'top', 'bottom'], offset: 5 });
    const [, right] = placeLabels([label(240, 100), city], VIEW);
    expect(right).toEqual({ left: 200 - 5 - 60, top: 93 });
    const blocked = placeLabels([label(240, 100), label(150, 100), label(200, 85), label(200, 115), city], VIEW);
    expect(blocked[4]).toBeNull();
  });

  it('shows a label the edge of the map cuts, not one wholly off it', () => {
    expect(placeLabels([label(5, 100)], VIEW)[0]).not.toBeNull();
    expect(placeLabels([label(-40, 100)], VIEW)[0]).toBeNull();
    expect(placeLabels([label(100, 320)], VIEW)[0]).toBeNull();
  });

  it('leaves out what is not to be shown, and keeps the order', () => {
    expect(placeLabels([null, label(100, 100), null], VIEW)).toEqual([null, { left: 70, top: 93 }, null]);
  });
});
