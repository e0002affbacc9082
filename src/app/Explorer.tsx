// The explorer: derives everything the view shows from the data and the URL state. It renders before the data is
// in, so that the map loads its base map while the deposits download.

import { useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { mineralClassOf } from '../core/explorer/compact.ts';
import { filterDeposits, NO_FILTERS, type ExplorerFilters } from '../core/explorer/filter.ts';
import { HISTORY_START, statusesAt } from '../core/explorer/statusAt.ts';
import type { ExplorerData } from '../core/explorer/types.ts';
import type { MineralId } from '../core/minerals.ts';
import { buildSearchKeys } from '../core/search.ts';
import { DateControl } from './components/DateControl.tsx';
import { Downloads } from './components/Downloads.tsx';
import { EmbedDialog } from './components/EmbedDialog.tsx';
import { FiltersPanel } from './components/FiltersPanel.tsx';
import { MapView } from './components/MapView.tsx';
import { RecordPanel } from './components/RecordPanel.tsx';
import { ResultTable } from './components/ResultTable.tsx';
import type { DataSource } from './data/source.ts';
import { useI18n } from './i18n/I18nContext.tsx';
import type { MapPoint, OccupationLayer } from './map/types.ts';
import { clampDate } from './state/dates.ts';
import type { ViewState } from './state/url.ts';
import { displayName, orderBy, orderByDistance, orderByStatus, rowsInOrder } from './table/sortRows.ts';

interface ExplorerProps {
  /** Null until the data is in. */
  data: ExplorerData | null;
  /** Why the data could not be loaded. */
  loadError: string | null;
  source: DataSource;
  view: ViewState;
  setView(update: (view: ViewState) => ViewState): void;
  /**
   * The page header, given how many matching deposits count (null until the data is in) and how many in all, by the
   * rule in core/explorer/filter.ts.
   */
  header(count: number | null, total: number | null): ReactNode;
}

const NO_DATA: ExplorerData = { schema: 1, asOf: null, occupationSource: null, deposits: [] };

/** What is computed once per data set. */
function prepare(data: ExplorerData) {
  const minerals = new Map<MineralId, number>();
  for (const d of data.deposits) for (const m of d.minerals) minerals.set(m, (minerals.get(m) ?? 0) + 1);
  // Search keys take half a second at 300,000 deposits: made at the first search, not at start.
  let searchKeys: string[] | null = null;
  // The ids of records that linking joined into another deposit, to that deposit's id: old permalinks still resolve.
  const currentIds = new Map<string, string>();
  let total = 0;
  for (const d of data.deposits) {
    for (const alias of d.aliases) currentIds.set(alias, d.id);
    if (d.counted) total++;
  }
  return {
    searchKeys: () => (searchKeys ??= buildSearchKeys(data.deposits)),
    indexById: new Map(data.deposits.map((d, i) => [d.id, i])),
    currentIds,
    /** Every deposit the totals count (filter.ts states the rule). */
    total,
    points: data.deposits.map((d): MapPoint | null =>
      d.lat === null || d.lon === null ? null : { lon: d.lon, lat: d.lat, mineralClass: mineralClassOf(d.minerals), devStatus: d.devStatus },
    ),
    minerals,
  };
}

export function Explorer({ data, loadError, source, view, setView, header }: ExplorerProps) {
  const i18n = useI18n();
  const { deposits, asOf } = data ?? NO_DATA;
  const prepared = useMemo(() => prepare(data ?? NO_DATA), [data]);

  const date = asOf === null ? null : clampDate(view.date ?? asOf, HISTORY_START, asOf);
  const statuses = useMemo(() => statusesAt(deposits, date), [deposits, date]);
  const latestDistances = useMemo(() => deposits.map((d) => d.distanceKm), [deposits]);
  const measured = useDistances(source, date === asOf ? null : date);
  const distances = measured?.values ?? latestDistances;
  const distancesDate = measured?.date ?? asOf;
  const filters = useDeferredValue(view.filters);
  const { visible, kept, count } = useMemo(
    () =>
      filterDeposits(
        { deposits, statuses, distances, searchKeys: filters.query.trim() === '' ? [] : prepared.searchKeys() },
        filters,
      ),
    [deposits, statuses, distances, prepared, filters],
  );

  const sortKey = view.sort?.key ?? null;
  const keyOrder = useMemo(
    () => (sortKey === null || sortKey === 'status' || sortKey === 'distance' ? null : orderBy(sortKey, deposits, i18n)),
    [sortKey, deposits, i18n],
  );
  const statusOrder = useMemo(() => (sortKey === 'status' ? orderByStatus(statuses) : null), [sortKey, statuses]);
  const distanceOrder = useMemo(() => (sortKey === 'distance' ? orderByDistance(distances) : null), [sortKey, distances]);
  const rows = useMemo(
    () => rowsInOrder(keyOrder ?? statusOrder ?? distanceOrder, visible, kept, view.sort),
    [keyOrder, statusOrder, distanceOrder, visible, kept, view.sort],
  );

  // A permalink to a record that linking has since joined into another deposit opens that deposit, and the URL is
  // rewritten to its id.
  const id = view.id === null || prepared.indexById.has(view.id) ? view.id : (prepared.currentIds.get(view.id) ?? view.id);
  useEffect(() => {
    if (id !== view.id) setView((v) => (v.id === view.id ? { ...v, id } : v));
  }, [id, view.id, setView]);

  const selected = id === null ? null : (prepared.indexById.get(id) ?? null);
  const select = (index: number | null) => setView((v) => ({ ...v, id: index === null ? null : deposits[index]!.id }));
  const setFilters = (update: Partial<ExplorerFilters>) => setView((v) => ({ ...v, filters: { ...v.filters, ...update } }));

  const occupation = useOccupation(source, date);

  return (
    <>
      {header(data === null ? null : count, data === null ? null : prepared.total)}
      <main className="explorer">
        <div className="sidebar">
          {data === null ? (
            <LoadStatus error={loadError} />
          ) : (
            <>
              <FiltersPanel
                filters={view.filters}
                minerals={prepared.minerals}
                distancesAsOf={distancesDate}
                distancesLatest={distancesDate === asOf}
                onChange={setFilters}
                onClear={() => setView((v) => ({ ...v, filters: NO_FILTERS }))}
              />
              <Downloads source={source} deposits={deposits} rows={rows} statuses={statuses} distances={distances} date={date} />
              <EmbedDialog data={data} view={view} />
            </>
          )}
        </div>
        <div className="main-view">
          {data === null ? null : date !== null && asOf !== null ? (
            <DateControl
              date={date}
              latest={asOf}
              onChange={(next) => setView((v) => ({ ...v, date: next }))}
              line={occupation.current ? (occupation.layer?.attribution ?? null) : undefined}
            />
          ) : (
            <p className="no-history">{i18n.t('date.noHistory')}</p>
          )}
          <MapView
            points={data === null ? null : prepared.points}
            visible={visible}
            statuses={statuses}
            occupation={occupation.layer}
            selected={selected}
            onSelect={select}
          />
          {data !== null && (
            <ResultTable
              deposits={deposits}
              rows={rows}
              statuses={statuses}
              distances={distances}
              sort={view.sort}
              onSort={(sort) => setView((v) => ({ ...v, sort }))}
              selected={selected}
              onSelect={select}
            />
          )}
        </div>
        {data !== null && id !== null && (
          <RecordPanel
            id={id}
            nameOf={(other) => {
              const index = prepared.indexById.get(other);
              return index === undefined ? other : displayName(deposits[index]!, i18n.language);
            }}
            source={source}
            date={date}
            status={selected === null ? null : statuses[selected]!}
            distance={selected === null || distancesDate !== date ? undefined : distances[selected]!}
            onClose={() => select(null)}
          />
        )}
      </main>
    </>
  );
}

function LoadStatus({ error }: { error: string | null }) {
  const i18n = useI18n();
  if (error !== null) return <p role="alert">{i18n.t('app.loadError', { message: error })}</p>;
  return <p role="status">{i18n.t('app.loading')}</p>;
}

/**
 * Each deposit's distance to the line on a past date (null for the latest, whose distances the data carries), and
 * the date they were measured for. While a date's distances are measured the previous date's stay, so that playback
 * does not flip the distance filter back to the latest line at every step; `date` always says which line they are to.
 */
function useDistances(source: DataSource, date: string | null): { date: string; values: (number | null)[] } | null {
  const [measured, setMeasured] = useState<{ date: string; values: (number | null)[] } | null>(null);
  useEffect(() => {
    if (date === null) return;
    let current = true;
    source.distances(date).then(
      (values) => current && values !== null && setMeasured({ date, values }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [source, date]);
  return date === null ? null : measured;
}

/**
 * The occupied areas on the date, or null when there are none. While a date's areas load the previous ones stay
 * (so playback does not flash an empty map), and `current` is false.
 */
function useOccupation(source: DataSource, date: string | null): { layer: OccupationLayer | null; current: boolean } {
  const [loaded, setLoaded] = useState<{ date: string; layer: OccupationLayer | null } | null>(null);
  useEffect(() => {
    if (date === null) return;
    let current = true;
    source.occupation(date).then(
      (layer) => current && setLoaded({ date, layer }),
      () => current && setLoaded({ date, layer: null }),
    );
    return () => {
      current = false;
    };
  }, [source, date]);
  if (date === null) return { layer: null, current: true };
  return { layer: loaded?.layer ?? null, current: loaded?.date === date };
}
