// Random explorer views over the fixture data, for the property tests of the charts' numbers.

import fc from 'fast-check';
import { DATASETS } from '../../../src/core/deposit.ts';
import type { ExplorerFilters } from '../../../src/core/explorer/filter.ts';
import type { ExplorerData } from '../../../src/core/explorer/types.ts';
import type { MineralId } from '../../../src/core/minerals.ts';
import { STATUSES } from '../../../src/app/state/url.ts';

export interface View {
  filters: ExplorerFilters;
  date: string | null;
}

/** Dates around the changes in the real history, and a few plain ones; null is the latest. */
const DATES = [null, '2021-06-01', '2022-02-23', '2022-02-24', '2022-04-02', '2022-04-03', '2022-11-12', '2024-07-08', '2025-06-30', '2025-07-06', '2025-07-07', '2030-01-01'];

export function arbitraryView(data: ExplorerData): fc.Arbitrary<View> {
  const minerals = [...new Set(data.deposits.flatMap((d) => d.minerals))].sort() as MineralId[];
  const oblasts = [...new Set(data.deposits.flatMap((d) => (d.oblast === null ? [] : [d.oblast])))].sort();
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 2 });
  return fc.record({
    filters: fc.record({
      minerals: fc.subarray(minerals, { maxLength: 3 }),
      status: maybe(fc.constantFrom(...STATUSES)),
      occupiedBefore2022: maybe(fc.boolean()),
      oblast: maybe(fc.constantFrom(...oblasts)),
      dataset: maybe(fc.constantFrom(...DATASETS)),
      devStatus: fc.constant(null),
      distanceMin: maybe(fc.integer({ min: -120, max: 300 })),
      distanceMax: maybe(fc.integer({ min: -50, max: 500 })),
      query: fc.constantFrom('', 'rodovyshche', 'Шевченківське', 'graphite'),
    }),
    date: fc.constantFrom(...DATES),
  });
}
