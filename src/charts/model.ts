// A chart's model: its numbers (from src/core/charts, over the same selection as the explorer's table), its table,
// and every piece of text it shows, in the view's language. Renderers and downloads draw from this alone.

import { CHART_CATEGORIES, type CategoryCounts, type ChartCategory } from '../core/charts/categories.ts';
import { depositsByMineral, shareOf, type MineralRow } from '../core/charts/byMineral.ts';
import { depositsByDistance, DISTANCE_BANDS, type DistanceBands } from '../core/charts/distanceBands.ts';
import type { LineInputs } from '../core/charts/distancesAt.ts';
import { locatorPoints, type Locator } from '../core/charts/locator.ts';
import { occupiedOverTime, type OverTime } from '../core/charts/overTime.ts';
import { selectDeposits, type ChartSelection } from '../core/charts/selection.ts';
import { datasetsOf, occupationCitation } from '../core/charts/sources.ts';
import type { ExplorerData } from '../core/explorer/types.ts';
import { buildSearchKeys } from '../core/search.ts';
import { createI18n, type I18n } from '../app/i18n/i18n.ts';
import type { ViewState } from '../app/state/url.ts';
import { chartText, type ChartText } from './text.ts';

export type ChartKind = 'by-mineral' | 'over-time' | 'distance' | 'locator';
export const CHART_KINDS: readonly ChartKind[] = ['by-mineral', 'over-time', 'distance', 'locator'];

export interface ChartRequest {
  kind: ChartKind;
  view: ViewState;
  /** The user's title; null for the default. */
  title: string | null;
  /** Absolute URL of the method page. */
  methodUrl: string;
  /** The history and Ukraine's land, to measure distances at a date other than the latest; absent, the latest's. */
  line?: LineInputs | null;
}

export type TableValue = string | number | null;

export type ColumnKind = 'text' | 'count' | 'share' | 'coordinate' | 'date';

export interface ChartTable {
  header: string[];
  /** How each column's values read: the page formats them in the language, the CSV keeps them plain. */
  columns: ColumnKind[];
  rows: TableValue[][];
}

export interface ChartFrame {
  title: string;
  /** Under the title: how many deposits match, and the filters. */
  subtitle: string[];
  date: string;
  source: string;
  method: string;
  notes: string[];
  /** The text alternative: what the chart shows, in a sentence or two. */
  alt: string;
}

export type ChartNumbers =
  | { kind: 'by-mineral'; rows: MineralRow[] }
  | { kind: 'over-time'; overTime: OverTime | null }
  | { kind: 'distance'; bands: DistanceBands }
  | { kind: 'locator'; locator: Locator };

export interface ChartModel {
  kind: ChartKind;
  i18n: I18n;
  text: ChartText;
  /** The view's date (null without a history). */
  date: string | null;
  latest: string | null;
  /** The number of deposits the chart counts: the explorer's result count for the same view. */
  count: number;
  frame: ChartFrame;
  table: ChartTable;
  numbers: ChartNumbers;
  methodUrl: string;
}

export function buildChartModel(data: ExplorerData, request: ChartRequest): ChartModel {
  const { view, kind } = request;
  const i18n = createI18n(view.language);
  const text = chartText(view.language);
  let keys: string[] | null = null;
  const selection = selectDeposits(data, view.filters, view.date, () => (keys ??= buildSearchKeys(data.deposits)), request.line ?? null);
  const context: Context = { i18n, text, selection, view };
  const numbers = numbersOf(kind, context);
  const built = describe(numbers, context);
  const frame: ChartFrame = {
    title: request.title !== null && request.title.trim() !== '' ? request.title.trim() : built.title,
    subtitle: subtitleOf(context),
    date: built.date,
    source: sourceLine(context, data.occupationSource) + (kind === 'locator' ? ` ${text('source.basemap')}` : ''),
    method: text('method', { url: request.methodUrl }),
    notes: built.notes,
    alt: built.alt,
  };
  return {
    kind,
    i18n,
    text,
    date: selection.date,
    latest: selection.latest,
    count: selection.count,
    frame,
    table: built.table,
    numbers,
    methodUrl: request.methodUrl,
  };
}

interface Context {
  i18n: I18n;
  text: ChartText;
  selection: ChartSelection;
  view: ViewState;
}

