// @vitest-environment node

import { describe, expect, it } from 'vitest';
import { selectDeposits, viewDate } from '../../../src/core/charts/selection.ts';
import { datasetsOf, occupationCitation } from '../../../src/core/charts/sources.ts';
import { NO_FILTERS } from '../../../src/core/explorer/filter.ts';
import { buildSearchKeys } from '../../../src/core/search.ts';
import { enrichedExplorerData } from './enrichedFixture.ts';

const data = enrichedExplorerData();
const keys = () => buildSearchKeys(data.deposits);

describe('the deposits a chart counts', () => {
  it('takes the explorer’s date: the latest when none is asked for, kept within the history', () => {
    expect(viewDate(null, '2026-08-22')).toBe('2026-08-22');
    expect(viewDate('2019-01-01', '2026-08-22')).toBe('2022-02-23');
    expect(viewDate('2030-01-01', '2026-08-22')).toBe('2026-08-22');
    expect(viewDate('2023-05-05', '2026-08-22')).toBe('2023-05-05');
    expect(viewDate('2023-05-05', null)).toBeNull();
  });

  it('builds the search keys only for a query with words', () => {
    let built = 0;
    const counting = () => {
      built++;
      return keys();
    };
    selectDeposits(data, NO_FILTERS, null, counting);
    expect(built).toBe(0);
    const found = selectDeposits(data, { ...NO_FILTERS, query: 'Шевченківське' }, null, counting);
    expect(built).toBe(1);
    expect(found.count).toBe(1);
  });

  it('names the datasets of the matching deposits, and the occupation source without its prefix', () => {
    expect(datasetsOf(selectDeposits(data, NO_FILTERS, null, keys))).toEqual(['pp1802', 'ua-register']);
    expect(datasetsOf(selectDeposits(data, { ...NO_FILTERS, dataset: 'pp1802' }, null, keys))).toEqual(['pp1802']);
    expect(occupationCitation(data.occupationSource)).toBe(`DeepStateMap (deepstatemap.live), ${data.asOf}`);
    expect(occupationCitation(null)).toBeNull();
  });
});
