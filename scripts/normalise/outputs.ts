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

const BUFFER_BYTES = 1 << 20;
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

/** A file written through one descriptor from a reused byte buffer, so 300,000 records never become one giant string
 * and no chunk is joined into a string only to be encoded again. */
class BufferedFile {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(piece: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + piece.length * 3 > this.buffer.length) {
      this.flush();
      if (piece.length * 3 > this.buffer.length) {
        writeSync(this.fd, piece);
        return;
      }
    }
    this.used += this.buffer.write(piece, this.used);
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }

  private flush(): void {
    for (let at = 0; at < this.used; ) at += writeSync(this.fd, this.buffer, at, this.used - at);
    this.used = 0;
  }
}

function writeLines(path: string, pieces: Iterable<string>): void {
  const file = new BufferedFile(path);
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
  const geojson = new BufferedFile(geojsonPath);
  const csv = new BufferedFile(csvPath);
  try {
    geojson.write('{"type":"FeatureCollection","features":[');
    // The byte-order mark makes spreadsheet programs read the Cyrillic names as UTF-8.
    csv.write(BOM + csvRow(FLAT_COLUMNS) + '\r\n');
    let features = 0;
    for (const deposit of deposits) {
      const flat = flattenDeposit(deposit);
      csv.write(csvRow(FLAT_COLUMNS.map((column) => flat[column]), { neutraliseFormulas: true }) + '\r\n');
      if (deposit.location === null) continue;
      // Written as text around the stringified properties: the same bytes as stringifying a Feature object, without
      // building one per deposit. Finite numbers print the same in JSON as in a template.
      const { lon, lat } = deposit.location;
      geojson.write(
        `${features++ === 0 ? '\n' : ',\n'}{"type":"Feature","id":${JSON.stringify(deposit.id)},` +
          `"geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":${JSON.stringify(flat)}}`,
      );
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
  const file = new BufferedFile(path);
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
