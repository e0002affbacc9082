// Chart 1: one stacked bar per row (all matching deposits, then each mineral), its length the row's count on a
// common scale, each segment a status category with its count (and share where it fits) written on it.

import { scaleLinear } from 'd3-scale';
import type { ChartCategory } from '../core/charts/categories.ts';
import { shareOf, type MineralRow } from '../core/charts/byMineral.ts';
import type { DrawBody } from './frame.ts';
import { drawLegend } from './legend.ts';
import { categoryLabel, seriesLabel, usedCategories } from './model.ts';
import { categoryFill, textWidth, type Group } from './svg.ts';

const LABEL_SIZE = 13;
const BAR = 24;
const ROW_GAP = 12;
const VALUE_SIZE = 12;

export const drawByMineral: DrawBody = (group, { model, theme, uid, width }) => {
  if (model.numbers.kind !== 'by-mineral') throw new Error('not a by-mineral chart');
  const { rows } = model.numbers;
  const { i18n, text } = model;
  const categories = usedCategories(rows);
  let y = drawLegend(
    group,
    categories.map((category) => ({
      label: categoryLabel(text, category),
      swatch: (g: Group) => void g.append('rect').attr('width', 14).attr('height', 14).attr('fill', categoryFill(category, theme, uid)).attr('stroke', theme.ink).attr('stroke-width', 0.5),
    })),
    width,
    theme,
  );
  y += 8;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const x = scaleLinear().domain([0, max]).range([0, width]);
  rows.forEach((row, r) => {
    const g: Group = group.append('g').attr('class', 'bar-row').attr('transform', `translate(0,${y})`);
    g.append('text')
      .attr('y', LABEL_SIZE)
      .attr('font-size', LABEL_SIZE)
      .attr('font-weight', r === 0 ? 'bold' : null)
      .attr('fill', theme.ink)
      .text(`${seriesLabel(model, row.key)}: ${i18n.number(row.total)}`);
    drawSegments(g.append('g').attr('transform', `translate(0,${LABEL_SIZE + 5})`), row, categories, x, model, theme, uid);
    y += LABEL_SIZE + 5 + BAR + ROW_GAP;
  });
  return y;
};

function drawSegments(
  g: Group,
  row: MineralRow,
  categories: readonly ChartCategory[],
  x: (value: number) => number,
  model: Parameters<DrawBody>[1]['model'],
  theme: Parameters<DrawBody>[1]['theme'],
  uid: string,
): void {
  let start = 0;
  for (const category of categories) {
    const count = row.counts[category];
    if (count === 0) continue;
    const x0 = x(start);
    const w = x(start + count) - x0;
    start += count;
    g.append('rect')
      .attr('class', `segment segment-${category}`)
      .attr('x', x0)
      .attr('width', Math.max(w, 1))
      .attr('height', BAR)
      .attr('fill', categoryFill(category, theme, uid))
      .attr('stroke', theme.background)
      .attr('stroke-width', 1)
      .append('title')
      .text(`${categoryLabel(model.text, category)}: ${model.i18n.number(count)}`);
    const share = `${model.i18n.number(count)} (${model.i18n.number(shareOf(count, row.total) * 100)} %)`;
    const label = textWidth(share, VALUE_SIZE) + 6 <= w ? share : textWidth(String(count), VALUE_SIZE) + 6 <= w ? model.i18n.number(count) : null;
    if (label === null) continue;
    g.append('text')
      .attr('x', x0 + 3)
      .attr('y', BAR / 2 + VALUE_SIZE / 2 - 1)
      .attr('font-size', VALUE_SIZE)
      .attr('fill', theme.ink)
      .attr('stroke', theme.background)
      .attr('stroke-width', 3)
      .attr('paint-order', 'stroke')
      .text(label);
  }
}
