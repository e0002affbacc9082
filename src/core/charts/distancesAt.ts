// Each deposit's distance to the line at a date of the history, measured in the browser the way the pipeline
// measures it at the latest date (scripts/occupation/enrich.ts): the line of the snapshot in force on that date,
// Ukraine's land from data/explorer/land.json, km rounded to 0.1. A deposit the pipeline gives no distance (no
// location, or outside Ukraine) has none at any date. Preparing a line takes a fraction of a second, so each
// snapshot's line is kept once prepared.

import type { OccupationHistory, Snapshot } from '../occupation/history.ts';
import { prepareLine, type Land, type PreparedLine } from '../occupation/line.ts';

export interface DistanceInput {
  lon: number | null;
  lat: number | null;
  distanceKm: number | null;
}

/** What drawing the line at any date takes: the history and Ukraine's land. */
export interface LineInputs {
  history: OccupationHistory;
  land: Land;
}

const lines = new WeakMap<Land, WeakMap<Snapshot, PreparedLine>>();

/** The snapshot in force on `date`: the last one on or before it; the first for an earlier date. */
export function snapshotOn(history: OccupationHistory, date: string): Snapshot | null {
  const { snapshots } = history;
  let found = snapshots[0] ?? null;
  for (const snapshot of snapshots) {
    if (snapshot.date > date) break;
    found = snapshot;
  }
  return found;
}

export function distancesAt(
  history: OccupationHistory,
  land: Land,
  deposits: readonly DistanceInput[],
  date: string,
): (number | null)[] {
  const snapshot = snapshotOn(history, date);
  if (snapshot === null) return deposits.map((d) => d.distanceKm);
  const line = lineOf(snapshot, land);
  return deposits.map(({ lon, lat, distanceKm }) =>
    distanceKm === null || lon === null || lat === null ? null : roundKm(line.distanceKm(lon, lat)),
  );
}

function lineOf(snapshot: Snapshot, land: Land): PreparedLine {
  let byLand = lines.get(land);
  if (!byLand) lines.set(land, (byLand = new WeakMap()));
  let line = byLand.get(snapshot);
  if (!line) byLand.set(snapshot, (line = prepareLine(snapshot.occupied, land)));
  return line;
}

function roundKm(km: number | null): number | null {
  if (km === null) return null;
  const rounded = Math.round(km * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}
