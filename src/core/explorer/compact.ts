// The explorer's data in the form it loads: `points.bin` (positions and classes, a few bytes per deposit, loaded
// first so the map draws without waiting) and `index.json` (ids, names and the rest, columnar, strings
// dictionary-coded). Both list deposits in the order of deposits.json, so an index is the same deposit everywhere.
//
// points.bin, little-endian: "NDRP", version (u32), count (u32), 0 (u32); then lon and lat as Int32 at 1e-5°
// (UNLOCATED in both for a deposit without coordinates); then one byte each of mineral class, development status
// and occupation status, as indices into MINERAL_CLASSES, DEV_STATUSES and OCCUPATION_STATUSES.

import type { Dataset, Deposit, DepositLink, DevStatusId, LocationPrecision, OccupationStatus } from '../deposit.ts';
import { countsInTotals } from '../linking/counting.ts';
import type { MineralId } from '../minerals.ts';
import type { ExplorerData, ExplorerDeposit, MineralClass, StatusChange } from './types.ts';

export const MINERAL_CLASSES: readonly MineralClass[] = [
  'titanium',
  'lithium',
  'graphite',
  'rare-earths',
  'multi',
  'other',
];

export const DEV_STATUSES: readonly DevStatusId[] = [
  'producer',
  'past-producer',
  'developed',
  'explored',
  'prospect',
  'occurrence',
  'unknown',
];

export const OCCUPATION_STATUSES: readonly OccupationStatus[] = [
  'occupied',
  'contested',
  'not-occupied',
  'not-applicable',
  'unknown',
];

/** The minerals that have a colour of their own on the map. */
const HEADLINE: ReadonlySet<MineralId> = new Set<MineralId>(['titanium', 'lithium', 'graphite', 'rare-earths']);

/**
 * The map colour of a deposit: its headline mineral (titanium, lithium, graphite, rare earths) when it has exactly
 * one, 'multi' when it has several of them, 'other' when it has none (whatever else it holds).
 */
export function mineralClassOf(minerals: readonly MineralId[]): MineralClass {
  let found: MineralClass | null = null;
  for (const id of minerals) {
    if (!HEADLINE.has(id) || id === found) continue;
    if (found !== null) return 'multi';
    found = id as MineralClass;
  }
  return found ?? 'other';
}

/** Positions are kept at 1e-5° (about 1 m), the resolution of points.bin. */
export const COORDINATE_SCALE = 1e5;
export const UNLOCATED = -2147483648;
// `+ 0` turns -0 into 0, which is what the integer file gives back.
const roundCoordinate = (degrees: number) => Math.round(degrees * COORDINATE_SCALE) / COORDINATE_SCALE + 0;

const UNLINKED: DepositLink = { aliases: [], otherNames: [], contains: [], containedIn: null };

/** A deposits.json written before linking has no `link`: each of its records stands alone. */
const linkOf = (d: Deposit): DepositLink => (d as Partial<Pick<Deposit, 'link'>>).link ?? UNLINKED;

export function toExplorerData(deposits: readonly Deposit[], asOf: string | null, source: string | null): ExplorerData {
  return {
    schema: 1,
    asOf,
    occupationSource: source,
    deposits: deposits.map((d): ExplorerDeposit => {
      const link = linkOf(d);
      return {
        id: d.id,
        name: d.name.original,
        latin: d.name.latin,
        minerals: uniqueSorted(d.minerals.map((m) => m.id)),
        lat: d.location ? roundCoordinate(d.location.lat) : null,
        lon: d.location ? roundCoordinate(d.location.lon) : null,
        precision: d.location?.precision ?? null,
        country: d.country,
        oblast: d.oblast?.code ?? null,
        datasets: uniqueSorted(d.sources.map((s) => s.dataset)),
        devStatus: d.devStatus.id,
        status: d.occupation.status,
        occupiedBefore2022: d.occupation.occupiedBefore2022,
        changes: d.occupation.changes.map((c) => ({ to: c.to, between: [c.between[0], c.between[1]] })),
        distanceKm: d.occupation.distanceKm,
        counted: countsInTotals({ link }),
        aliases: link.aliases,
        otherNames: link.otherNames,
        contains: link.contains,
        containedIn: link.containedIn,
      };
    }),
  };
}

