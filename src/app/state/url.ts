// The view is the URL: every filter, the date, the sort, the language and the selected deposit live in the query
// string, so a link reproduces what its sender saw. Parsing accepts anything and keeps only what it understands;
// serialising writes only what differs from the defaults, in a fixed order, so one view has one URL.

import { DATASETS, type Dataset, type DevStatusId, type OccupationStatus } from '../../core/deposit.ts';
import { NO_FILTERS, type ExplorerFilters } from '../../core/explorer/filter.ts';
import { isMineralId, type MineralId } from '../../core/minerals.ts';
import { oblastByCode } from '../../core/oblasts.ts';

export type Language = 'en' | 'uk';
export const LANGUAGES: readonly Language[] = ['en', 'uk'];

export type SortKey = 'name' | 'minerals' | 'oblast' | 'status' | 'distance';
export const SORT_KEYS: readonly SortKey[] = ['name', 'minerals', 'oblast', 'status', 'distance'];

export interface Sort {
  key: SortKey;
  descending: boolean;
}

export const STATUSES: readonly OccupationStatus[] = ['occupied', 'contested', 'not-occupied', 'not-applicable', 'unknown'];
export const DEV_STATUSES: readonly DevStatusId[] = [
  'producer', 'past-producer', 'developed', 'explored', 'prospect', 'occurrence', 'unknown',
];

export interface ViewState {
  filters: ExplorerFilters;
  /** YYYY-MM-DD; null is the latest date of the history. */
  date: string | null;
  /** Null keeps the data's order (by id), which costs nothing to show at any size. */
  sort: Sort | null;
  language: Language;
  /** The selected deposit's id. */
  id: string | null;
}

export const DEFAULT_VIEW: ViewState = Object.freeze({
  filters: NO_FILTERS,
  date: null,
  sort: null,
  language: 'en',
  id: null,
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LIST = ',';

export function isIsoDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

function oneOf<T extends string>(values: readonly T[], text: string | null): T | null {
  return text !== null && (values as readonly string[]).includes(text) ? (text as T) : null;
}

function number(text: string | null): number | null {
  if (text === null || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function boolean(text: string | null): boolean | null {
  return text === 'yes' ? true : text === 'no' ? false : null;
}

function minerals(text: string | null): MineralId[] {
  if (text === null) return [];
  const ids = text.split(LIST).filter(isMineralId);
  return [...new Set(ids)].sort();
}

function sort(text: string | null): Sort | null {
  if (text === null) return null;
  const descending = text.startsWith('-');
  const key = oneOf(SORT_KEYS, descending ? text.slice(1) : text);
  return key === null ? null : { key, descending };
}

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name);
  const oblast = get('oblast');
  const date = get('date');
  const id = get('id');
  return {
    filters: {
      minerals: minerals(get('minerals')),
      status: oneOf(STATUSES, get('status')),
      occupiedBefore2022: boolean(get('before2022')),
      oblast: oblast !== null && oblastByCode(oblast) !== null ? oblast : null,
      dataset: oneOf<Dataset>(DATASETS, get('dataset')),
      devStatus: oneOf(DEV_STATUSES, get('devStatus')),
      distanceMin: number(get('distanceMin')),
      distanceMax: number(get('distanceMax')),
      query: get('q') ?? '',
    },
    date: date !== null && isIsoDate(date) ? date : null,
    sort: sort(get('sort')),
    language: oneOf(LANGUAGES, get('lang')) ?? DEFAULT_VIEW.language,
    id: id !== null && id !== '' ? id : null,
  };
}

// Commas stay readable in lists (minerals=lithium,graphite); URLSearchParams reads them either way.
function encode(value: string): string {
  return encodeURIComponent(value).replaceAll('%2C', ',');
}

/** The query string of a view, with its leading '?', or '' for the default view. */
export function serialiseView(view: ViewState): string {
  const { filters: f } = view;
  const pairs: [string, string | null][] = [
    ['minerals', f.minerals.length > 0 ? [...new Set(f.minerals)].sort().join(LIST) : null],
    ['status', f.status],
    ['before2022', f.occupiedBefore2022 === null ? null : f.occupiedBefore2022 ? 'yes' : 'no'],
    ['oblast', f.oblast],
    ['dataset', f.dataset],
    ['devStatus', f.devStatus],
    ['distanceMin', f.distanceMin === null ? null : String(f.distanceMin)],
    ['distanceMax', f.distanceMax === null ? null : String(f.distanceMax)],
    ['q', f.query === '' ? null : f.query],
    ['date', view.date],
    ['sort', view.sort === null ? null : `${view.sort.descending ? '-' : ''}${view.sort.key}`],
    ['lang', view.language === DEFAULT_VIEW.language ? null : view.language],
    ['id', view.id],
  ];
  const query = pairs.flatMap(([name, value]) => (value === null ? [] : [`${name}=${encode(value)}`])).join('&');
  return query === '' ? '' : `?${query}`;
}
