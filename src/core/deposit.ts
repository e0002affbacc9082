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
  origin: FieldOrigin;
  link: DepositLink;
}

/**
 * Which source record each field was taken from, as an index into `sources`; null where the field is empty.
 * `minerals` and `reserves` are the union over every source, each mention in its own source's wording. Added in
 * schema 1 without changing any other field's meaning.
 */
export interface FieldOrigin {
  name: number;
  location: number | null;
  country: number | null;
  oblast: number | null;
  adminArea: number | null;
  devStatus: number;
  /** Of `occupation.reported`. */
  reported: number | null;
}

/**
 * How the deposit relates to other records (src/core/linking/). A district point that holds deposits of its own
 * lists them in `contains` and is not counted in totals: the deposits it contains are (see `countsInTotals`).
 */
export interface DepositLink {
  /** The ids the other source records had on their own, sorted, so that old links and permalinks still resolve. */
  aliases: string[];
  /** The names the other source records give, as written, in `sources` order, without repeats. */
  otherNames: string[];
  /** Ids of the deposits that lie in this district, sorted. */
  contains: string[];
  /** Id of the district this deposit lies in, or null. */
  containedIn: string | null;
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

/** A record read from one source row, before linking: every field from that row, linked to nothing. */
export function singleSourceDeposit(record: Omit<Deposit, 'origin' | 'link'>): Deposit {
  // Field by field rather than by spreading: every deposit gets the record's key order, and the copy is cheap.
  return {
    id: record.id,
    name: record.name,
    minerals: record.minerals,
    location: record.location,
    country: record.country,
    oblast: record.oblast,
    adminArea: record.adminArea,
    devStatus: record.devStatus,
    reserves: record.reserves,
    occupation: record.occupation,
    sources: record.sources,
    origin: {
      name: 0,
      location: ownValue(record.location),
      country: ownValue(record.country),
      oblast: ownValue(record.oblast),
      adminArea: ownValue(record.adminArea),
      devStatus: 0,
      reported: ownValue(record.occupation.reported),
    },
    link: { aliases: [], otherNames: [], contains: [], containedIn: null },
  };
}

/** The only source's index (0) where it gives the value; null where no source does. */
function ownValue(value: unknown): number | null {
  return value === null ? null : 0;
}
