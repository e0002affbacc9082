// One deposit as one flat row: the columns of deposits.csv and the properties of deposits.geojson, shared by the
// pipeline's outputs and the client's downloads so both say the same thing.

import type { Deposit, MineralMention, OccupationChange, SourceRecord } from './deposit.ts';

export const FLAT_COLUMNS = [
  'id',
  'name',
  'name_latin',
  'minerals',
  'minerals_as_written',
  'lat',
  'lon',
  'location_precision',
  'country',
  'oblast_code',
  'oblast',
  'oblast_uk',
  'admin_area',
  'dev_status',
  'dev_status_as_written',
  'reserves',
  'occupation_status',
  'occupation_as_of',
  'occupation_source',
  'occupied_before_2022',
  'occupation_changes',
  'distance_to_line_km',
  'reported_occupation',
  'datasets',
  'source_files',
  'source_lines',
  'source_record_ids',
  'source_urls',
  'aliases',
  'other_names',
  'contains',
  'contained_in',
] as const;

export type FlatColumn = (typeof FLAT_COLUMNS)[number];
export type FlatValue = string | number | boolean | null;
export type FlatDeposit = Record<FlatColumn, FlatValue>;

const LIST = ';';

export function flattenDeposit(d: Deposit): FlatDeposit {
  const o = d.occupation;
  return {
    id: d.id,
    name: d.name.original,
    name_latin: d.name.latin,
    minerals: joined(d.minerals, mineralId),
    minerals_as_written: joined(d.minerals, asWritten),
    lat: d.location?.lat ?? null,
    lon: d.location?.lon ?? null,
    location_precision: d.location?.precision ?? null,
    country: d.country,
    oblast_code: d.oblast?.code ?? null,
    oblast: d.oblast?.name ?? null,
    oblast_uk: d.oblast?.nameUk ?? null,
    admin_area: d.adminArea,
    dev_status: d.devStatus.id,
    dev_status_as_written: d.devStatus.asWritten,
    reserves: joined(d.reserves, asWritten),
    occupation_status: o.status,
    occupation_as_of: o.asOf,
    occupation_source: o.source,
    occupied_before_2022: o.occupiedBefore2022,
    occupation_changes: joined(o.changes, describeChange),
    distance_to_line_km: o.distanceKm,
    reported_occupation: o.reported?.text ?? null,
    datasets: joinedOnce(d.sources, sourceDataset),
    source_files: joinedOnce(d.sources, sourceFile),
    source_lines: joined(d.sources, sourceLine),
    source_record_ids: joined(d.sources, sourceRecordId),
    source_urls: joined(d.sources.filter(hasUrl), sourceUrl),
    aliases: d.link.aliases.join(LIST),
    other_names: d.link.otherNames.join(LIST),
    contains: d.link.contains.join(LIST),
    contained_in: d.link.containedIn,
  };
}

// Lists are joined by hand rather than mapped and joined: flattening runs once per deposit per output, 300,000 times
// for the whole of MRDS, and the intermediate arrays were most of its cost.
function joined<T>(items: readonly T[], pick: (item: T) => string | number): string {
  if (items.length === 0) return '';
  let text = String(pick(items[0]!));
  for (let i = 1; i < items.length; i++) text += LIST + pick(items[i]!);
  return text;
}

/** As `joined`, each value once, in first-seen order. */
function joinedOnce<T>(items: readonly T[], pick: (item: T) => string): string {
  if (items.length < 2) return joined(items, pick);
  return [...new Set(items.map(pick))].join(LIST);
}

const mineralId = (mineral: MineralMention): string => mineral.id;
const asWritten = (item: { asWritten: string }): string => item.asWritten;
const describeChange = (change: OccupationChange): string => `${change.to} ${change.between[0]}/${change.between[1]}`;
const sourceDataset = (source: SourceRecord): string => source.dataset;
const sourceFile = (source: SourceRecord): string => source.file;
const sourceLine = (source: SourceRecord): number => source.line;
const sourceRecordId = (source: SourceRecord): string => source.recordId;
const hasUrl = (source: SourceRecord): source is SourceRecord & { url: string } => Boolean(source.url);
const sourceUrl = (source: SourceRecord & { url: string }): string => source.url;
