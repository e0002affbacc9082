// Fills every deposit's occupation block from the history: status at the latest snapshot, its changes over the
// whole history, whether it lay in the areas occupied before 2022, and its distance to the line. What a cited
// source reports (`reported`) is kept as it is.

import type { Deposit, Occupation } from '../../src/core/deposit.ts';
import type { OccupationHistory, SnapshotSourceId } from '../../src/core/occupation/history.ts';
import { prepareLine, type Land } from '../../src/core/occupation/line.ts';
import { prepareHistory } from '../../src/core/occupation/timeline.ts';
import type { Places } from '../geo/places.ts';
import { loadUkraineLand } from './ukraineLand.ts';

/** New deposits with their occupation filled in; the input is left untouched. */
export function enrichDeposits(
  deposits: readonly Deposit[],
  history: OccupationHistory,
  places: Places,
  land: Land = loadUkraineLand(),
): Deposit[] {
  const prepared = prepareHistory(history);
  const last = history.snapshots.length - 1;
  const asOf = prepared.dates[last]!;
  const source = prepared.citations[last]!;
  const line = prepareLine(history.snapshots[last]!.occupied, land);

  const occupationOf = (deposit: Deposit): Occupation => {
    const { reported } = deposit.occupation;
    const { location } = deposit;
    if (location === null) {
      return { status: 'unknown', asOf: null, source: null, occupiedBefore2022: null, changes: [], distanceKm: null, reported };
    }
    const { lon, lat } = location;
    if (places.inCountry('UA', lon, lat) !== true) {
      return { status: 'not-applicable', asOf, source: null, occupiedBefore2022: null, changes: [], distanceKm: null, reported };
    }
    const timeline = prepared.timelineAt(lon, lat);
    return {
      status: timeline.latest,
      asOf,
      source,
      occupiedBefore2022: timeline.occupiedBefore2022,
      changes: timeline.changes,
      distanceKm: roundKm(line.distanceKm(lon, lat)),
      reported,
    };
  };

  return deposits.map((deposit) => ({ ...deposit, occupation: occupationOf(deposit) }));
}

function roundKm(km: number | null): number | null {
  if (km === null) return null;
  const rounded = Math.round(km * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

export interface HistorySummary {
  from: string | null;
  to: string | null;
  snapshots: number;
  sources: {
    id: SnapshotSourceId;
    name: string;
    attribution: string;
    from: string;
    to: string;
    snapshots: number;
    expresses: string[];
  }[];
}

/** The history as report.json describes it: dates covered, snapshot count, and each source's share. */
export function describeHistory(history: OccupationHistory): HistorySummary {
  const { snapshots } = history;
  const sources = history.sources.flatMap((notice) => {
    const own = snapshots.filter((s) => s.source === notice.id);
    if (own.length === 0) return [];
    const expresses = [...new Set(own.flatMap((s) => s.expresses))].sort();
    return [
      {
        id: notice.id,
        name: notice.name,
        attribution: notice.attribution,
        from: own[0]!.date,
        to: own[own.length - 1]!.date,
        snapshots: own.length,
        expresses,
      },
    ];
  });
  sources.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return {
    from: snapshots[0]?.date ?? null,
    to: snapshots[snapshots.length - 1]?.date ?? null,
    snapshots: snapshots.length,
    sources,
  };
}
