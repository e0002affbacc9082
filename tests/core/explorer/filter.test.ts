// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DepositFile } from '../../../src/core/deposit.ts';
import { filterDeposits, NO_FILTERS, type ExplorerFilters } from '../../../src/core/explorer/filter.ts';
import { statusesAt } from '../../../src/core/explorer/statusAt.ts';
import { buildSearchKeys } from '../../../src/core/search.ts';
import { explorerDataFromDeposits } from '../../../src/app/data/fromDeposits.ts';
import fixture from '../../fixtures/explorer/deposits.json' with { type: 'json' };

const data = explorerDataFromDeposits(fixture as unknown as DepositFile);
const deposits = data.deposits;
const input = { deposits, statuses: statusesAt(deposits, null), searchKeys: buildSearchKeys(deposits) };

function kept(filters: Partial<ExplorerFilters>): string[] {
  const { visible } = filterDeposits(input, { ...NO_FILTERS, ...filters });
  return deposits.filter((_, i) => visible[i] === 1).map((d) => d.id);
}

describe('filterDeposits', () => {
  it('keeps everything without filters', () => {
    expect(filterDeposits(input, NO_FILTERS).count).toBe(52);
  });

  it('keeps deposits with any of the chosen minerals, in the chosen oblast', () => {
    expect(kept({ minerals: ['lithium'] })).toEqual([
      'ua-register:dilianka-dobra-rodovyshche-litiievykh-rud-beryllium-48.39n-31.18e',
      'ua-register:kruta-balka-rodovyshche-litiiu-lithium',
      'ua-register:polokhivske-rodovyshche-litiievykh-petalitovykh-rud-lithium',
      'ua-register:shevchenkivske-rodovyshche-litiievykh-rud-beryllium-47.91n-36.71e',
    ]);
    expect(kept({ minerals: ['lithium', 'graphite'], oblast: 'UA-14' })).toEqual([
      'ua-register:shevchenkivske-rodovyshche-litiievykh-rud-beryllium-47.91n-36.71e',
      'ua-register:starokrymske-rodovyshche-hrafitu-graphite-47.16n-37.49e',
    ]);
  });

  it('filters by dataset, development status and text in either script', () => {
    expect(kept({ dataset: 'ua-register' })).toHaveLength(36);
    expect(kept({ devStatus: 'explored' })).toHaveLength(7);
    expect(kept({ query: 'Shevchenkivske' })).toEqual(kept({ query: 'Шевченківське' }));
    expect(kept({ query: 'Шевченківське' })).toEqual(['ua-register:shevchenkivske-rodovyshche-litiievykh-rud-beryllium-47.91n-36.71e']);
  });

  it('filters by the status on the date and by distance, leaving out unknown distances', () => {
    const statuses = input.statuses.map((s, i) => (i % 3 === 0 ? 'occupied' : s));
    const distances = deposits.map((d, i) => ({ ...d, distanceKm: i % 4 === 0 ? null : i - 20 }));
    const occupied = filterDeposits({ ...input, statuses }, { ...NO_FILTERS, status: 'occupied' });
    expect(occupied.count).toBe(Math.ceil(deposits.length / 3));
    const near = filterDeposits({ ...input, deposits: distances }, { ...NO_FILTERS, distanceMin: -5, distanceMax: 5 });
    expect([...near.visible.keys()].filter((i) => near.visible[i] === 1)).toEqual([15, 17, 18, 19, 21, 22, 23, 25]);
  });

  it('keeps exactly the deposits every single filter keeps (filters combine with AND)', () => {
    const filters = fc.record({
      minerals: fc.subarray(['lithium', 'graphite', 'titanium', 'uranium'] as const),
      oblast: fc.constantFrom(null, 'UA-14', 'UA-35'),
      dataset: fc.constantFrom(null, 'pp1802' as const, 'ua-register' as const),
      devStatus: fc.constantFrom(null, 'explored' as const, 'unknown' as const),
      query: fc.constantFrom('', 'родовище', 'rud'),
    });
    fc.assert(
      fc.property(filters, (f) => {
        const together = new Set(kept(f));
        const each = (Object.keys(f) as (keyof typeof f)[]).map((k) => new Set(kept({ [k]: f[k] })));
        const expected = deposits.map((d) => d.id).filter((id) => each.every((s) => s.has(id)));
        expect([...together]).toEqual(expected);
      }),
    );
  });
});
