// Counting deposits once. A district point (PP1802's "Irshansk district") that holds deposits of its own is kept as
// a record, linked to them through `link.contains`, but totals and filters count the deposits it holds and not the
// district as well; a district with no known deposit inside counts as one, being all that is known of that place.

import type { Deposit } from '../deposit.ts';

export function countsInTotals(deposit: Pick<Deposit, 'link'>): boolean {
  return deposit.link.contains.length === 0;
}
