// @vitest-environment node
// Chart 1's numbers on the real fixture deposits with the real occupation history (enrichedFixture.ts), checked
// against the explorer's own count (statusesAt + filterDeposits, called here directly).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { depositsByMineral, MAX_MINERAL_ROWS, shareOf } from '../../../src/core/charts/byMineral.ts';
import { CHART_CATEGORIES } from '../../../src/core/charts/categories.ts';
import { selectDeposits } from '../../../src/core/charts/selection.ts';
import { filterDeposits, NO_FILTERS, type ExplorerFilters } from '../../../src/core/explorer/filter.ts';
import { statusesAt } from '../../../src/core/explorer/statusAt.ts';
import { buildSearchKeys } from '../../../src/core/search.ts';
import { enrichedExplorerData } from './enrichedFixture.ts';
import { arbitraryView } from './views.ts';

const data = enrichedExplorerData();
const keys = () => buildSearchKeys(data.deposits);

function explorerCount(filters: ExplorerFilters, date: string | null): number {
  const statuses = statusesAt(data.deposits, date ?? data.asOf);
  return filterDeposits({ deposits: data.deposits, statuses, searchKeys: keys() }, filters).count;
}

describe('deposits by mineral and status', () => {
  it('counts the 52 fixture deposits on the latest date as the history places them', () => {
    const [all] = depositsByMineral(selectDeposits(data, NO_FILTERS, null, keys), []);
    expect(all!.key).toBe('all');
    expect(all!.total).toBe(52);
    expect(all!.counts).toEqual({
      occupied: 7,
      contested: 0,
      'occupied-before-2022': 1,
      'not-occupied': 21,
      unlocated: 19,
      'outside-ukraine': 4,
      unknown: 0,
    });
  });

  it('finds nothing occupied on 1 March 2022 but the pre-2022 area: the first snapshot after the baseline is 3 April', () => {
    const [all] = depositsByMineral(selectDeposits(data, NO_FILTERS, '2022-03-01', keys), []);
    expect(all!.counts.occupied).toBe(0);
    expect(all!.counts['occupied-before-2022']).toBe(1);
    expect(all!.counts['not-occupied']).toBe(28);
  });

  it('gives one row per chosen mineral, in the chosen order, after the row of all deposits', () => {
    const filters = { ...NO_FILTERS, minerals: ['graphite', 'lithium'] as const };
    const rows = depositsByMineral(selectDeposits(data, { ...filters, minerals: [...filters.minerals] }, null, keys), [...filters.minerals]);
    expect(rows.map((r) => r.key)).toEqual(['all', 'graphite', 'lithium']);
    const graphite = data.deposits.filter((d) => d.minerals.includes('graphite')).length;
    expect(rows[1]!.total).toBe(graphite);
  });

  it('shows the most frequent minerals when none is chosen, at most MAX_MINERAL_ROWS', () => {
    const rows = depositsByMineral(selectDeposits(data, NO_FILTERS, null, keys), []);
    expect(rows.length).toBe(1 + MAX_MINERAL_ROWS);
    const totals = rows.slice(1).map((r) => r.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  });

  it('adds up to the explorer’s result count for any view, and each mineral row to its deposits', () => {
    fc.assert(
      fc.property(arbitraryView(data), ({ filters, date }) => {
        const selection = selectDeposits(data, filters, date, keys);
        const rows = depositsByMineral(selection, filters.minerals);
        const [all, ...minerals] = rows;
        expect(all!.total).toBe(explorerCount(filters, selection.date));
        expect(all!.total).toBe(selection.count);
        for (const row of rows) expect(CHART_CATEGORIES.reduce((sum, c) => sum + row.counts[c], 0)).toBe(row.total);
        for (const row of minerals) {
          const withMineral = data.deposits.filter((d, i) => selection.visible[i] === 1 && d.minerals.includes(row.key as never)).length;
          expect(row.total).toBe(withMineral);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives shares of the row, 0 for an empty row', () => {
    expect(shareOf(7, 28)).toBe(0.25);
    expect(shareOf(0, 0)).toBe(0);
  });
});
