// What a reader of one input format is: the columns it knows, and how one row becomes a draft deposit.

import type { Dataset, Deposit, LocationPrecision, MineralMention, Occupation, Reserve } from '../../src/core/deposit.ts';
import type { RecordReporter } from '../normalise/issues.ts';

/** Record fields a file's columns can be mapped to (the keys of a `--columns` map). */
export const FIELDS = [
  'recordId',
  'url',
  'name',
  'minerals',
  'lat',
  'lon',
  'coordinates',
  'country',
  'oblast',
  'adminArea',
  'settlement',
  'precision',
  'devStatus',
  'reserves',
  'reported',
  'source',
] as const;
export type Field = (typeof FIELDS)[number];

/** Coordinates as the file writes them; parsing and checking them is shared by every format. */
export type RawCoordinates =
  | { kind: 'separate'; lat: string; lon: string; latField: string; lonField: string }
  | { kind: 'combined'; text: string; field: string };

export interface DraftDeposit {
  recordId: string | null; // the source's own id, only when it is a real one (never a row number)
  url: string | null;
  name: string;
  minerals: MineralMention[];
  coordinates: RawCoordinates | null;
  precision: LocationPrecision;
  country: string | null;
  oblastText: string | null;
  adminArea: string | null;
  devStatus: Deposit['devStatus'];
  reserves: Reserve[];
  reported: Occupation['reported'];
}

/** The values of one row, by field; absent columns read as ''. */
export interface RowValues {
  get(field: Field): string;
  /** Every column mapped to the field (MRDS spreads minerals over commod1..3). */
  all(field: Field): string[];
  has(field: Field): boolean;
  columnName(field: Field): string;
  /** Whether every field beyond the header's width is blank (a trailing delimiter, not a shifted row). */
  extraFieldsEmpty(): boolean;
}

export interface FormatReader {
  dataset: Dataset;
  title: string;
  /** Column names by field; a field may take several columns (all are read). */
  columns: Partial<Record<Field, readonly (readonly string[])[]>>;
  /** Fields a header must have for the format to be recognised; an inner array means any one of them. */
  required: readonly (Field | readonly Field[])[];
  read(row: RowValues, report: RecordReporter): DraftDeposit | null;
}
