// @vitest-environment node

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explorerDataFromDeposits } from '../../../src/app/data/fromDeposits.ts';
import { depositsByMineral } from '../../../src/core/charts/byMineral.ts';
import { depositsByDistance } from '../../../src/core/charts/distanceBands.ts';
import { locatorPoints } from '../../../src/core/charts/locator.ts';
import { selectDeposits, viewDate } from '../../../src/core/charts/selection.ts';
import { datasetsOf, occupationCitation } from '../../../src/core/charts/sources.ts';
import { filterDeposits, NO_FILTERS } from '../../../src/core/explorer/filter.ts';
import { statusesAt } from '../../../src/core/explorer/statusAt.ts';
import { buildSearchKeys } from '../../../src/core/search.ts';
import { IRSHANSK_DISTRICT, IRSHANSKE, linkedFixture } from '../explorer/linkedFixture.ts';
import { enrichedExplorerData } from './enrichedFixture.ts';
import { arbitraryView } from './views.ts';

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

describe('the deposits a chart counts, once linked', () => {
  const linked = explorerDataFromDeposits(linkedFixture());
  const linkedKeys = () => buildSearchKeys(linked.deposits);

  it('leaves out a district that holds deposits, as the explorer’s count does, and keeps the deposits', () => {
    const selection = selectDeposits(linked, { ...NO_FILTERS, query: 'Irshan' }, null, linkedKeys);
    const kept = linked.deposits.filter((_, i) => selection.visible[i] === 1).map((d) => d.id);
    expect(kept).toEqual([IRSHANSKE]);
    expect(selection.count).toBe(1);
    expect(locatorPoints(selection, null).points.map((p) => p.id)).toEqual([IRSHANSKE]);
    expect(locatorPoints(selection, IRSHANSK_DISTRICT).single?.id).toBe(IRSHANSK_DISTRICT);
  });

  it('gives every chart the explorer’s result count as its total, for any view (property)', () => {
    fc.assert(
      fc.property(arbitraryView(linked), ({ filters, date }) => {
        const selection = selectDeposits(linked, filters, date, linkedKeys);
        const statuses = statusesAt(linked.deposits, viewDate(date, linked.asOf));
        const explorer = filterDeposits({ deposits: linked.deposits, statuses, searchKeys: linkedKeys() }, filters);
        expect(selection.count).toBe(explorer.count);
        expect(depositsByMineral(selection, [])[0]!.total).toBe(explorer.count);
        expect(depositsByDistance(selection).total).toBe(explorer.count);
        const locator = locatorPoints(selection, null);
        expect(locator.points.length + locator.unlocated).toBe(explorer.count);
      }),
      { numRuns: 100 },
    );
  });
});
