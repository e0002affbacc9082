// Deterministic MRDS-layout benchmark input: the 45-column export (with `url`), values drawn from real MRDS
// vocabularies, about 1 % deliberate coordinate defects and 0.1 % records with a line break inside a quoted field, so
// a benchmark run goes through the normaliser's error paths as a real file would.
//
//   tsx scripts/bench/generateMrds.ts --rows 300000 --seed 1 --out FILE
//
// Same (rows, seed) → same bytes. The dep_id values (from 90000001) are synthetic and are not real MRDS records.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { COUNTRY_AREAS, PERU_WEIGHT, type StateBox } from './mrdsCountryBoxes.ts';
import {
  AROCK_TYPE,
  COM_TYPE,
  COMMOD1,
  DEP_TYPE,
  DEV_STAT,
  HROCK_TYPE,
  ORE,
  PERU_POINTS,
  PROD_SIZE,
  SITE_NAMES,
  WORK_TYPE,
  type Weighted,
} from './mrdsVocabulary.ts';

export const MRDS_URL_HEADER: readonly string[] = [
  'dep_id', 'url', 'mrds_id', 'mas_id', 'site_name', 'latitude', 'longitude', 'region', 'country', 'state', 'county',
  'com_type', 'commod1', 'commod2', 'commod3', 'oper_type', 'dep_type', 'prod_size', 'dev_stat', 'ore', 'gangue',
  'other_matl', 'orebody_fm', 'work_type', 'model', 'alteration', 'conc_proc', 'names', 'ore_ctrl', 'reporter',
  'hrock_unit', 'hrock_type', 'arock_unit', 'arock_type', 'structure', 'tectonic', 'ref', 'yfp_ba', 'yr_fst_prd',
  'ylp_ba', 'yr_lst_prd', 'dy_ba', 'disc_yr', 'prod_yrs', 'discr',
];

export const FIRST_DEP_ID = 90_000_001;
export const DEFECT_RATE = 0.01;
export const LINE_BREAK_RATE = 0.001;

const URL_PREFIX = 'https://mrdata.usgs.gov/mrds/show-mrds.php?dep_id=';
const PERU_JITTER_DEGREES = 0.02;
const ROWS_PER_CHUNK = 10_000;

