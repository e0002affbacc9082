// One deposit as one flat row: the columns of deposits.csv and the properties of deposits.geojson, shared by the
// pipeline's outputs and the client's downloads so both say the same thing.

import type { Deposit } from './deposit.ts';

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
    minerals: d.minerals.map((m) => m.id).join(LIST),
    minerals_as_written: d.minerals.map((m) => m.asWritten).join(LIST),
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
    reserves: d.reserves.map((r) => r.asWritten).join(LIST),
    occupation_status: o.status,
    occupation_as_of: o.asOf,
    occupation_source: o.source,
    occupied_before_2022: o.occupiedBefore2022,
    occupation_changes: o.changes.map((c) => `${c.to} ${c.between[0]}/${c.between[1]}`).join(LIST),
    distance_to_line_km: o.distanceKm,
    reported_occupation: o.reported?.text ?? null,
    datasets: unique(d.sources.map((s) => s.dataset)).join(LIST),
    source_files: unique(d.sources.map((s) => s.file)).join(LIST),
    source_lines: d.sources.map((s) => s.line).join(LIST),
    source_record_ids: d.sources.map((s) => s.recordId).join(LIST),
    source_urls: d.sources.flatMap((s) => (s.url ? [s.url] : [])).join(LIST),
    aliases: d.link.aliases.join(LIST),
    other_names: d.link.otherNames.join(LIST),
    contains: d.link.contains.join(LIST),
    contained_in: d.link.containedIn,
  };
}

function unique<T>(values: T[]): T[] {
  return values.length < 2 ? values : [...new Set(values)];
}
