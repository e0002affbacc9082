// @vitest-environment node
// Chart 2's series on the real fixture deposits and the real occupation history (enrichedFixture.ts).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVASION_DATE, occupiedOverTime, valueOn } from '../../../src/core/charts/overTime.ts';
import { selectDeposits } from '../../../src/core/charts/selection.ts';
import { NO_FILTERS } from '../../../src/core/explorer/filter.ts';
import type { ExplorerData } from '../../../src/core/explorer/types.ts';
import { buildSearchKeys } from '../../../src/core/search.ts';
import { enrichedExplorerData, PRIPYAT, SHEVCHENKIVSKE } from './enrichedFixture.ts';
import { arbitraryView } from './views.ts';

const data = enrichedExplorerData();
const keys = () => buildSearchKeys(data.deposits);

describe('under occupation over time', () => {
  it('follows the real history of the fixture deposits from 24 February 2022', () => {
    const overTime = occupiedOverTime(selectDeposits(data, NO_FILTERS, null, keys), [])!;
    expect(overTime.dates).toEqual([INVASION_DATE, '2022-04-03', '2025-06-30', '2025-07-07', data.asOf]);
    const [all] = overTime.series;
    expect(all!.key).toBe('all');
    expect(all!.total).toBe(52);
    // Krasny Oktyabr (occupied before 2022) from the start; six deposits by the first DeepState snapshot;
    // Shevchenkivske in July 2025.
    expect(all!.occupied).toEqual([1, 7, 7, 8, 8]);
    // Before 3 April 2022 the seven deposits with a change in the first bracket may already be occupied (Pripyat among
    // them: occupied and liberated within it); the week before Shevchenkivske's change, it may be.
    expect(all!.possibly).toEqual([8, 7, 8, 8, 8]);
  });

  it('shows the spring-2022 occupation of a deposit near Kyiv only as possible, and nothing after', () => {
    const only = { ...data, deposits: data.deposits.filter((d) => d.id === PRIPYAT) } satisfies ExplorerData;
    const overTime = occupiedOverTime(selectDeposits(only, NO_FILTERS, null, keys), [])!;
    expect(overTime.series[0]!.occupied.every((n) => n === 0)).toBe(true);
    expect(valueOn(overTime, overTime.series[0]!.possibly, '2022-03-15')).toBe(1);
    expect(valueOn(overTime, overTime.series[0]!.possibly, '2022-04-03')).toBe(0);
  });

  it('gives one series per chosen mineral', () => {
    const filters = { ...NO_FILTERS, minerals: ['graphite' as const, 'lithium' as const] };
    const overTime = occupiedOverTime(selectDeposits(data, filters, null, keys), filters.minerals)!;
    expect(overTime.series.map((s) => s.key)).toEqual(['graphite', 'lithium']);
    const lithium = overTime.series[1]!;
    const shevchenkivske = data.deposits.find((d) => d.id === SHEVCHENKIVSKE)!;
    expect(shevchenkivske.minerals).toContain('lithium');
    expect(valueOn(overTime, lithium.occupied, '2025-07-07')! - valueOn(overTime, lithium.occupied, '2025-07-06')!).toBe(1);
  });

  it('is null without an occupation history', () => {
    const bare: ExplorerData = { ...data, asOf: null };
    expect(occupiedOverTime(selectDeposits(bare, NO_FILTERS, null, keys), [])).toBeNull();
  });

  it('equals, on every date of a view, the explorer’s count of occupied deposits among those it lists', () => {
    fc.assert(
      fc.property(arbitraryView(data), fc.constantFrom('2022-02-24', '2022-04-02', '2022-04-03', '2023-01-01', '2025-07-06', '2025-07-07'), ({ filters, date }, on) => {
        const selection = selectDeposits(data, filters, date, keys);
        const overTime = occupiedOverTime(selection, filters.minerals)!;
        const viewAt = selectDeposits(data, { ...filters, status: null }, on, keys);
        overTime.series.forEach((series) => {
          let expected = 0;
          for (let i = 0; i < data.deposits.length; i++) {
            const d = data.deposits[i]!;
            if (selection.visible[i] !== 1 || (series.key !== 'all' && !d.minerals.includes(series.key))) continue;
            if (viewAt.statuses[i] === 'occupied') expected++;
          }
          expect(valueOn(overTime, series.occupied, on)).toBe(expected);
          series.possibly.forEach((p, k) => expect(p).toBeGreaterThanOrEqual(series.occupied[k]!));
          expect(series.possibly.every((p) => p <= series.total)).toBe(true);
        });
      }),
      { numRuns: 120 },
    );
  });
});
