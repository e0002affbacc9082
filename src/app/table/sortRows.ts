// The table's order. Each key's order over all deposits is computed once (texts are grouped first, so the
// collator compares each distinct text once) and the filtered rows are then read off it in one pass, so a filter
// change never sorts. Deposits without a value (no oblast, no distance, unknown status) come last either way.

import type { OccupationStatus } from '../../core/deposit.ts';
import type { ExplorerDeposit } from '../../core/explorer/types.ts';
import type { I18n } from '../i18n/i18n.ts';
import { STATUSES, type Sort, type SortKey } from '../state/url.ts';

export interface Order {
  /** Every deposit index: those with a value for the key in ascending order, then those without. */
  indices: Uint32Array;
  /** How many have a value. */
  known: number;
}

/** The name a deposit is shown and sorted by: the Latin name in English where there is one. */
export function displayName(deposit: ExplorerDeposit, language: I18n['language']): string {
  return language === 'en' ? (deposit.latin ?? deposit.name) : deposit.name;
}

export function mineralNames(deposit: ExplorerDeposit, i18n: I18n): string {
  return deposit.minerals.map(i18n.mineral).sort(i18n.language === 'uk' ? compareUk : compareEn).join(', ');
}

const collators = { en: new Intl.Collator('en', { numeric: true }), uk: new Intl.Collator('uk', { numeric: true }) };
const compareEn = collators.en.compare;
const compareUk = collators.uk.compare;

export function orderBy(
  key: Exclude<SortKey, 'status' | 'distance'>,
  deposits: readonly ExplorerDeposit[],
  i18n: I18n,
): Order {
  switch (key) {
    case 'name':
      return orderByText(deposits, (d) => displayName(d, i18n.language), i18n);
    case 'minerals':
      return orderByText(deposits, (d) => (d.minerals.length > 0 ? mineralNames(d, i18n) : null), i18n);
    case 'oblast':
      return orderByText(deposits, (d) => (d.oblast === null ? null : i18n.oblast(d.oblast)), i18n);
  }
}

function orderByText(deposits: readonly ExplorerDeposit[], textOf: (d: ExplorerDeposit) => string | null, i18n: I18n): Order {
  const groups = new Map<string, number[]>();
  const missing: number[] = [];
  deposits.forEach((d, i) => {
    const text = textOf(d);
    if (text === null) return missing.push(i);
    const group = groups.get(text);
    if (group) group.push(i);
    else groups.set(text, [i]);
  });
  const texts = [...groups.keys()].sort(collators[i18n.language].compare);
  const indices = new Uint32Array(deposits.length);
  let at = 0;
  for (const text of texts) for (const i of groups.get(text)!) indices[at++] = i;
  const known = at;
  for (const i of missing) indices[at++] = i;
  return { indices, known };
}

/** By distance to the line on the date, ascending (deepest inside the occupied area first), ties in data order. */
export function orderByDistance(distances: readonly (number | null)[]): Order {
  const known: number[] = [];
  const missing: number[] = [];
  distances.forEach((km, i) => (km === null ? missing : known).push(i));
  known.sort((a, b) => distances[a]! - distances[b]! || a - b);
  return { indices: Uint32Array.from([...known, ...missing]), known: known.length };
}

/** By status on the date, in the order of STATUSES (occupied first), ties in data order. */
export function orderByStatus(statuses: readonly OccupationStatus[]): Order {
  const rank = new Map(STATUSES.map((s, i) => [s, i]));
  const starts = new Uint32Array(STATUSES.length + 1);
  for (const s of statuses) starts[rank.get(s)! + 1]!++;
  for (let r = 1; r < starts.length; r++) starts[r]! += starts[r - 1]!;
  const next = starts.slice(0, -1);
  const indices = new Uint32Array(statuses.length);
  statuses.forEach((s, i) => (indices[next[rank.get(s)!]!++] = i));
  return { indices, known: starts[rank.get('unknown')!]! };
}

/** The visible rows in the order and direction asked for; with no order, in data order. */
export function rowsInOrder(order: Order | null, visible: Uint8Array, count: number, sort: Sort | null): Uint32Array {
  const rows = new Uint32Array(count);
  let at = 0;
  if (order === null || sort === null) {
    for (let i = 0; i < visible.length; i++) if (visible[i] === 1) rows[at++] = i;
    return rows;
  }
  const { indices, known } = order;
  if (sort.descending) {
    for (let k = known - 1; k >= 0; k--) if (visible[indices[k]!] === 1) rows[at++] = indices[k]!;
  } else {
    for (let k = 0; k < known; k++) if (visible[indices[k]!] === 1) rows[at++] = indices[k]!;
  }
  for (let k = known; k < indices.length; k++) if (visible[indices[k]!] === 1) rows[at++] = indices[k]!;
  return rows;
}