function uniqueSorted<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// ---- points.bin

const MAGIC = [0x4e, 0x44, 0x52, 0x50]; // "NDRP"
const HEADER_BYTES = 16;
const POINTS_VERSION = 1;

/** Everything the map needs, by deposit index; lon/lat are NaN for an unlocated deposit. */
export interface ExplorerPoints {
  count: number;
  lon: Float64Array;
  lat: Float64Array;
  mineralClass: Uint8Array; // index into MINERAL_CLASSES
  devStatus: Uint8Array; // index into DEV_STATUSES
  status: Uint8Array; // index into OCCUPATION_STATUSES, at the history's latest date
}

export function encodeExplorerPoints(data: ExplorerData): Uint8Array {
  const n = data.deposits.length;
  const bytes = new Uint8Array(HEADER_BYTES + 11 * n);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  view.setUint32(4, POINTS_VERSION, true);
  view.setUint32(8, n, true);
  const classAt = HEADER_BYTES + 8 * n;
  data.deposits.forEach((d, i) => {
    const located = d.lon !== null && d.lat !== null;
    view.setInt32(HEADER_BYTES + 4 * i, located ? Math.round(d.lon! * COORDINATE_SCALE) : UNLOCATED, true);
    view.setInt32(HEADER_BYTES + 4 * (n + i), located ? Math.round(d.lat! * COORDINATE_SCALE) : UNLOCATED, true);
    bytes[classAt + i] = codeOf(MINERAL_CLASSES, mineralClassOf(d.minerals));
    bytes[classAt + n + i] = codeOf(DEV_STATUSES, d.devStatus);
    bytes[classAt + 2 * n + i] = codeOf(OCCUPATION_STATUSES, d.status);
  });
  return bytes;
}

export function decodeExplorerPoints(buffer: ArrayBuffer): ExplorerPoints {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not an explorer points file');
  const view = new DataView(buffer);
  const version = view.getUint32(4, true);
  if (version !== POINTS_VERSION) throw new Error(`explorer points file of version ${version}, expected ${POINTS_VERSION}`);
  const n = view.getUint32(8, true);
  if (bytes.length !== HEADER_BYTES + 11 * n) throw new Error(`explorer points file of ${bytes.length} bytes for ${n} deposits`);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = view.getInt32(HEADER_BYTES + 4 * i, true);
    const y = view.getInt32(HEADER_BYTES + 4 * (n + i), true);
    lon[i] = x === UNLOCATED ? NaN : x / COORDINATE_SCALE;
    lat[i] = y === UNLOCATED ? NaN : y / COORDINATE_SCALE;
  }
  const classAt = HEADER_BYTES + 8 * n;
  return {
    count: n,
    lon,
    lat,
    mineralClass: bytes.slice(classAt, classAt + n),
    devStatus: bytes.slice(classAt + n, classAt + 2 * n),
    status: bytes.slice(classAt + 2 * n, classAt + 3 * n),
  };
}

// ---- index.json

export const INDEX_FORMAT = 'nadra-explorer-index';
/** Version 2 added the linking columns (uncounted, aliases, otherNames, contains, containedIn). */
export const INDEX_VERSION = 2;

/** [deposit index, value] for the few deposits whose value is not empty, in deposit order. */
export type SparseColumn<T> = [number, T][];

/**
 * Columns by deposit index; a code of -1 is null; `changes` is flat: [deposit, status, from date, to date, …]. The
 * linking columns are sparse, since only a few deposits are linked to others.
 */