function numbersOf(kind: ChartKind, { selection, view }: Context): ChartNumbers {
  switch (kind) {
    case 'by-mineral':
      return { kind, rows: depositsByMineral(selection, view.filters.minerals) };
    case 'over-time':
      return { kind, overTime: occupiedOverTime(selection, view.filters.minerals) };
    case 'distance':
      return { kind, bands: depositsByDistance(selection) };
    case 'locator':
      return { kind, locator: locatorPoints(selection, view.id) };
  }
}

export function categoryLabel(text: ChartText, category: ChartCategory): string {
  return text(`category.${category}`);
}

export function seriesLabel({ i18n, text }: Pick<Context, 'i18n' | 'text'>, key: MineralRow['key']): string {
  return key === 'all' ? text('row.all') : i18n.mineral(key);
}

/** The categories that hold any deposit in any row, in chart order. */
export function usedCategories(rows: readonly { counts: CategoryCounts }[]): ChartCategory[] {
  return CHART_CATEGORIES.filter((c) => rows.some((r) => r.counts[c] > 0));
}

interface Described {
  title: string;
  date: string;
  notes: string[];
  alt: string;
  table: ChartTable;
}

function describe(numbers: ChartNumbers, context: Context): Described {
  switch (numbers.kind) {
    case 'by-mineral':
      return describeByMineral(numbers.rows, context);
    case 'over-time':
      return describeOverTime(numbers.overTime, context);
    case 'distance':
      return describeDistance(numbers.bands, context);
    case 'locator':
      return describeLocator(numbers.locator, context);
  }
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

function mineralNames({ i18n, view }: Context): string {
  return view.filters.minerals.map((m) => i18n.mineral(m)).join(', ');
}

function statusDate({ i18n, text, selection }: Context): string {
  if (selection.date === null || selection.latest === null) return text('date.none');
  return text('date.status', { date: i18n.date(selection.date), latest: i18n.date(selection.latest) });
}

function describeByMineral(rows: MineralRow[], context: Context): Described {
  const { i18n, text, view } = context;
  const categories = usedCategories(rows);
  const all = rows[0]!;
  const parts = categories.map((c) => text('alt.part', { label: categoryLabel(text, c), count: i18n.number(all.counts[c]) }));
  return {
    title: view.filters.minerals.length > 0 ? text('title.by-mineral.minerals', { minerals: mineralNames(context) }) : text('title.by-mineral'),
    date: statusDate(context),
    notes: rows.length > 2 ? [text('note.multiMineral')] : [],
    alt: text('alt.by-mineral', { total: i18n.number(all.total), date: dateOrLatest(context), parts: parts.join(', ') }),
    table: {
      header: [
        text('table.mineral'),
        text('table.total'),
        ...categories.flatMap((c) => [text('table.count', { category: categoryLabel(text, c) }), text('table.share', { category: categoryLabel(text, c) })]),
      ],
      columns: ['text', 'count', ...categories.flatMap((): ColumnKind[] => ['count', 'share'])],
      rows: rows.map((r) => [
        seriesLabel(context, r.key),
        r.total,
        ...categories.flatMap((c) => [r.counts[c], round4(shareOf(r.counts[c], r.total))]),
      ]),
    },
  };
}

function dateOrLatest({ i18n, selection }: Context): string {
  return selection.date === null ? '—' : i18n.date(selection.date);
}

function describeOverTime(overTime: OverTime | null, context: Context): Described {
  const { i18n, text, view } = context;
  const title = view.filters.minerals.length > 0 ? text('title.over-time.minerals', { minerals: mineralNames(context) }) : text('title.over-time');
  if (overTime === null) {
    return { title, date: text('date.none'), notes: [], alt: text('date.none'), table: { header: [text('table.date')], columns: ['date'], rows: [] } };
  }
  const { dates, series } = overTime;
  const last = dates.length - 1;
  const alt = series
    .map((s) =>
      text('alt.over-time', {
        start: i18n.date(dates[0]!),
        end: i18n.date(dates[last]!),
        first: i18n.number(s.occupied[0]!),
        last: i18n.number(s.occupied[last]!),
        total: i18n.number(s.total),
        series: seriesLabel(context, s.key),
      }),
    )
    .join(' ');
  const uncertain = series.some((s) => s.possibly.some((p, i) => p !== s.occupied[i]));
  return {
    title,
    date: text('date.range', { from: i18n.date(dates[0]!), to: i18n.date(dates[last]!) }),
    notes: uncertain ? [text('note.possibly')] : [],
    alt,
    table: {
      header: [
        text('table.date'),
        ...series.flatMap((s) => [
          text('table.occupiedOf', { series: seriesLabel(context, s.key) }),
          text('table.possiblyOf', { series: seriesLabel(context, s.key) }),
        ]),
      ],
      columns: ['date', ...series.flatMap((): ColumnKind[] => ['count', 'count'])],
      rows: dates.map((date, i) => [date, ...series.flatMap((s) => [s.occupied[i]!, s.possibly[i]!])]),
    },
  };
}

function describeDistance(bands: DistanceBands, context: Context): Described {
  const { i18n, text, selection } = context;
  const used = DISTANCE_BANDS.filter((b) => bands.counts[b] > 0 || b !== 'unknown');
  const parts = used.map((b) => text('alt.part', { label: text(`band.${b}`), count: i18n.number(bands.counts[b]) }));
  let date = text('date.none');
  if (bands.date !== null) {
    date =
      bands.otherDate && selection.date !== null
        ? text('date.distanceOther', { date: i18n.date(selection.date), latest: i18n.date(bands.date) })
        : text('date.distance', { date: i18n.date(bands.date) });
  }
  return {
    title: text('title.distance'),
    date,
    notes: [],
    alt: text('alt.distance', { total: i18n.number(bands.total), date: bands.date === null ? '—' : i18n.date(bands.date), parts: parts.join(', ') }),
    table: {
      header: [text('table.band'), text('table.deposits'), text('table.share', { category: text('table.deposits') })],
      columns: ['text', 'count', 'share'],
      rows: used.map((b) => [text(`band.${b}`), bands.counts[b], round4(shareOf(bands.counts[b], bands.total))]),
    },
  };
}

function describeLocator(locator: Locator, context: Context): Described {
  const { i18n, text } = context;
  const counts = new Map<ChartCategory, number>();
  for (const p of locator.points) counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
  const parts = CHART_CATEGORIES.filter((c) => counts.has(c)).map((c) =>
    text('alt.part', { label: categoryLabel(text, c), count: i18n.number(counts.get(c)!) }),
  );
  return {
    title: locator.single !== null ? text('title.locator.single', { name: locator.single.name }) : text('title.locator'),
    date: statusDate(context),
    notes: locator.unlocated > 0 ? [text('note.unlocated', { count: i18n.number(locator.unlocated) })] : [],
    alt: text('alt.locator', { count: i18n.number(locator.points.length), parts: parts.join(', ') }),
    table: {
      header: [text('table.name'), text('table.category'), text('table.lat'), text('table.lon')],
      columns: ['text', 'text', 'coordinate', 'coordinate'],
      rows: locator.points.map((p) => [p.name, categoryLabel(text, p.category), p.lat, p.lon]),
    },
  };
}

function subtitleOf({ i18n, text, selection, view }: Context): string[] {
  const f = view.filters;
  const parts: string[] = [];
  if (f.minerals.length > 0) parts.push(f.minerals.map((m) => i18n.mineral(m)).join(', '));
  if (f.status !== null) parts.push(text('filter.status', { status: i18n.t(`status.${f.status}`) }));
  if (f.occupiedBefore2022 !== null) {
    parts.push(text('filter.before2022', { value: i18n.t(f.occupiedBefore2022 ? 'value.yes' : 'value.no') }));
  }
  if (f.oblast !== null) parts.push(text('filter.oblast', { oblast: i18n.oblast(f.oblast) }));
  if (f.dataset !== null) parts.push(text('filter.dataset', { dataset: i18n.t(`dataset.${f.dataset}`) }));
  if (f.devStatus !== null) parts.push(text('filter.devStatus', { devStatus: i18n.t(`devStatus.${f.devStatus}`) }));
  if (f.distanceMin !== null || f.distanceMax !== null) {
    parts.push(text('filter.distance', { from: f.distanceMin ?? '−∞', to: f.distanceMax ?? '∞' }));
  }
  if (f.query.trim() !== '') parts.push(text('filter.query', { query: f.query.trim() }));
  const lines = [text('matching', { deposits: i18n.plural('results', selection.count) })];
  if (parts.length > 0) lines.push(text('filters', { filters: parts.join('; ') }));
  return lines;
}

function sourceLine({ text, selection }: Context, occupationSource: string | null): string {
  const datasets = datasetsOf(selection).map((d) => text(`source.${d}`));
  return text('source', {
    datasets: datasets.length > 0 ? datasets.join('; ') : text('source.nothing'),
    occupation: occupationCitation(occupationSource) ?? text('source.noOccupation'),
  });
}
