// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DepositFile } from '../../../src/core/deposit.ts';
import { filterDeposits, NO_FILTERS, type ExplorerFilters } from '../../../src/core/explorer/filter.ts';
import { statusesAt } from '../../../src/core/explorer/statusAt.ts';
import { buildSearchKeys } from '../../../src/core/search.ts';
import { explorerDataFromDeposits } from '../../../src/app/data/fromDeposits.ts';
import fixture from '../../fixtures/explorer/deposits.json' with { type: 'json' };
import { IRSHANSK_DISTRICT, IRSHANSKE, linkedFixture, VOLNOGORSK_DISTRICT, ZAVALLIVSKE } from './linkedFixture.ts';

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

describe('the count of linked deposits', () => {
  const linked = explorerDataFromDeposits(linkedFixture()).deposits;
  const linkedInput = { deposits: linked, statuses: statusesAt(linked, null), searchKeys: buildSearchKeys(linked) };
  const filtered = (filters: Partial<ExplorerFilters>) => filterDeposits(linkedInput, { ...NO_FILTERS, ...filters });
  const keptIds = ({ visible }: { visible: Uint8Array }) => linked.filter((_, i) => visible[i] === 1).map((d) => d.id);

  it('keeps a district that holds deposits in view, but counts only the deposits', () => {
    const all = filtered({});
    expect(linked).toHaveLength(47);
    expect(all.visible.every((v) => v === 1)).toBe(true);
    expect(all.kept).toBe(47);
    expect(all.count).toBe(45);
    const irshansk = filtered({ query: 'Irshan' });
    expect(keptIds(irshansk)).toEqual([IRSHANSK_DISTRICT, IRSHANSKE]);
    expect(irshansk.kept).toBe(2);
    expect(irshansk.count).toBe(1);
  });

  it('does not count a district even when the filters leave out the deposits it holds', () => {
    const districts = filtered({ dataset: 'pp1802', minerals: ['titanium'] });
    expect(keptIds(districts)).toEqual([
      IRSHANSK_DISTRICT,
      'pp1802:moma-hafnium-16.70s-39.40e',
      'pp1802:taraskova-titanium-49.45n-31.93e',
      VOLNOGORSK_DISTRICT,
    ]);
    expect(districts.count).toBe(2);
  });

  it("finds a linked deposit by the name another source gives it (PP1802's Zaval'E is Заваллівське)", () => {
    expect(keptIds(filtered({ query: "Zaval'E" }))).toEqual([ZAVALLIVSKE]);
  });

  it('counts exactly the kept deposits that count in totals, for any filters (property)', () => {
    const filters = fc.record({
      minerals: fc.subarray(['titanium', 'graphite', 'manganese', 'lithium'] as const),
      dataset: fc.constantFrom(null, 'pp1802' as const, 'ua-register' as const),
      query: fc.constantFrom('', 'district', 'родовище', 'Irshan', 'zaval'),
    });
    fc.assert(
      fc.property(filters, (f) => {
        const { visible, kept, count } = filtered(f);
        expect(kept).toBe(visible.reduce((n, v) => n + v, 0));
        expect(count).toBe(linked.filter((d, i) => visible[i] === 1 && d.counted).length);
      }),
    );
  });
});
