// The deposits a chart counts: exactly those the explorer's result count counts for the same view, found with the
// same code (statusesAt for the date, filterDeposits for the filters), so a chart's total is the explorer's result
// count. A district that holds deposits is listed in the explorer's table but not counted (filter.ts), so it is left
// out of the selection: a chart never shows it beside the deposits it holds.

import type { OccupationStatus } from '../deposit.ts';
import { filterDeposits, type ExplorerFilters } from '../explorer/filter.ts';
import { distancesAt, type LineInputs } from './distancesAt.ts';
import { HISTORY_START, statusesAt } from '../explorer/statusAt.ts';
import type { ExplorerData, ExplorerDeposit } from '../explorer/types.ts';

export interface ChartSelection {
  deposits: readonly ExplorerDeposit[];
  /** The date the statuses are for, within the history; null when the data has no occupation history. */
  date: string | null;
  /** The latest date of the history (the data's asOf). */
  latest: string | null;
  statuses: readonly OccupationStatus[];
  /**
   * Each deposit's distance to the line on `date`, measured when a line is given and the date is not the latest;
   * null otherwise: the latest date's, as the data carries them.
   */
  distances: readonly (number | null)[] | null;
  /** 1 where the deposit is kept and counted, by index. */
  visible: Uint8Array;
  /** The number of ones in `visible`. */
  count: number;
}

/** The explorer's date for a requested one: the latest when none is asked for, kept within the history. */
export function viewDate(requested: string | null, latest: string | null): string | null {
  if (latest === null) return null;
  const date = requested ?? latest;
  return date < HISTORY_START ? HISTORY_START : date > latest ? latest : date;
}

/**
 * `searchKeys` is called only when the query has words (building the keys costs time at 300,000 deposits). With
 * `line`, distances at a past date are measured, as the explorer measures them for its distance filter.
 */
export function selectDeposits(
  data: ExplorerData,
  filters: ExplorerFilters,
  requestedDate: string | null,
  searchKeys: () => readonly string[],
  line: LineInputs | null = null,
): ChartSelection {
  const date = viewDate(requestedDate, data.asOf);
  const statuses = statusesAt(data.deposits, date);
  const distances = line && date !== null && date !== data.asOf ? distancesAt(line.history, line.land, data.deposits, date) : null;
  const keys = filters.query.trim() === '' ? [] : searchKeys();
  const { visible, count } = filterDeposits({ deposits: data.deposits, statuses, distances, searchKeys: keys }, filters);
  for (let i = 0; i < visible.length; i++) if (visible[i] === 1 && !data.deposits[i]!.counted) visible[i] = 0;
  return { deposits: data.deposits, date, latest: data.asOf, statuses, distances, visible, count };
}
