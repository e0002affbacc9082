// Chart 1, deposits by mineral and status on the view's date: one row for all matching deposits (each counted
// once, so it adds up to the explorer's result count), then one row per mineral (a deposit with two of the
// minerals is in both rows).

import type { MineralId } from '../minerals.ts';
import { categoryOf, emptyCounts, type CategoryCounts } from './categories.ts';
import type { ChartSelection } from './selection.ts';

/** Rows shown for the minerals when the view picks none: the most frequent among the matching deposits. */
export const MAX_MINERAL_ROWS = 8;

export interface MineralRow {
  /** 'all' is every matching deposit, once. */
  key: MineralId | 'all';
  total: number;
  counts: CategoryCounts;
}

/** `minerals` are the view's chosen minerals; with none, the MAX_MINERAL_ROWS most frequent (ties by id). */
export function depositsByMineral(selection: ChartSelection, minerals: readonly MineralId[]): MineralRow[] {
  const { deposits, statuses, visible } = selection;
  const all: MineralRow = { key: 'all', total: 0, counts: emptyCounts() };
  const rows = new Map<MineralId, MineralRow>();
  const wanted = minerals.length > 0 ? new Set(minerals) : null;
  for (const id of minerals) rows.set(id, { key: id, total: 0, counts: emptyCounts() });
  for (let i = 0; i < deposits.length; i++) {
    if (visible[i] !== 1) continue;
    const d = deposits[i]!;
    const category = categoryOf(d, statuses[i]!);
    all.total++;
    all.counts[category]++;
    for (const m of d.minerals) {
      if (wanted !== null && !wanted.has(m)) continue;
      let row = rows.get(m);
      if (row === undefined) {
        row = { key: m, total: 0, counts: emptyCounts() };
        rows.set(m, row);
      }
      row.total++;
      row.counts[category]++;
    }
  }
  const mineralRows = [...rows.values()];
  if (wanted === null) {
    mineralRows.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
    mineralRows.length = Math.min(mineralRows.length, MAX_MINERAL_ROWS);
  }
  return [all, ...mineralRows];
}

/** A count as a share of its row, 0 for an empty row. */
export function shareOf(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}
