// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OccupationStatus } from '../../../src/core/deposit.ts';
import { HISTORY_START, statusAt, statusBeforeChanges, statusesAt } from '../../../src/core/explorer/statusAt.ts';
import type { StatusChange } from '../../../src/core/explorer/types.ts';

// Synthetic histories shaped like the ones core/occupation/timeline.ts writes: brackets between snapshot dates.
const OCCUPIED_IN_SPRING_2022 = {
  status: 'occupied' as const,
  occupiedBefore2022: false,
  changes: [{ to: 'occupied', between: ['2022-02-23', '2022-04-03'] }] satisfies StatusChange[],
};
const OCCUPIED_THEN_LIBERATED = {
  status: 'not-occupied' as const,
  occupiedBefore2022: false,
  changes: [
    { to: 'occupied', between: ['2022-02-23', '2022-04-03'] },
    { to: 'contested', between: ['2022-09-05', '2022-09-08'] },
    { to: 'not-occupied', between: ['2022-09-08', '2022-09-12'] },
  ] satisfies StatusChange[],
};

describe('statusAt', () => {
  it.each([
    ['2022-02-23', 'not-occupied'],
    ['2022-04-02', 'not-occupied'],
    ['2022-04-03', 'occupied'],
    ['2024-01-01', 'occupied'],
  ] as const)('a deposit occupied in spring 2022, on %s: %s', (date, status) => {
    expect(statusAt(OCCUPIED_IN_SPRING_2022, date)).toBe(status);
  });

  it.each([
    ['2022-03-01', 'not-occupied'],
    ['2022-09-07', 'occupied'],
    ['2022-09-08', 'contested'],
    ['2022-09-11', 'contested'],
    ['2022-09-12', 'not-occupied'],
  ] as const)('a deposit occupied and liberated, on %s: %s', (date, status) => {
    expect(statusAt(OCCUPIED_THEN_LIBERATED, date)).toBe(status);
  });

  it('keeps the status of a deposit without changes, and the latest status without a date or before the history', () => {
    const outside = { status: 'not-applicable' as const, occupiedBefore2022: null, changes: [] };
    expect(statusAt(outside, '2023-01-01')).toBe('not-applicable');
    expect(statusAt(OCCUPIED_THEN_LIBERATED, null)).toBe('not-occupied');
    expect(statusAt(OCCUPIED_IN_SPRING_2022, '2021-12-31')).toBe('occupied');
  });

  it('infers the status before a first change to contested from the pre-2022 area', () => {
    const change: StatusChange = { to: 'contested', between: ['2023-05-01', '2023-05-02'] };
    expect(statusBeforeChanges({ status: 'contested', occupiedBefore2022: true, changes: [change] })).toBe('occupied');
    expect(statusBeforeChanges({ status: 'contested', occupiedBefore2022: false, changes: [change] })).toBe('not-occupied');
  });

  it('reads the latest status on and after the last change, and never the new status inside a bracket', () => {
    const statuses: OccupationStatus[] = ['occupied', 'contested', 'not-occupied'];
    const history = fc
      .uniqueArray(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 8 })
      .chain((days) =>
        fc.tuple(fc.constant(days.sort((a, b) => a - b)), fc.array(fc.constantFrom(...statuses), { minLength: days.length, maxLength: days.length })),
      );
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 2100 }), ([days, tos], probe) => {
        const dates = [0, ...days].map(dayToDate);
        const changes: StatusChange[] = [];
        let previous: OccupationStatus = 'not-occupied';
        days.forEach((_, i) => {
          if (tos[i] === previous) return;
          changes.push({ to: tos[i]!, between: [dates[i]!, dates[i + 1]!] });
          previous = tos[i]!;
        });
        if (changes.length === 0) return;
        const deposit = { status: previous, occupiedBefore2022: false, changes };
        const date = dayToDate(probe);
        const last = changes.at(-1)!;
        if (date >= last.between[1]) expect(statusAt(deposit, date)).toBe(last.to);
        for (let i = 0; i < changes.length; i++) {
          const { between } = changes[i]!;
          if (date >= between[0] && date < between[1]) {
            expect(statusAt(deposit, date)).toBe(i === 0 ? statusBeforeChanges(deposit) : changes[i - 1]!.to);
          }
        }
      }),
    );
  });

  it('gives every deposit its own status', () => {
    expect(statusesAt([OCCUPIED_IN_SPRING_2022, OCCUPIED_THEN_LIBERATED], '2022-06-01')).toEqual(['occupied', 'occupied']);
  });
});

function dayToDate(day: number): string {
  return new Date(Date.parse(`${HISTORY_START}T00:00:00Z`) + day * 86_400_000).toISOString().slice(0, 10);
}
