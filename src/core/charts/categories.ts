// The status categories the charts show. Every deposit falls in exactly one, so the categories of a chart add up
// to its number of deposits.

import type { OccupationStatus } from '../deposit.ts';
import type { ExplorerDeposit } from '../explorer/types.ts';

export type ChartCategory =
  | 'occupied'
  | 'contested'
  | 'occupied-before-2022'
  | 'not-occupied'
  | 'unlocated'
  | 'outside-ukraine'
  | 'unknown';

/** In the order the charts stack and list them. */
export const CHART_CATEGORIES: readonly ChartCategory[] = [
  'occupied',
  'contested',
  'occupied-before-2022',
  'not-occupied',
  'unlocated',
  'outside-ukraine',
  'unknown',
];

/**
 * A deposit without coordinates is 'unlocated' whatever its record says (no status can be decided for it); an
 * occupied deposit in the area occupied before 2022 is 'occupied-before-2022'; 'unknown' is a located deposit the
 * occupation history has not been applied to.
 */
export function categoryOf(deposit: Pick<ExplorerDeposit, 'lat' | 'lon' | 'occupiedBefore2022'>, status: OccupationStatus): ChartCategory {
  if (deposit.lat === null || deposit.lon === null) return 'unlocated';
  switch (status) {
    case 'occupied':
      return deposit.occupiedBefore2022 === true ? 'occupied-before-2022' : 'occupied';
    case 'contested':
      return 'contested';
    case 'not-occupied':
      return 'not-occupied';
    case 'not-applicable':
      return 'outside-ukraine';
    case 'unknown':
      return 'unknown';
  }
}

export type CategoryCounts = Record<ChartCategory, number>;

export function emptyCounts(): CategoryCounts {
  return { occupied: 0, contested: 0, 'occupied-before-2022': 0, 'not-occupied': 0, unlocated: 0, 'outside-ukraine': 0, unknown: 0 };
}