export interface ExplorerIndex {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  count: number;
  asOf: string | null;
  occupationSource: string | null;
  dictionaries: {
    minerals: MineralId[];
    precisions: LocationPrecision[];
    countries: string[];
    oblasts: string[];
    datasets: Dataset[][];
    dates: string[];
  };
  id: string[];
  name: string[];
  latin: (string | null)[];
  minerals: number[][];
  precision: number[];
  country: number[];
  oblast: number[];
  datasets: number[];
  occupiedBefore2022: number[]; // 1, 0, or -1 for null
  distanceKm: (number | null)[];
  changes: number[];
  /** Indices of the deposits the totals do not count. */
  uncounted: number[];
  aliases: SparseColumn<readonly string[]>;
  otherNames: SparseColumn<readonly string[]>;
  contains: SparseColumn<readonly string[]>;
  containedIn: SparseColumn<string>;
}

export function encodeExplorerIndex(data: ExplorerData): ExplorerIndex {
  const minerals = new Dictionary<MineralId>();
  const precisions = new Dictionary<LocationPrecision>();
  const countries = new Dictionary<string>();
  const oblasts = new Dictionary<string>();
  const datasets = new Dictionary<string>();
  const dates = new Dictionary<string>();
  const ds = data.deposits;
  const changes: number[] = [];
  ds.forEach((d, i) => {
    for (const c of d.changes) {
      changes.push(i, codeOf(OCCUPATION_STATUSES, c.to), dates.code(c.between[0]), dates.code(c.between[1]));
    }
  });
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    count: ds.length,
    asOf: data.asOf,
    occupationSource: data.occupationSource,
    dictionaries: {
      minerals: minerals.sortedValues(ds.flatMap((d) => d.minerals)),
      precisions: precisions.sortedValues(ds.map((d) => d.precision)),
      countries: countries.sortedValues(ds.map((d) => d.country)),
      oblasts: oblasts.sortedValues(ds.map((d) => d.oblast)),
      datasets: datasets.sortedValues(ds.map((d) => d.datasets.join('+'))).map((s) => s.split('+') as Dataset[]),
      dates: dates.values,
    },
    id: ds.map((d) => d.id),
    name: ds.map((d) => d.name),
    latin: ds.map((d) => d.latin),
    minerals: ds.map((d) => d.minerals.map((m) => minerals.code(m))),
    precision: ds.map((d) => precisions.code(d.precision)),
    country: ds.map((d) => countries.code(d.country)),
    oblast: ds.map((d) => oblasts.code(d.oblast)),
    datasets: ds.map((d) => datasets.code(d.datasets.join('+'))),
    occupiedBefore2022: ds.map((d) => (d.occupiedBefore2022 === null ? -1 : d.occupiedBefore2022 ? 1 : 0)),
    distanceKm: ds.map((d) => d.distanceKm),
    changes,
    uncounted: ds.flatMap((d, i) => (d.counted ? [] : [i])),
    aliases: sparse(ds, (d) => (d.aliases.length > 0 ? d.aliases : null)),
    otherNames: sparse(ds, (d) => (d.otherNames.length > 0 ? d.otherNames : null)),
    contains: sparse(ds, (d) => (d.contains.length > 0 ? d.contains : null)),
    containedIn: sparse(ds, (d) => d.containedIn),
  };
}

function sparse<T>(deposits: readonly ExplorerDeposit[], valueOf: (d: ExplorerDeposit) => T | null): SparseColumn<T> {
  const column: SparseColumn<T> = [];
  deposits.forEach((d, i) => {
    const value = valueOf(d);
    if (value !== null) column.push([i, value]);
  });
  return column;
}

/** Strings to small integers; the dictionary is sorted (or in first-use order for dates) so the bytes are stable. */
class Dictionary<T extends string> {
  values: T[] = [];
  private readonly codes = new Map<T, number>();

  /** Fixes the dictionary to the sorted distinct non-null values. */
  sortedValues(all: Iterable<T | null>): T[] {
    const distinct = new Set<T>();
    for (const v of all) if (v !== null) distinct.add(v);
    this.values = [...distinct].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.values.forEach((v, i) => this.codes.set(v, i));
    return this.values;
  }

