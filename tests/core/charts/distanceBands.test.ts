// @vitest-environment node

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, depositsByDistance, DISTANCE_BANDS } from '../../../src/core/charts/distanceBands.ts';
import { selectDeposits } from '../../../src/core/charts/selection.ts';
import { NO_FILTERS } from '../../../src/core/explorer/filter.ts';
import { buildSearchKeys } from '../../../src/core/search.ts';
import { enrichedExplorerData } from './enrichedFixture.ts';
import { arbitraryView } from './views.ts';

const data = enrichedExplorerData();
const keys = () => buildSearchKeys(data.deposits);

describe('distance bands', () => {
  it('puts each distance in one band, upper bounds included, 0 inside', () => {
    expect([-103.1, -0.1, 0, 0.1, 10, 10.05, 25, 50, 99.9, 100, 100.1, 450, null].map(bandOf)).toEqual([
      'inside', 'inside', 'inside', '0-10', '0-10', '10-25', '10-25', '25-50', '50-100', '50-100', 'over-100', 'over-100', 'unknown',
    ]);
  });

  it('counts the fixture deposits by their distance on the latest date', () => {
    const bands = depositsByDistance(selectDeposits(data, NO_FILTERS, null, keys));
    // Nikopol (PP1802, 6.3 km) and Nikopolske (register, 5.9 km) across the Dnipro from the occupied bank.
    expect(bands.counts).toEqual({ inside: 8, '0-10': 2, '10-25': 0, '25-50': 0, '50-100': 0, 'over-100': 19, unknown: 23 });
    expect(bands.date).toBe(data.asOf);
    expect(bands.otherDate).toBe(false);
  });

  it('says when the view’s date is not the date of the distances', () => {
    expect(depositsByDistance(selectDeposits(data, NO_FILTERS, '2023-01-01', keys)).otherDate).toBe(true);
  });

  it('adds up to the explorer’s result count for any view', () => {
    fc.assert(
      fc.property(arbitraryView(data), ({ filters, date }) => {
        const selection = selectDeposits(data, filters, date, keys);
        const bands = depositsByDistance(selection);
        expect(bands.total).toBe(selection.count);
        expect(DISTANCE_BANDS.reduce((sum, b) => sum + bands.counts[b], 0)).toBe(selection.count);
      }),
      { numRuns: 100 },
    );
  });
});
