// The map module replaced at its edge (src/app/map/createDepositMap.ts): records what the app tells the map, and
// lets a test click a deposit on it.

import { vi } from 'vitest';
import type { DepositMap, DepositMapOptions, MapPoint, OccupationLayer } from '../../src/app/map/types.ts';
import type { OccupationStatus } from '../../src/core/deposit.ts';

export interface FakeMap extends DepositMap {
  options: DepositMapOptions;
  points: readonly (MapPoint | null)[];
  visible: Uint8Array;
  statuses: readonly OccupationStatus[];
  occupation: OccupationLayer | null;
  selected: number | null;
  language: 'en' | 'uk';
}

export const maps: FakeMap[] = [];

/** The map the app shows now. */
export function currentMap(): FakeMap {
  const map = maps.at(-1);
  if (!map) throw new Error('no map was created');
  return map;
}

export const createDepositMap = vi.fn((options: DepositMapOptions): DepositMap => {
  const map: FakeMap = {
    options,
    points: [],
    visible: new Uint8Array(),
    statuses: [],
    occupation: null,
    selected: null,
    language: options.language,
    setPoints: (points) => void (map.points = points),
    setVisible: (visible) => void (map.visible = visible),
    setStatuses: (statuses) => void (map.statuses = statuses),
    setOccupation: (layer) => void (map.occupation = layer),
    setLanguage: (language) => void (map.language = language),
    select: (index) => void (map.selected = index),
    whenIdle: () => Promise.resolve(),
    destroy: () => void maps.splice(maps.indexOf(map), 1),
  };
  maps.push(map);
  return map;
});