  code(value: T | null): number {
    if (value === null) return -1;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

function codeOf<T>(list: readonly T[], value: T): number {
  const code = list.indexOf(value);
  if (code < 0) throw new Error(`"${String(value)}" has no code`);
  return code;
}

function entry<T>(list: readonly T[], code: number, what: string): T {
  const value = list[code];
  if (value === undefined) throw new Error(`explorer data refers to a missing ${what} ${code}`);
  return value;
}

/** Shared by every deposit without links: most of them, at 300,000 deposits. */
const NONE: readonly string[] = Object.freeze([]);

const orNull = <T>(list: readonly T[], code: number, what: string): T | null =>
  code < 0 ? null : entry(list, code, what);

export function decodeExplorerData(points: ExplorerPoints, index: ExplorerIndex): ExplorerData {
  if (index.format !== INDEX_FORMAT || index.version !== INDEX_VERSION) {
    throw new Error(`not an explorer index of version ${INDEX_VERSION}: run \`npm run data\` again`);
  }
  if (points.count !== index.count) throw new Error(`points for ${points.count} deposits, index for ${index.count}`);
  const dict = index.dictionaries;
  const changes: StatusChange[][] = Array.from({ length: index.count }, () => []);
  for (let k = 0; k < index.changes.length; k += 4) {
    const c = index.changes;
    entry(changes, c[k]!, 'deposit').push({
      to: entry(OCCUPATION_STATUSES, c[k + 1]!, 'status'),
      between: [entry(dict.dates, c[k + 2]!, 'date'), entry(dict.dates, c[k + 3]!, 'date')],
    });
  }
  const deposits = index.id.map((id, i): ExplorerDeposit => {
    const lon = points.lon[i]!;
    const lat = points.lat[i]!;
    const before2022 = index.occupiedBefore2022[i]!;
    return {
      id,
      name: index.name[i]!,
      latin: index.latin[i]!,
      minerals: index.minerals[i]!.map((c) => entry(dict.minerals, c, 'mineral')),
      lat: Number.isNaN(lat) ? null : lat,
      lon: Number.isNaN(lon) ? null : lon,
      precision: orNull(dict.precisions, index.precision[i]!, 'precision'),
      country: orNull(dict.countries, index.country[i]!, 'country'),
      oblast: orNull(dict.oblasts, index.oblast[i]!, 'oblast'),
      datasets: [...entry(dict.datasets, index.datasets[i]!, 'dataset set')],
      devStatus: entry(DEV_STATUSES, points.devStatus[i]!, 'development status'),
      status: entry(OCCUPATION_STATUSES, points.status[i]!, 'status'),
      occupiedBefore2022: before2022 < 0 ? null : before2022 === 1,
      changes: changes[i]!,
      distanceKm: index.distanceKm[i]!,
      counted: true,
      aliases: NONE,
      otherNames: NONE,
      contains: NONE,
      containedIn: null,
    };
  });
  const at = (i: number) => entry(deposits, i, 'deposit');
  for (const i of index.uncounted) at(i).counted = false;
  for (const [i, ids] of index.aliases) at(i).aliases = ids;
  for (const [i, names] of index.otherNames) at(i).otherNames = names;
  for (const [i, ids] of index.contains) at(i).contains = ids;
  for (const [i, id] of index.containedIn) at(i).containedIn = id;
  return { schema: 1, asOf: index.asOf, occupationSource: index.occupationSource, deposits };
}

// ---- full records, for the record panel

export const RECORDS_PER_SHARD = 500;

/** The shard file (public/data/records/<shard>.json) holding the full record of the deposit at `index`. */
export function recordShardOf(index: number): number {
  return Math.floor(index / RECORDS_PER_SHARD);
}

export interface RecordShard {
  schema: 1;
  first: number; // index of the shard's first deposit
  deposits: Deposit[];
}

/** Where the explorer's files live, relative to the site's base URL. */
export const EXPLORER_FILES = {
  points: 'data/explorer/points.bin',
  index: 'data/explorer/index.json',
  occupation: 'data/explorer/occupation.json.gz', // the history codec's JSON, gzipped: see occupationFile.ts
  land: 'data/explorer/land.json', // Ukraine's land for the line rule: see src/core/occupation/landFile.ts
  records: (shard: number) => `data/records/${shard}.json`,
} as const;
