// A legend of swatches and labels that wraps to the width, so it fits a phone.

import type { Group } from './svg.ts';
import { textWidth } from './svg.ts';
import type { ChartTheme } from './theme.ts';

export interface LegendItem {
  label: string;
  /** Draws the swatch in a 14 × 14 box at the origin of `group`. */
  swatch(group: Group): void;
}

const FONT = 12;
const SWATCH = 14;
const ROW = 20;

/** Draws the items from y = 0 and returns the legend's height. */
export function drawLegend(group: Group, items: readonly LegendItem[], width: number, theme: ChartTheme): number {
  const legend = group.append('g').attr('class', 'legend');
  let x = 0;
  let y = 0;
  for (const item of items) {
    const itemWidth = SWATCH + 6 + textWidth(item.label, FONT) + 16;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += ROW;
    }
    const entry: Group = legend.append('g').attr('transform', `translate(${x},${y})`);
    item.swatch(entry);
    entry.append('text').attr('x', SWATCH + 6).attr('y', SWATCH - 2).attr('font-size', FONT).attr('fill', theme.ink).text(item.label);
    x += itemWidth;
  }
  return items.length === 0 ? 0 : y + ROW;
}
