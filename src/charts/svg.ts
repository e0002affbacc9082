// Small pieces every chart renderer uses: text wrapping without measuring (so it works the same in a test
// document, the browser and a downloaded file), and the patterns that are the second cue of the occupied
// categories.

import type { Selection } from 'd3-selection';
import type { ChartCategory } from '../core/charts/categories.ts';
import type { ChartTheme } from './theme.ts';

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type Group = Selection<SVGGElement, unknown, null, undefined>;

/** Average advance of a character in the chart font, as a share of the font size (DejaVu Sans is wide). */
const CHARACTER_WIDTH = 0.6;

/** Lines of at most `width` px at `fontSize`, broken at spaces; a word longer than a line gets a line of its own. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * CHARACTER_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= perLine) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Estimated width of a text in px, for fitting labels. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHARACTER_WIDTH;
}

/** Writes wrapped lines from `y` (the first baseline) down; returns the y below the last line. */
export function writeLines<E extends SVGElement>(
  group: Selection<E, unknown, null, undefined>,
  lines: readonly string[],
  { x, y, fontSize, fill, weight, className }: { x: number; y: number; fontSize: number; fill: string; weight?: string; className: string },
): number {
  const lineHeight = Math.round(fontSize * 1.3);
  const text = group
    .append('text')
    .attr('class', className)
    .attr('x', x)
    .attr('y', y)
    .attr('font-size', fontSize)
    .attr('fill', fill);
  if (weight) text.attr('font-weight', weight);
  lines.forEach((line, i) => {
    text
      .append('tspan')
      .attr('x', x)
      .attr('dy', i === 0 ? 0 : lineHeight)
      .text(line);
  });
  return y + (lines.length - 1) * lineHeight + Math.round(fontSize * 0.5);
}

/** The categories drawn with a pattern over their colour. */
const PATTERNED: Partial<Record<ChartCategory, 'hatch' | 'dots' | 'cross'>> = {
  occupied: 'hatch',
  'occupied-before-2022': 'cross',
  contested: 'dots',
};

/** Adds the category patterns to the SVG's defs; ids are prefixed with `uid` so several charts share a page. */
export function addPatterns(svg: Svg, theme: ChartTheme, uid: string): void {
  const defs = svg.append('defs');
  for (const [category, kind] of Object.entries(PATTERNED) as [ChartCategory, 'hatch' | 'dots' | 'cross'][]) {
    const pattern = defs
      .append('pattern')
      .attr('id', `${uid}-${category}`)
      .attr('patternUnits', 'userSpaceOnUse')
      .attr('width', 6)
      .attr('height', 6);
    pattern.append('rect').attr('width', 6).attr('height', 6).attr('fill', theme.category[category]);
    const ink = theme.patternInk;
    if (kind === 'dots') pattern.append('circle').attr('cx', 3).attr('cy', 3).attr('r', 1.1).attr('fill', ink);
    else {
      pattern.append('path').attr('d', 'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2').attr('stroke', ink).attr('stroke-width', 1.2);
      if (kind === 'cross') pattern.append('path').attr('d', 'M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2').attr('stroke', ink).attr('stroke-width', 1.2);
    }
  }
}

/** The fill of a category: its pattern where it has one, its colour otherwise. */
export function categoryFill(category: ChartCategory, theme: ChartTheme, uid: string): string {
  return PATTERNED[category] ? `url(#${uid}-${category})` : theme.category[category];
}
