// The frame every chart sits in, inside the SVG so that a downloaded file carries it: the title, how many deposits
// match and the filters, the data date, the chart, its notes, the source line and the link to the method page.

import { select } from 'd3-selection';
import type { ChartModel } from './model.ts';
import { addPatterns, wrapText, writeLines, type Group, type Svg } from './svg.ts';
import { FONT_FAMILY, type ChartTheme } from './theme.ts';

export const MARGIN = 12;
const TITLE_SIZE = 19;
const TEXT_SIZE = 13;
const SMALL_SIZE = 12;

export interface DrawContext {
  model: ChartModel;
  theme: ChartTheme;
  /** Prefix of the ids in the SVG (patterns, clip paths), unique on the page. */
  uid: string;
  /** The width the chart body may use. */
  width: number;
}

/** Draws the chart body into `group` from y = 0 down and returns its height. */
export type DrawBody = (group: Group, context: DrawContext) => number;

/** Fills `svgElement` with the framed chart at `width` px; returns the height it took. */
export function drawFrame(svgElement: SVGSVGElement, model: ChartModel, theme: ChartTheme, uid: string, width: number, drawBody: DrawBody): number {
  const svg: Svg = select(svgElement);
  svg.selectAll('*').remove();
  const { frame } = model;
  const inner = width - 2 * MARGIN;
  svg
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('role', 'img')
    .attr('aria-labelledby', `${uid}-title ${uid}-desc`)
    .attr('font-family', FONT_FAMILY)
    .attr('lang', model.i18n.language);
  svg.append('title').attr('id', `${uid}-title`).text(frame.title);
  svg.append('desc').attr('id', `${uid}-desc`).text(frame.alt);
  addPatterns(svg, theme, uid);
  const background = svg.append('rect').attr('class', 'background').attr('fill', theme.background);

  const root: Group = svg.append('g');
  let y = MARGIN + TITLE_SIZE;
  y = writeLines(root, wrapText(frame.title, inner, TITLE_SIZE), { x: MARGIN, y, fontSize: TITLE_SIZE, fill: theme.ink, weight: 'bold', className: 'chart-title' });
  for (const line of frame.subtitle) {
    y = writeLines(root, wrapText(line, inner, TEXT_SIZE), { x: MARGIN, y: y + TEXT_SIZE + 2, fontSize: TEXT_SIZE, fill: theme.ink, className: 'chart-subtitle' });
  }
  y = writeLines(root, wrapText(frame.date, inner, TEXT_SIZE), { x: MARGIN, y: y + TEXT_SIZE + 2, fontSize: TEXT_SIZE, fill: theme.muted, className: 'chart-date' });

  const body: Group = root.append('g').attr('class', 'chart-body').attr('transform', `translate(${MARGIN},${y + 12})`);
  y += 12 + drawBody(body, { model, theme, uid, width: inner });

  for (const note of frame.notes) {
    y = writeLines(root, wrapText(note, inner, SMALL_SIZE), { x: MARGIN, y: y + SMALL_SIZE + 6, fontSize: SMALL_SIZE, fill: theme.muted, className: 'chart-note' });
  }
  y = writeLines(root, wrapText(frame.source, inner, SMALL_SIZE), { x: MARGIN, y: y + SMALL_SIZE + 8, fontSize: SMALL_SIZE, fill: theme.ink, className: 'chart-source' });
  const link = root.append<SVGAElement>('svg:a').attr('href', model.methodUrl).attr('target', '_blank').attr('rel', 'noopener');
  y = writeLines(link, wrapText(frame.method, inner, SMALL_SIZE), { x: MARGIN, y: y + SMALL_SIZE + 4, fontSize: SMALL_SIZE, fill: theme.ink, className: 'chart-method' });
  link.select('text').attr('text-decoration', 'underline');

  const height = Math.ceil(y + MARGIN);
  background.attr('width', width).attr('height', height);
  svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  return height;
}