/** mulberry32: a small, fast 32-bit PRNG; good enough to spread benchmark values, and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NEEDS_QUOTES = /[",\r\n]/;

function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

// Weighted vocabularies are expanded once into flat tables of already-quoted cells, so a draw is one index.
function expand(items: readonly Weighted[]): readonly string[] {
  const table: string[] = [];
  for (const [value, count] of items) {
    const cell = csvField(value);
    for (let i = 0; i < count; i += 1) table.push(cell);
  }
  return table;
}

function pick<T>(table: readonly T[], random: () => number): T {
  return table[Math.floor(random() * table.length)] as T;
}

const TABLES = {
  devStat: expand(DEV_STAT),
  comType: expand(COM_TYPE),
  prodSize: expand(PROD_SIZE),
  workType: expand(WORK_TYPE),
  depType: expand(DEP_TYPE),
  commod1: expand(COMMOD1),
  ore: expand(ORE),
  hrockType: expand(HROCK_TYPE),
  arockType: expand(AROCK_TYPE),
  siteName: SITE_NAMES.map(csvField),
};

const MULTI_ORES: readonly string[] = ORE.map(([value]) => value).filter((value) => value.includes(', '));

interface Placement {
  country: string;
  region: string;
  boxes: readonly StateBox[] | null;
}

const PLACEMENTS: readonly Placement[] = [
  ...Array.from({ length: PERU_WEIGHT }, () => ({ country: 'Peru', region: 'SA', boxes: null })),
  ...COUNTRY_AREAS.flatMap((area) =>
    Array.from({ length: area.weight }, () => ({ country: area.country, region: area.region, boxes: area.boxes })),
  ),
];

const COLUMN = Object.fromEntries(MRDS_URL_HEADER.map((name, index) => [name, index])) as Record<string, number>;

function coordinate(value: number): string {
  return String(Math.round(value * 1e5) / 1e5);
}

interface Point {
  state: string;
  lat: number;
  lon: number;
}

function place(placement: Placement, random: () => number): Point {
  if (placement.boxes === null) {
    const [state, lat, lon] = pick(PERU_POINTS, random);
    return {
      state,
      lat: lat + (random() * 2 - 1) * PERU_JITTER_DEGREES,
      lon: lon + (random() * 2 - 1) * PERU_JITTER_DEGREES,
    };
  }
  const box = pick(placement.boxes, random);
  return {
    state: box.state,
    lat: box.south + random() * (box.north - box.south),
    lon: box.west + random() * (box.east - box.west),
  };
}

// The three coordinate defects seen in real MRDS values: missing, (0, 0), and hemisphere signs dropped.
function coordinateCells(point: Point, random: () => number): [string, string] {
  if (random() >= DEFECT_RATE) return [coordinate(point.lat), coordinate(point.lon)];
  const kind = Math.floor(random() * 3);
  if (kind === 0) return ['', ''];
  if (kind === 1) return ['0', '0'];
  return [coordinate(Math.abs(point.lat)), coordinate(Math.abs(point.lon))];
}

function oreCell(random: () => number): string {
  if (random() >= LINE_BREAK_RATE) return pick(TABLES.ore, random);
  return csvField(pick(MULTI_ORES, random).replace(', ', ',\n'));
}

function set(cells: string[], column: string, value: string): void {
  cells[COLUMN[column] as number] = value;
}

function record(index: number, random: () => number): string {
  const cells = new Array<string>(MRDS_URL_HEADER.length).fill('');
  const depId = String(FIRST_DEP_ID + index);
  const placement = pick(PLACEMENTS, random);
  const point = place(placement, random);
  const [lat, lon] = coordinateCells(point, random);
  set(cells, 'dep_id', depId);
  set(cells, 'url', URL_PREFIX + depId);
  set(cells, 'site_name', pick(TABLES.siteName, random));
  set(cells, 'latitude', lat);
  set(cells, 'longitude', lon);
  set(cells, 'region', placement.region);
  set(cells, 'country', placement.country);
  set(cells, 'state', csvField(point.state));
  set(cells, 'com_type', pick(TABLES.comType, random));
  set(cells, 'commod1', pick(TABLES.commod1, random));
  set(cells, 'dep_type', pick(TABLES.depType, random));
  set(cells, 'prod_size', pick(TABLES.prodSize, random));
  set(cells, 'dev_stat', pick(TABLES.devStat, random));
  set(cells, 'ore', oreCell(random));
  set(cells, 'work_type', pick(TABLES.workType, random));
  set(cells, 'hrock_type', pick(TABLES.hrockType, random));
  set(cells, 'arock_type', pick(TABLES.arockType, random));
  return cells.join(',');
}

function checkArguments(rows: number, seed: number): void {
  if (!Number.isSafeInteger(rows) || rows < 0) throw new RangeError(`rows must be a whole number ≥ 0, got ${rows}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
}

/** The benchmark file in pieces (header first, then blocks of records, each line ending in LF), for streaming. */
export function* mrdsCsvChunks(rows: number, seed: number): Generator<string> {
  checkArguments(rows, seed);
  const random = mulberry32(seed);
  yield `${MRDS_URL_HEADER.join(',')}\n`;
  for (let start = 0; start < rows; start += ROWS_PER_CHUNK) {
    const end = Math.min(rows, start + ROWS_PER_CHUNK);
    const lines = new Array<string>(end - start);
    for (let index = start; index < end; index += 1) lines[index - start] = record(index, random);
    yield `${lines.join('\n')}\n`;
  }
}

export function generateMrdsCsv(rows: number, seed: number): string {
  return Array.from(mrdsCsvChunks(rows, seed)).join('');
}

function wholeNumber(name: string, text: string | undefined): number {
  const value = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isSafeInteger(value)) {
    throw new RangeError(`--${name} needs a whole number, got ${text ?? 'nothing'}`);
  }
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rows: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  });
  if (values.out === undefined) throw new RangeError('--out FILE is required');
  const rows = wholeNumber('rows', values.rows);
  const seed = wholeNumber('seed', values.seed);
  const stream = createWriteStream(values.out);
  let bytes = 0;
  for (const chunk of mrdsCsvChunks(rows, seed)) {
    bytes += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  stream.end();
  await finished(stream);
  process.stderr.write(`wrote ${rows} MRDS records (${(bytes / 1e6).toFixed(1)} MB) to ${values.out}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await main();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
