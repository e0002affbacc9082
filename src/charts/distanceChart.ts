// Chart 3: one bar per distance band, its count and share written after it; the band inside the occupied area
// carries the occupied pattern.

import { scaleLinear } from 'd3-scale';
import { shareOf } from '../core/charts/byMineral.ts';
import { DISTANCE_BANDS } from '../core/charts/distanceBands.ts';
import type { DrawBody } from './frame.ts';
import { textWidth, type Group } from './svg.ts';

const LABEL_SIZE = 13;
const BAR = 20;
const GAP = 10;

export const drawDistance: DrawBody = (group, { model, theme, uid, width }) => {
  if (model.numbers.kind !== 'distance') throw new Error('not a distance chart');
  const { bands } = model.numbers;
  const { i18n, text } = model;
  const used = DISTANCE_BANDS.filter((b) => b !== 'unknown' || bands.counts[b] > 0);
  const valueRoom = textWidth('00 000 (100 %)', 12) + 8;
  const x = scaleLinear()
    .domain([0, Math.max(1, ...used.map((b) => bands.counts[b]))])
    .range([0, Math.max(40, width - valueRoom)]);
  let y = 0;
  for (const band of used) {
    const count = bands.counts[band];
    const g: Group = group.append('g').attr('class', `band band-${band}`).attr('transform', `translate(0,${y})`);
    g.append('text').attr('y', LABEL_SIZE).attr('font-size', LABEL_SIZE).attr('fill', theme.ink).text(text(`band.${band}`));
    const w = x(count);
    g.append('rect')
      .attr('y', LABEL_SIZE + 4)
      .attr('width', Math.max(count > 0 ? 2 : 0, w))
      .attr('height', BAR)
      .attr('fill', band === 'inside' ? `url(#${uid}-occupied)` : theme.band[band]);
    g.append('text')
      .attr('class', 'value')
      .attr('x', w + 6)
      .attr('y', LABEL_SIZE + 4 + BAR / 2 + 5)
      .attr('font-size', 12)
      .attr('fill', theme.ink)
      .text(`${i18n.number(count)} (${i18n.number(shareOf(count, bands.total) * 100)} %)`);
    y += LABEL_SIZE + 4 + BAR + GAP;
  }
  return y;
};
