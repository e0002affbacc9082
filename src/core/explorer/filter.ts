// Which deposits the explorer's filters keep, and how many of them count. Runs on every filter change over up to
// 300,000 deposits, so it writes into one byte array and checks the cheap conditions first.
//
// Counting rule: the count is the number of kept deposits that are `counted` (countsInTotals in
// src/core/linking/counting.ts). A district point that holds deposits of its own is kept, so it stays on the map and
// in the table, but it is never counted, whether or not the filters keep the deposits it holds: those deposits are
// the ones the totals count. Every chart counts with this rule too (src/core/charts/selection.ts).

import type { Dataset, DevStatusId, OccupationStatus } from '../deposit.ts';
import type { MineralId } from '../minerals.ts';
import { queryMatcher } from '../search.ts';
import type { ExplorerDeposit } from './types.ts';

export interface ExplorerFilters {
  /** Deposits with any of these minerals; empty keeps all. */
  minerals: readonly MineralId[];
  /** Status on the selected date. */
  status: OccupationStatus | null;
  occupiedBefore2022: boolean | null;
  oblast: string | null;
  dataset: Dataset | null;
  devStatus: DevStatusId | null;
  /** Distance to the line in km, inclusive; a bound leaves out deposits whose distance is not known. */
  distanceMin: number | null;
  distanceMax: number | null;
  query: string;
}

export const NO_FILTERS: ExplorerFilters = Object.freeze({
  minerals: [],
  status: null,
  occupiedBefore2022: null,
  oblast: null,
  dataset: null,
  devStatus: null,
  distanceMin: null,
  distanceMax: null,
  query: '',
});

export interface FilterInput {
  deposits: readonly ExplorerDeposit[];
  /** Each deposit's status on the selected date. */
  statuses: readonly OccupationStatus[];
  /** Each deposit's distance to the line on the selected date where measured; without it, the latest date's. */
  distances?: readonly (number | null)[] | null;
  /** Each deposit's search key (core/search.ts buildSearchKeys); read only when the query has words. */
  searchKeys: readonly string[];
}

export interface FilterResult {
  /** 1 where the deposit is kept, by index: shown on the map and in the table. */
  visible: Uint8Array;
  /** How many deposits are kept: the table's rows. */
  kept: number;
  /** How many of the kept deposits are counted: the result count. */
  count: number;
}

export function filterDeposits({ deposits, statuses, distances, searchKeys }: FilterInput, filters: ExplorerFilters): FilterResult {
  const minerals = filters.minerals.length > 0 ? new Set<string>(filters.minerals) : null;
  const match = queryMatcher(filters.query);
  const { status, occupiedBefore2022, oblast, dataset, devStatus, distanceMin, distanceMax } = filters;
  const hasDistance = distanceMin !== null || distanceMax !== null;
  const visible = new Uint8Array(deposits.length);
  let kept = 0;
  let count = 0;
  for (let i = 0; i < deposits.length; i++) {
    const d = deposits[i]!;
    if (status !== null && statuses[i] !== status) continue;
    if (oblast !== null && d.oblast !== oblast) continue;
    if (devStatus !== null && d.devStatus !== devStatus) continue;
    if (occupiedBefore2022 !== null && d.occupiedBefore2022 !== occupiedBefore2022) continue;
    if (dataset !== null && !d.datasets.includes(dataset)) continue;
    if (hasDistance && !withinDistance(distances ? distances[i]! : d.distanceKm, distanceMin, distanceMax)) continue;
    if (minerals !== null && !d.minerals.some((m) => minerals.has(m))) continue;
    if (match !== null && !match(searchKeys[i]!)) continue;
    visible[i] = 1;
    kept++;
    if (d.counted) count++;
  }
  return { visible, kept, count };
}

function withinDistance(km: number | null, min: number | null, max: number | null): boolean {
  if (km === null) return false;
  return (min === null || km >= min) && (max === null || km <= max);
}
