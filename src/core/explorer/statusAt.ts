// A deposit's occupation status on any date of the history, from the changes the explorer data carries.
//
// Each change is bracketed by the last snapshot date with the old status and the first with the new one. Within a
// bracket nothing is known to have changed yet, so the old status holds until the bracket's second date: a change
// [2022-02-23, 2022-04-03] to 'occupied' reads 'not-occupied' on 2022-04-02 and 'occupied' on 2022-04-03.
//
// The status before the first change is not stored; the history's first snapshot (the 2022-02-23 baseline) can only
// say occupied or not occupied, and a change always changes the status, so it follows from the first change: before
// a change to 'occupied' the deposit was not occupied, before a change to 'not-occupied' it was occupied, and before
// a change to 'contested' it was occupied exactly when it lay in the area occupied before 2022.
//
// A deposit without changes had its status throughout; so has every deposit on a date before the history begins.

import type { OccupationStatus } from '../deposit.ts';
import type { ExplorerDeposit } from './types.ts';

/** The date of the history's first snapshot, the pre-invasion baseline. */
export const HISTORY_START = '2022-02-23';

type StatusHistory = Pick<ExplorerDeposit, 'status' | 'changes' | 'occupiedBefore2022'>;

export function statusBeforeChanges(deposit: StatusHistory): OccupationStatus {
  const first = deposit.changes[0];
  if (first === undefined) return deposit.status;
  if (first.to === 'occupied') return 'not-occupied';
  if (first.to === 'not-occupied') return 'occupied';
  return deposit.occupiedBefore2022 === true ? 'occupied' : 'not-occupied';
}

/** The status on a date (YYYY-MM-DD); null asks for the latest. */
export function statusAt(deposit: StatusHistory, date: string | null): OccupationStatus {
  const { changes } = deposit;
  if (changes.length === 0 || date === null || date < HISTORY_START) return deposit.status;
  const first = changes[0]!;
  if (date < first.between[1]) return statusBeforeChanges(deposit);
  let status = first.to;
  for (let i = 1; i < changes.length; i++) {
    const change = changes[i]!;
    if (change.between[1] > date) break;
    status = change.to;
  }
  return status;
}

/** Every deposit's status on a date, by index. */
export function statusesAt(deposits: readonly StatusHistory[], date: string | null): OccupationStatus[] {
  const statuses = new Array<OccupationStatus>(deposits.length);
  for (let i = 0; i < deposits.length; i++) statuses[i] = statusAt(deposits[i]!, date);
  return statuses;
}
