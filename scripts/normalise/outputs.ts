// Writing the six outputs all or nothing: everything is written into a fresh temporary folder beside DIR, and only
// when every file is complete are they renamed into DIR, so a failed run leaves earlier outputs as they were.

import { closeSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { csvRow } from '../../src/core/csv.ts';
import { SCHEMA_VERSION, type Deposit } from '../../src/core/deposit.ts';
import { FLAT_COLUMNS, flattenDeposit } from '../../src/core/flatDeposit.ts';
import { ISSUE_COLUMNS } from './issues.ts';
import { LINK_COLUMNS } from './link.ts';
import type { NormaliseResult, Report } from './run.ts';

export const OUTPUT_FILES = [
  'deposits.json',
  'deposits.geojson',
  'deposits.csv',
  'issues.csv',
  'report.json',
  'links.csv',
] as const;

const CHUNK = 2000;
const BOM = '\uFEFF';

export function writeOutputs(outDir: string, result: NormaliseResult): void {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.partial-`));
  try {
    writeDepositsJson(join(staging, 'deposits.json'), result.deposits);
    writeFlatOutputs(join(staging, 'deposits.geojson'), join(staging, 'deposits.csv'), result.deposits);
    writeRecordsCsv(join(staging, 'issues.csv'), ISSUE_COLUMNS, result.issues);
    writeLines(join(staging, 'report.json'), [JSON.stringify(sortedReport(result.report), null, 2)]);
    writeRecordsCsv(join(staging, 'links.csv'), LINK_COLUMNS, result.links);
    mkdirSync(target, { recursive: true });
    for (const name of OUTPUT_FILES) renameSync(join(staging, name), join(target, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** A file written through one descriptor in large chunks, so 300,000 records never become one giant string. */
class ChunkedFile {
  private readonly fd: number;
  private pieces: string[] = [];

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(piece: string): void {
    this.pieces.push(piece);
    if (this.pieces.length >= CHUNK) this.flush();
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }

  private flush(): void {
    if (this.pieces.length > 0) writeSync(this.fd, this.pieces.join(''));
    this.pieces = [];
  }
}

function writeLines(path: string, pieces: Iterable<string>): void {
  const file = new ChunkedFile(path);
  try {
    for (const piece of pieces) file.write(piece);
  } finally {
    file.close();
  }
}

function* jsonArray<T>(open: string, items: readonly T[], encode: (item: T) => string, close: string): Generator<string> {
  yield open;
  for (let i = 0; i < items.length; i++) yield (i === 0 ? '\n' : ',\n') + encode(items[i]!);
  yield `\n${close}\n`;
}

function writeDepositsJson(path: string, deposits: readonly Deposit[]): void {
  writeLines(path, jsonArray(`{"schema":${SCHEMA_VERSION},"deposits":[`, deposits, (d) => JSON.stringify(d), ']}'));
}

/** deposits.geojson and deposits.csv in one pass, so each deposit is flattened once. */
function writeFlatOutputs(geojsonPath: string, csvPath: string, deposits: readonly Deposit[]): void {
  const geojson = new ChunkedFile(geojsonPath);
  const csv = new ChunkedFile(csvPath);
  try {
    geojson.write('{"type":"FeatureCollection","features":[');
    // The byte-order mark makes spreadsheet programs read the Cyrillic names as UTF-8.
    csv.write(BOM + csvRow(FLAT_COLUMNS) + '\r\n');
    let features = 0;
    for (const deposit of deposits) {
      const flat = flattenDeposit(deposit);
      csv.write(csvRow(FLAT_COLUMNS.map((column) => flat[column]), { neutraliseFormulas: true }) + '\r\n');
      if (deposit.location === null) continue;
      const feature = {
        type: 'Feature',
        id: deposit.id,
        geometry: { type: 'Point', coordinates: [deposit.location.lon, deposit.location.lat] },
        properties: flat,
      };
      geojson.write((features++ === 0 ? '\n' : ',\n') + JSON.stringify(feature));
    }
    geojson.write('\n]}\n');
  } finally {
    geojson.close();
    csv.close();
  }
}

/** issues.csv and links.csv: one row per record, values in column order, formulas neutralised. */
function writeRecordsCsv<Column extends string>(
  path: string,
  columns: readonly Column[],
  records: readonly Record<Column, string | number | null>[],
): void {
  const file = new ChunkedFile(path);
  try {
    file.write(csvRow(columns) + '\r\n');
    for (const record of records) file.write(csvRow(columns.map((column) => record[column]), { neutraliseFormulas: true }) + '\r\n');
  } finally {
    file.close();
  }
}

function sortKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function sortedReport(report: Report): Report {
  return { ...report, files: report.files.map((file) => ({ ...file, warnings: sortKeys(file.warnings), errors: sortKeys(file.errors) })) };
}
