// From imported archive snapshots to one history: one snapshot per UTC date, the later-starting archive winning on
// its own dates, a 2022-02-23 baseline of the areas occupied before 2022, and the liberated areas kept only where
// they are the sole record of an occupation (the first DeepState snapshot).

import type { MultiPolygon } from 'geojson';
import type { OccupationHistory, Snapshot, SnapshotSourceId } from '../../src/core/occupation/history.ts';
import type { ImportedSnapshot, PolygonRings } from './importedSnapshot.ts';
import { SOURCE_NOTICES } from './sourceNotices.ts';

export const BASELINE_DATE = '2022-02-23';

/** The last file of each UTC date (by time when the files carry one, else by input order). */
export function oneSnapshotPerDate(archive: readonly ImportedSnapshot[]): ImportedSnapshot[] {
  const byDate = new Map<string, ImportedSnapshot>();
  for (const snapshot of archive) {
    const kept = byDate.get(snapshot.date);
    if (!kept || (kept.time ?? '') <= (snapshot.time ?? '')) byDate.set(snapshot.date, snapshot);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * One snapshot per date over all archives; on a date several archives hold, the one that starts latest wins
 * (of archives starting on the same date, the one listed later).
 */
export function mergeArchives(archives: readonly (readonly ImportedSnapshot[])[]): ImportedSnapshot[] {
  const perDate = archives.map(oneSnapshotPerDate).filter((a) => a.length > 0);
  perDate.sort((a, b) => (a[0]!.date < b[0]!.date ? -1 : a[0]!.date > b[0]!.date ? 1 : 0));
  const winners = new Map<string, ImportedSnapshot>();
  for (const archive of perDate) for (const snapshot of archive) winners.set(snapshot.date, snapshot);
  return [...winners.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const multi = (polygons: readonly PolygonRings[]): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: [...polygons],
});

/** The pre-invasion snapshot: only the areas a DeepState file marks as occupied before 2022. */
export function baselineSnapshot(firstDeepState: ImportedSnapshot): Snapshot {
  const before2022 = firstDeepState.areas.occupiedBefore2022;
  if (!before2022 || before2022.length === 0) {
    throw new Error(`${firstDeepState.file}: no areas occupied before 2022 to build the baseline from`);
  }
  return {
    date: BASELINE_DATE,
    source: 'baseline',
    expresses: ['occupied', 'contested', 'occupiedBefore2022'],
    occupied: multi(before2022),
    contested: multi([]),
    occupiedBefore2022: multi(before2022),
  };
}

export function toSnapshot(imported: ImportedSnapshot, keepLiberated: boolean): Snapshot {
  const { occupied, occupiedBefore2022, contested, liberated } = imported.areas;
  const snapshot: Snapshot = {
    date: imported.date,
    source: imported.source,
    expresses: [...imported.expresses],
    occupied: multi([...(occupied ?? []), ...(occupiedBefore2022 ?? [])]),
    contested: contested ? multi(contested) : null,
    occupiedBefore2022: occupiedBefore2022 ? multi(occupiedBefore2022) : null,
  };
  if (keepLiberated && liberated) snapshot.liberated = multi(liberated);
  return snapshot;
}

export interface ImportedArchives {
  deepstateRaw: readonly ImportedSnapshot[]; // required: the baseline comes from its first file
  deepstateOccupied?: readonly ImportedSnapshot[];
  isw?: readonly ImportedSnapshot[];
}

export function assembleHistory(archives: ImportedArchives): OccupationHistory {
  const raw = [...archives.deepstateRaw].sort((a, b) => ((a.time ?? a.date) < (b.time ?? b.date) ? -1 : 1));
  const first = raw[0];
  if (!first) throw new Error('the DeepState raw archive is empty');
  const merged = mergeArchives([raw, archives.deepstateOccupied ?? [], archives.isw ?? []]);
  const firstRawDate = merged.find((s) => s.source === 'deepstate-raw')?.date;
  const snapshots = [
    baselineSnapshot(first),
    ...merged.map((s) => toSnapshot(s, s.source === 'deepstate-raw' && s.date === firstRawDate)),
  ];
  const used = new Set<SnapshotSourceId>(snapshots.map((s) => s.source));
  const sources = (Object.keys(SOURCE_NOTICES) as SnapshotSourceId[]).filter((id) => used.has(id));
  return { sources: sources.map((id) => ({ ...SOURCE_NOTICES[id] })), snapshots };
}
