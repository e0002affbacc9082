// The areas the map draws for a date: those of the latest snapshot on or before it.

import { citation } from '../../core/occupation/timeline.ts';
import type { OccupationHistory, Snapshot } from '../../core/occupation/history.ts';
import type { OccupationLayer } from '../map/types.ts';

export function occupationLayerAt(history: OccupationHistory, date: string): OccupationLayer | null {
  const at = latestIndexOnOrBefore(history.snapshots, date);
  if (at < 0) return null;
  const snapshot = history.snapshots[at]!;
  const notice = history.sources.find((s) => s.id === snapshot.source);
  return {
    date: snapshot.date,
    occupied: snapshot.occupied,
    contested: snapshot.contested,
    occupiedBefore2022: snapshot.occupiedBefore2022 ?? nearestBefore2022(history.snapshots, at),
    attribution: citation(notice?.attribution ?? snapshot.source, snapshot.date),
  };
}

function latestIndexOnOrBefore(snapshots: readonly Snapshot[], date: string): number {
  let low = 0;
  let high = snapshots.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (snapshots[middle]!.date <= date) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

// Archives that cannot express the pre-2022 area still lie over it: the nearest snapshot that does stands in.
function nearestBefore2022(snapshots: readonly Snapshot[], at: number): Snapshot['occupiedBefore2022'] {
  for (let distance = 1; distance < snapshots.length; distance++) {
    const area = snapshots[at - distance]?.occupiedBefore2022 ?? snapshots[at + distance]?.occupiedBefore2022;
    if (area) return area;
  }
  return null;
}
