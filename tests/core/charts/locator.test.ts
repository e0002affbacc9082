// @vitest-environment node

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locatorPoints } from '../../../src/core/charts/locator.ts';
import { selectDeposits } from '../../../src/core/charts/selection.ts';
import { NO_FILTERS } from '../../../src/core/explorer/filter.ts';
import { buildSearchKeys } from '../../../src/core/search.ts';
import { enrichedExplorerData, KRASNY_OKTYABR } from './enrichedFixture.ts';
import { arbitraryView } from './views.ts';
import { toExplorerData } from '../../../src/core/explorer/compact.ts';
import { linkedFixture, ZAVALE, ZAVALLIVSKE } from '../explorer/linkedFixture.ts';

const data = enrichedExplorerData();
const keys = () => buildSearchKeys(data.deposits);

describe('locator map points', () => {
  it('draws the 33 located fixture deposits and counts the 19 without coordinates apart', () => {
    const locator = locatorPoints(selectDeposits(data, NO_FILTERS, null, keys), null);
    expect(locator.points).toHaveLength(33);
    expect(locator.unlocated).toBe(19);
    expect(locator.single).toBeNull();
    const [west, south, east, north] = locator.bounds!;
    expect(west).toBeLessThan(0); // the US deposit
    expect(east).toBeGreaterThan(120); // the Chinese one
    expect(south).toBeLessThan(north);
  });

  it('shows one deposit alone when the view selects it, with its category on the date', () => {
    const locator = locatorPoints(selectDeposits(data, NO_FILTERS, null, keys), KRASNY_OKTYABR);
    expect(locator.points).toHaveLength(1);
    expect(locator.single).toMatchObject({ id: KRASNY_OKTYABR, category: 'occupied-before-2022', lat: 47.64007, lon: 38.05101 });
  });

  it('finds the deposit an old permalink names by one of its alias ids', () => {
    const linked = toExplorerData(linkedFixture().deposits, data.asOf, data.occupationSource);
    const locator = locatorPoints(selectDeposits(linked, NO_FILTERS, null, () => buildSearchKeys(linked.deposits)), ZAVALE);
    expect(locator.single?.id).toBe(ZAVALLIVSKE);
  });

  it('accounts for every deposit of any view: drawn plus unlocated is the explorer’s count', () => {
    fc.assert(
      fc.property(arbitraryView(data), ({ filters, date }) => {
        const selection = selectDeposits(data, filters, date, keys);
        const locator = locatorPoints(selection, null);
        expect(locator.points.length + locator.unlocated).toBe(selection.count);
      }),
      { numRuns: 100 },
    );
  });
});
