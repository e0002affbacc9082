// Chart 2: a step line per series, the number of its deposits occupied on each date, with the possibly-occupied
// band above it where a change lies between two snapshots, and markers at the big changes of 2022. Each line has
// its own dash pattern and its label at the line's end, besides its colour.

import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import type { DrawBody } from './frame.ts';
import { drawLegend } from './legend.ts';
import { seriesLabel } from './model.ts';
import { textWidth, type Group } from './svg.ts';

const DASHES = ['', '6 3', '2 3', '9 3 2 3', '4 4', '1 2', '12 4'];
const AXIS_LEFT = 44;
const AXIS_BOTTOM = 26;
const END_LABEL_SIZE = 12;

/**
 * Dates of the big changes of 2022 that the chart marks (context, not data): the first snapshot after the
 * withdrawal from the Kyiv region, the Kharkiv counteroffensive, and the liberation of Kherson.
 */
const MARKERS = [
  { date: '2022-04-03', key: 'marker.kyiv' },
  { date: '2022-09-10', key: 'marker.kharkiv' },
  { date: '2022-11-11', key: 'marker.kherson' },
] as const;

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

export const drawOverTime: DrawBody = (group, { model, theme, uid, width }) => {
  if (model.numbers.kind !== 'over-time') throw new Error('not an over-time chart');
  const { overTime } = model.numbers;
  const { i18n, text } = model;
  if (overTime === null) return 0;
  const { dates, series } = overTime;
  const colour = (k: number) => theme.series[k % theme.series.length]!;
  let y = drawLegend(
    group,
    [
      ...series.map((s, k) => ({
        label: seriesLabel(model, s.key),
        swatch: (g: Group) =>
          void g.append('line').attr('x1', 0).attr('x2', 14).attr('y1', 7).attr('y2', 7).attr('stroke', colour(k)).attr('stroke-width', 2.5).attr('stroke-dasharray', DASHES[k % DASHES.length]!),
      })),
      {
        label: text('legend.possibly'),
        swatch: (g: Group) => void g.append('rect').attr('width', 14).attr('height', 14).attr('fill', `url(#${uid}-occupied)`).attr('opacity', 0.45),
      },
    ],
    width,
    theme,
  );
  y += 10;

  // A line's end carries its name and last value where they fit, its value alone otherwise (the legend names it).
  const maxRoom = width * 0.35;
  const endLabels = series.map((s) => {
    const value = i18n.number(s.occupied[s.occupied.length - 1]!);
    const named = `${seriesLabel(model, s.key)}: ${value}`;
    return series.length > 1 && textWidth(named, END_LABEL_SIZE) + 8 <= maxRoom ? named : value;
  });
  const labelRoom = Math.min(maxRoom, Math.max(...endLabels.map((l) => textWidth(l, END_LABEL_SIZE))) + 8);
  const plotWidth = Math.max(120, width - AXIS_LEFT - labelRoom);
  const plotHeight = Math.round(Math.min(320, Math.max(180, width * 0.45)));
  const plot: Group = group.append('g').attr('class', 'plot').attr('transform', `translate(${AXIS_LEFT},${y})`);
  const first = utc(dates[0]!);
  const last = utc(dates[dates.length - 1]!);
  const x = scaleUtc().domain([first, last]).range([0, plotWidth]);
  const max = Math.max(1, ...series.flatMap((s) => s.possibly));
  const yScale = scaleLinear().domain([0, max]).nice().range([plotHeight, 0]);

  const months = new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const ticks = Math.max(2, Math.floor(plotWidth / 90));
  plot
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${plotHeight})`)
    .call(axisBottom<Date>(x).ticks(ticks).tickFormat((d) => months.format(d)));
  plot
    .append('g')
    .attr('class', 'axis axis-y')
    .call(axisLeft(yScale).ticks(Math.min(6, max)).tickFormat((d) => i18n.number(Number(d))).tickSize(-plotWidth));
  plot.selectAll('.axis text').attr('fill', theme.muted).attr('font-size', 11).attr('font-family', null);
  plot.selectAll('.axis path').attr('stroke', theme.grid);
  plot.selectAll('.axis line').attr('stroke', theme.grid);
  plot.selectAll('.axis').attr('font-family', null);

  const markers = MARKERS.filter((m) => utc(m.date) > first && utc(m.date) < last);
  markers.forEach((marker, n) => {
    const mx = x(utc(marker.date));
    plot.append('line').attr('class', 'marker').attr('x1', mx).attr('x2', mx).attr('y1', 0).attr('y2', plotHeight).attr('stroke', theme.muted).attr('stroke-dasharray', '2 3');
    plot.append('text').attr('x', mx + 3).attr('y', 10).attr('font-size', 11).attr('fill', theme.muted).text(String(n + 1));
  });

  const points = dates.map(utc);
  series.forEach((s, k) => {
    const band = area<number>()
      .curve(curveStepAfter)
      .x((i) => x(points[i]!))
      .y0((i) => yScale(s.occupied[i]!))
      .y1((i) => yScale(s.possibly[i]!));
    const indices = dates.map((_, i) => i);
    if (s.possibly.some((p, i) => p !== s.occupied[i])) {
      plot.append('path').attr('class', 'possibly').attr('d', band(indices)).attr('fill', `url(#${uid}-occupied)`).attr('opacity', 0.45);
    }
    const path = line<number>()
      .curve(curveStepAfter)
      .x((i) => x(points[i]!))
      .y((i) => yScale(s.occupied[i]!));
    plot
      .append('path')
      .attr('class', 'series')
      .attr('d', path(indices))
      .attr('fill', 'none')
      .attr('stroke', colour(k))
      .attr('stroke-width', 2.5)
      .attr('stroke-dasharray', DASHES[k % DASHES.length]!);
  });

  // End labels, nudged apart so close lines keep readable labels.
  const placed: number[] = [];
  series
    .map((s, k) => ({ k, at: yScale(s.occupied[s.occupied.length - 1]!) }))
    .sort((a, b) => a.at - b.at)
    .forEach(({ k, at }) => {
      let ly = at + 4;
      const previous = placed[placed.length - 1];
      if (previous !== undefined && ly < previous + END_LABEL_SIZE + 2) ly = previous + END_LABEL_SIZE + 2;
      placed.push(ly);
      plot.append('text').attr('class', 'end-label').attr('x', plotWidth + 6).attr('y', ly).attr('font-size', END_LABEL_SIZE).attr('fill', theme.ink).text(endLabels[k]!);
    });

  // Marker labels under the axis, one per line so they never overlap.
  let below = plotHeight + AXIS_BOTTOM;
  markers.forEach((marker, n) => {
    below += 14;
    plot
      .append('text')
      .attr('class', 'marker-label')
      .attr('x', -AXIS_LEFT)
      .attr('y', below)
      .attr('font-size', 11)
      .attr('fill', theme.muted)
      .text(`${n + 1}: ${i18n.date(marker.date)}, ${text(marker.key)}`);
  });
  return y + below + 6;
};
