// Chart 3, the matching deposits by distance to the line at the view's date. The data holds each deposit's distance
// at the history's latest date; for another date the caller passes distances measured at it (distancesAt.ts). Without
// them (no history or land outline loaded) the bands are for the latest date, and the chart says so. Bands include their upper bound: 10 km is in 0–10, 10.1 km in 10–25. A distance of 0 (on the line)
// counts as inside, as a point on the occupied area's boundary does.

import type { ChartSelection } from './selection.ts';

export type DistanceBand = 'inside' | '0-10' | '10-25' | '25-50' | '50-100' | 'over-100' | 'unknown';

export const DISTANCE_BANDS: readonly DistanceBand[] = ['inside', '0-10', '10-25', '25-50', '50-100', 'over-100', 'unknown'];

/** The upper bound (km, inclusive) of each band after 'inside', in order. */
const UPPER_KM: readonly [DistanceBand, number][] = [
  ['0-10', 10],
  ['10-25', 25],
  ['25-50', 50],
  ['50-100', 100],
];

export function bandOf(distanceKm: number | null): DistanceBand {
  if (distanceKm === null) return 'unknown';
  if (distanceKm <= 0) return 'inside';
  for (const [band, upper] of UPPER_KM) if (distanceKm <= upper) return band;
  return 'over-100';
}

export interface DistanceBands {
  /** The date the distances are for: the view's when measured at it, else the history's latest; null without a history. */
  date: string | null;
  /** True when the view asks for another date than the one the distances are for. */
  otherDate: boolean;
  counts: Record<DistanceBand, number>;
  total: number;
}

/** At the selection's date where its distances were measured for it, else at the latest date. */
export function depositsByDistance(selection: ChartSelection): DistanceBands {
  const { distances } = selection;
  const counts = Object.fromEntries(DISTANCE_BANDS.map((b) => [b, 0])) as Record<DistanceBand, number>;
  const { deposits, visible } = selection;
  let total = 0;
  for (let i = 0; i < deposits.length; i++) {
    if (visible[i] !== 1) continue;
    counts[bandOf(distances === null ? deposits[i]!.distanceKm : (distances[i] ?? null))]++;
    total++;
  }
  const date = distances === null ? selection.latest : selection.date;
  return { date, otherDate: selection.date !== date, counts, total };
}
