// Chart 2, under occupation over time: for each chosen mineral (or for all matching deposits when none is chosen),
// how many of the deposits the view selects were occupied on each date from the full-scale invasion to the latest
// snapshot.
//
// A deposit's status on a date is statusAt's (the latest snapshot on or before the date), so on the view's date the
// series equals the explorer's count of occupied deposits. The count changes only on the second date of a change's
// bracket, which is always a snapshot date: evaluating the series there (and at both ends) gives its value at every
// snapshot date without loading the history.
//
// Within a bracket the change happened on an unknown day. `possibly` adds, over a bracket that ends in occupation,
// the deposits that may already have been occupied: that is how the spring-2022 occupations around Kyiv, Chernihiv
// and Sumy show (both changes, to occupied and back, lie between the 2022-02-23 baseline and 2022-04-03).

import type { OccupationStatus } from '../deposit.ts';
import { statusAt, statusBeforeChanges } from '../explorer/statusAt.ts';
import type { ExplorerDeposit } from '../explorer/types.ts';
import type { MineralId } from '../minerals.ts';
import type { ChartSelection } from './selection.ts';

/** The first day of the full-scale invasion: where the chart starts. */
export const INVASION_DATE = '2022-02-24';

export interface OverTimeSeries {
  key: MineralId | 'all';
  /** Deposits in the series: the matching deposits with the mineral. */
  total: number;
  /** Occupied on each of `dates`. */
  occupied: number[];
  /** Occupied, or possibly occupied within a change's bracket, on each of `dates` (never less than `occupied`). */
  possibly: number[];
}

export interface OverTime {
  /** Sorted, distinct: the start, every date the counts change, and the latest snapshot date. */
  dates: string[];
  series: OverTimeSeries[];
}

interface Events {
  startOccupied: number;
  startPossibly: number;
  /** Date → change of `occupied` and of the extra `possibly` count from that date on. */
  occupied: Map<string, number>;
  possibly: Map<string, number>;
}

const add = (events: Map<string, number>, date: string, delta: number) => events.set(date, (events.get(date) ?? 0) + delta);

function depositEvents(d: ExplorerDeposit, start: string, end: string, into: Events): void {
  if (statusAt(d, start) === 'occupied') into.startOccupied++;
  let previous: OccupationStatus = statusBeforeChanges(d);
  for (const { to, between } of d.changes) {
    const [from, until] = between;
    if (until > start && until <= end && (previous === 'occupied') !== (to === 'occupied')) {
      add(into.occupied, until, to === 'occupied' ? 1 : -1);
    }
    if (to === 'occupied' && previous !== 'occupied' && until > start && from <= end) {
      if (from <= start) into.startPossibly++;
      else add(into.possibly, from, 1);
      if (until <= end) add(into.possibly, until, -1);
    }
    previous = to;
  }
}

/**
 * `minerals`: the view's chosen minerals, one series each; none gives one series of all matching deposits. Null
 * when the data has no occupation history.
 */
export function occupiedOverTime(selection: ChartSelection, minerals: readonly MineralId[]): OverTime | null {
  const end = selection.latest;
  if (end === null) return null;
  const start = INVASION_DATE < end ? INVASION_DATE : end;
  const keys: (MineralId | 'all')[] = minerals.length > 0 ? [...minerals] : ['all'];
  const events = keys.map((): Events => ({ startOccupied: 0, startPossibly: 0, occupied: new Map(), possibly: new Map() }));
  const totals = keys.map(() => 0);
  const { deposits, visible } = selection;
  for (let i = 0; i < deposits.length; i++) {
    if (visible[i] !== 1) continue;
    const d = deposits[i]!;
    keys.forEach((key, k) => {
      if (key !== 'all' && !d.minerals.includes(key)) return;
      totals[k]!++;
      depositEvents(d, start, end, events[k]!);
    });
  }
  const dateSet = new Set<string>([start, end]);
  for (const e of events) for (const map of [e.occupied, e.possibly]) for (const date of map.keys()) dateSet.add(date);
  const dates = [...dateSet].sort();
  const series = keys.map((key, k): OverTimeSeries => {
    const e = events[k]!;
    let occupied = e.startOccupied;
    let extra = e.startPossibly;
    const occupiedAt: number[] = [];
    const possiblyAt: number[] = [];
    for (const date of dates) {
      if (date !== start) {
        occupied += e.occupied.get(date) ?? 0;
        extra += e.possibly.get(date) ?? 0;
      }
      occupiedAt.push(occupied);
      possiblyAt.push(occupied + extra);
    }
    return { key, total: totals[k]!, occupied: occupiedAt, possibly: possiblyAt };
  });
  return { dates, series };
}

/** The series' value on a date: that of the last of `dates` on or before it. */
export function valueOn(overTime: OverTime, values: readonly number[], date: string): number | null {
  let found: number | null = null;
  for (let i = 0; i < overTime.dates.length && overTime.dates[i]! <= date; i++) found = values[i]!;
  return found;
}
