// The occupation history: dated snapshots of areas by status, each with its source.

import type { MultiPolygon } from 'geojson';

export type SnapshotSourceId = 'baseline' | 'deepstate-raw' | 'deepstate-occupied' | 'isw';

/** What a snapshot's archive can express; a status it cannot express is never compared across a seam. */
export type AreaKind = 'occupied' | 'contested' | 'occupiedBefore2022';

export interface Snapshot {
  date: string; // YYYY-MM-DD, the snapshot's UTC date
  source: SnapshotSourceId;
  expresses: readonly AreaKind[];
  occupied: MultiPolygon; // includes the areas occupied before 2022
  contested: MultiPolygon | null; // contested or unknown-status areas; null where the archive cannot express them
  occupiedBefore2022: MultiPolygon | null;
  /**
   * Areas the source marks as occupied after 2022-02-24 and retaken by this date. Set only on the first DeepState
   * snapshot (2022-04-03), where it is the only record that the Kyiv, Chernihiv and Sumy areas were occupied at some
   * time between the previous snapshot and this one; later liberations show as occupied → not occupied anyway.
   */
  liberated?: MultiPolygon;
}

export interface SourceNotice {
  id: SnapshotSourceId;
  name: string; // e.g. 'DeepStateMap'
  attribution: string; // e.g. 'Source: DeepStateMap (deepstatemap.live)'
  terms: string;
}

export interface OccupationHistory {
  sources: SourceNotice[];
  snapshots: Snapshot[]; // sorted by date, one per date
}
