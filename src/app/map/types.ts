// The explorer's only view of the map: everything outside src/app/map talks to it through this interface, so
// component tests replace it at this edge.

import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { OccupationStatus } from '../../core/deposit.ts';
import type { MineralClass } from '../../core/explorer/types.ts';

export interface MapPoint {
  lon: number;
  lat: number;
  mineralClass: MineralClass;
  devStatus: string; // DevStatusId: drives size/shape
}

export interface OccupationLayer {
  date: string;
  occupied: MultiPolygon | null;
  contested: MultiPolygon | null;
  occupiedBefore2022: MultiPolygon | null;
  attribution: string; // e.g. "Source: DeepStateMap (deepstatemap.live), 2026-08-22"
}

export interface DepositMapOptions {
  container: HTMLElement;
  language: 'en' | 'uk';
  onSelect(index: number | null): void; // a click on a deposit (index into the points), or on empty map
}

export interface DepositMap {
  /** Every deposit's point, by index; unlocated deposits are null and never drawn. Called once. */
  setPoints(points: readonly (MapPoint | null)[]): void;
  /** Which deposits the filters keep (1) or hide (0), by index. */
  setVisible(visible: Uint8Array): void;
  /** Each deposit's status at the selected date, by index: drawn as a second cue (ring) on the point. */
  setStatuses(statuses: readonly OccupationStatus[]): void;
  setOccupation(layer: OccupationLayer | null): void;
  setLanguage(language: 'en' | 'uk'): void;
  select(index: number | null): void;
  /** Resolves when the map is idle with the current data drawn. */
  whenIdle(): Promise<void>;
  destroy(): void;
}

export type CreateDepositMap = (options: DepositMapOptions) => DepositMap;
export type { FeatureCollection };
