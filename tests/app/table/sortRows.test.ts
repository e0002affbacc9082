// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explorerDataFromDeposits } from '../../../src/app/data/fromDeposits.ts';
import { createI18n } from '../../../src/app/i18n/i18n.ts';
import { SORT_KEYS, STATUSES } from '../../../src/app/state/url.ts';
import { displayName, orderBy, orderByDistance, orderByStatus, rowsInOrder } from '../../../src/app/table/sortRows.ts';
import type { DepositFile } from '../../../src/core/deposit.ts';
import fixture from '../../fixtures/explorer/deposits.json' with { type: 'json' };

const deposits = explorerDataFromDeposits(fixture as unknown as DepositFile).deposits;
const i18n = createI18n('uk');

describe('table order', () => {
  it('sorts Ukrainian names in Ukrainian alphabetical order (і, ї, є in their places)', () => {
    const { indices } = orderBy('name', deposits, i18n);
    const names = Array.from(indices, (i) => displayName(deposits[i]!, 'uk'));
    const cyrillic = names.filter((n) => /^[А-ЯІЇЄҐ]/.test(n)).map((n) => n.split(' ')[0]);
    expect(cyrillic.slice(0, 3)).toEqual(['Азовське', 'Анадольське', 'Балахівське']);
    expect(cyrillic.indexOf('Іршанське')).toBe(cyrillic.indexOf('Заваллівське') + 1);
  });

  it('orders by status with occupied first, ties in data order', () => {
    const statuses = deposits.map((_, i) => STATUSES[i % STATUSES.length]!);
    const { indices, known } = orderByStatus(statuses);
    expect(known).toBe(statuses.filter((s) => s !== 'unknown').length);
    expect(Array.from(indices.slice(0, 3))).toEqual([0, 5, 10]);
  });

  it('orders by the distances it is given, inside the occupied area first, deposits without one last', () => {
    const { indices, known } = orderByDistance([12.5, null, -3.2, 0, null, 12.5]);
    expect(Array.from(indices)).toEqual([2, 3, 0, 5, 1, 4]);
    expect(known).toBe(4);
  });

  it('gives exactly the visible rows, ascending or descending, with deposits lacking a value last', () => {
    const orders = SORT_KEYS.map((key) =>
      key === 'status'
        ? orderByStatus(deposits.map((d) => d.status))
        : key === 'distance'
          ? orderByDistance(deposits.map((d) => d.distanceKm))
          : orderBy(key, deposits, i18n),
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: deposits.length, maxLength: deposits.length, max: 1 }), fc.nat(SORT_KEYS.length - 1), fc.boolean(), (visible, k, descending) => {
        const order = orders[k]!;
        const count = visible.reduce((sum, v) => sum + v, 0);
        const rows = Array.from(rowsInOrder(order, visible, count, { key: SORT_KEYS[k]!, descending }));
        expect(new Set(rows)).toEqual(new Set(deposits.flatMap((_, i) => (visible[i] === 1 ? [i] : []))));
        const known = new Set(Array.from(order.indices.slice(0, order.known)));
        const firstUnknown = rows.findIndex((i) => !known.has(i));
        if (firstUnknown >= 0) expect(rows.slice(firstUnknown).every((i) => !known.has(i))).toBe(true);
        const rank = new Map(Array.from(order.indices, (i, r) => [i, r]));
        const knownRanks = rows.filter((i) => known.has(i)).map((i) => rank.get(i)!);
        expect(knownRanks).toEqual([...knownRanks].sort((a, b) => (descending ? b - a : a - b)));
      }),
    );
  });
});
