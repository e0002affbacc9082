// The map's points straight from points.bin, so the map can draw before the index (ids, names) has loaded.

import { DEV_STATUSES, MINERAL_CLASSES, OCCUPATION_STATUSES, type ExplorerPoints } from '../../core/explorer/compact.ts';
import type { OccupationStatus } from '../../core/deposit.ts';
import type { MapPoint } from './types.ts';

export function mapPointsOf(points: ExplorerPoints): (MapPoint | null)[] {
  const out = new Array<MapPoint | null>(points.count);
  for (let i = 0; i < points.count; i++) {
    const lon = points.lon[i]!;
    const lat = points.lat[i]!;
    out[i] = Number.isNaN(lon) || Number.isNaN(lat)
      ? null
      : {
          lon,
          lat,
          mineralClass: MINERAL_CLASSES[points.mineralClass[i]!]!,
          devStatus: DEV_STATUSES[points.devStatus[i]!]!,
        };
  }
  return out;
}

/** Each deposit's status at the history's latest date, as points.bin carries it. */
export function latestStatusesOf(points: ExplorerPoints): OccupationStatus[] {
  return Array.from(points.status, (code) => OCCUPATION_STATUSES[code]!);
}
