// Where the base map's labels go on screen, the way MapLibre places its own: in priority order, each label takes the
// first of its anchors where its box (with padding) overlaps no label placed before it and shows on screen, and is
// hidden if none is free. Pure: screen points and box sizes in, positions out.

/** Which side of its point a label's text sits on: centred on it, or beside it, `offset` pixels away. */
export type LabelAnchor = 'center' | 'left' | 'right' | 'top' | 'bottom';

export interface LabelCandidate {
  /** The label's point on screen, in pixels from the map's top left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Tried in order, as MapLibre tries `text-variable-anchor`. */
  anchors: readonly LabelAnchor[];
  /** Distance from the point to the text for the anchors beside it. */
  offset: number;
}

/** A placed label's top left corner, in pixels from the map's top left corner. */
export interface PlacedLabel {
  left: number;
  top: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** Space kept free round each label, as MapLibre's default `text-padding`. */
export const LABEL_PADDING_PX = 2;

/** The candidates' positions, in the same order: null for a label that is hidden. */
export function placeLabels(candidates: readonly (LabelCandidate | null)[], viewport: Viewport): (PlacedLabel | null)[] {
  const taken: Box[] = [];
  return candidates.map((candidate) => {
    if (candidate === null) return null;
    for (const anchor of candidate.anchors) {
      const at = topLeft(candidate, anchor);
      const box: Box = {
        x0: at.left - LABEL_PADDING_PX,
        y0: at.top - LABEL_PADDING_PX,
        x1: at.left + candidate.width + LABEL_PADDING_PX,
        y1: at.top + candidate.height + LABEL_PADDING_PX,
      };
      if (!onScreen(box, viewport) || taken.some((other) => overlaps(box, other))) continue;
      taken.push(box);
      return at;
    }
    return null;
  });
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function topLeft({ x, y, width, height, offset }: LabelCandidate, anchor: LabelAnchor): PlacedLabel {
  switch (anchor) {
    case 'center':
      return { left: x - width / 2, top: y - height / 2 };
    case 'left':
      return { left: x + offset, top: y - height / 2 };
    case 'right':
      return { left: x - offset - width, top: y - height / 2 };
    case 'top':
      return { left: x - width / 2, top: y + offset };
    case 'bottom':
      return { left: x - width / 2, top: y - offset - height };
  }
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** At least partly on screen: MapLibre, too, shows a label the edge of the map cuts. */
const onScreen = (box: Box, { width, height }: Viewport) => box.x1 > 0 && box.y1 > 0 && box.x0 < width && box.y0 < height;
