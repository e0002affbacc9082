// The Deposit record, schema version 1: what every reader produces and everything else reads.

import type { MineralId } from './minerals.ts';

export const SCHEMA_VERSION = 1;

export type Dataset = 'mrds' | 'pp1802' | 'ua-register';
export const DATASETS: readonly Dataset[] = ['mrds', 'pp1802', 'ua-register'];

export type OccupationStatus = 'occupied' | 'contested' | 'not-occupied' | 'not-applicable' | 'unknown';

export type LocationPrecision = 'exact' | 'approximate' | 'settlement' | 'district' | 'region';

export type DevStatusId =
  | 'producer'
  | 'past-producer'
  | 'developed'
  | 'explored'
  | 'prospect'
  | 'occurrence'
  | 'unknown';

export interface MineralMention {
  id: MineralId;
  asWritten: string;
}

export interface Location {
  lat: number;
  lon: number;
  precision: LocationPrecision;
}

export interface Oblast {
  code: string;
  name: string;
  nameUk: string;
}

export interface Reserve {
  mineral: MineralId | null;
  amount: number | null;
  unit: string | null;
  category: string | null;
  asWritten: string;
}

export interface OccupationChange {
  to: OccupationStatus;
  between: [string, string];
  source: string;
}

export interface Occupation {
  status: OccupationStatus;
  asOf: string | null;
  source: string | null;
  occupiedBefore2022: boolean | null;
  changes: OccupationChange[];
  distanceKm: number | null;
  reported: { text: string; source: string } | null;
}

export interface SourceRecord {
  dataset: Dataset;
  file: string;
  line: number;
  recordId: string;
  url: string | null;
}

export interface Deposit {
  id: string;
  name: { original: string; latin: string | null };
  minerals: MineralMention[];
  location: Location | null;
  country: string | null;
  oblast: Oblast | null;
  adminArea: string | null;
  devStatus: { id: DevStatusId; asWritten: string | null };
  reserves: Reserve[];
  occupation: Occupation;
  sources: SourceRecord[];
}

export interface DepositFile {
  schema: typeof SCHEMA_VERSION;
  deposits: Deposit[];
}

/** The occupation block of a deposit before any enrichment has run. */
export function unknownOccupation(reported: Occupation['reported'] = null): Occupation {
  return {
    status: 'unknown',
    asOf: null,
    source: null,
    occupiedBefore2022: null,
    changes: [],
    distanceKm: null,
    reported,
  };
}
