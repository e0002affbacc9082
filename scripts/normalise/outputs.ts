// Writing the five outputs all or nothing: everything is written into a fresh temporary folder beside DIR, and only
// when every file is complete are they renamed into DIR, so a failed run leaves earlier outputs as they were.

import { closeSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { csvRow } from '../../src/core/csv.ts';
import { SCHEMA_VERSION, type Deposit } from '../../src/core/deposit.ts';
import { FLAT_COLUMNS, flattenDeposit } from '../../src/core/flatDeposit.ts';
import { ISSUE_COLUMNS, type Issue } from './issues.ts';
import type { NormaliseResult, Report } from './run.ts';

export const OUTPUT_FILES = ['deposits.json', 'deposits.geojson', 'deposits.csv', 'issues.csv', 'report.json'] as const;

const CHUNK = 2000;
const BOM = '\uFEFF';

export function writeOutputs(outDir: string, result: NormaliseResult): void {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.partial-`));
  try {
    writeDepositsJson(join(staging, 'deposits.json'), result.deposits);
    writeDepositsGeoJson(join(staging, 'deposits.geojson'), result.deposits);
    writeDepositsCsv(join(staging, 'deposits.csv'), result.deposits);
    writeIssuesCsv(join(staging, 'issues.csv'), result.issues);
    writeLines(join(staging, 'report.json'), [JSON.stringify(sortedReport(result.report), null, 2)]);
    mkdirSync(target, { recursive: true });
    for (const name of OUTPUT_FILES) renameSync(join(staging, name), join(target, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Writes text pieces through one file descriptor, in chunks, so 300,000 records never become one giant string. */
function writeLines(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    let buffer: string[] = [];
    for (const piece of pieces) {
      buffer.push(piece);
      if (buffer.length >= CHUNK) {
        writeSync(fd, buffer.join(''));
        buffer = [];
      }
    }
    if (buffer.length > 0) writeSync(fd, buffer.join(''));
  } finally {
    closeSync(fd);
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

function writeDepositsGeoJson(path: string, deposits: readonly Deposit[]): void {
  const located = deposits.filter((d) => d.location !== null);
  const feature = (d: Deposit) =>
    JSON.stringify({
      type: 'Feature',
      id: d.id,
      geometry: { type: 'Point', coordinates: [d.location!.lon, d.location!.lat] },
      properties: flattenDeposit(d),
    });
  writeLines(path, jsonArray('{"type":"FeatureCollection","features":[', located, feature, ']}'));
}

function* csvLines(header: readonly string[], rows: Iterable<readonly (string | number | boolean | null)[]>, bom: boolean) {
  yield (bom ? BOM : '') + csvRow(header) + '\r\n';
  for (const row of rows) yield csvRow(row, { neutraliseFormulas: true }) + '\r\n';
}

function writeDepositsCsv(path: string, deposits: readonly Deposit[]): void {
  const rows = (function* () {
    for (const d of deposits) {
      const flat = flattenDeposit(d);
      yield FLAT_COLUMNS.map((column) => flat[column]);
    }
  })();
  // The byte-order mark makes spreadsheet programs read the Cyrillic names as UTF-8.
  writeLines(path, csvLines(FLAT_COLUMNS, rows, true));
}

function writeIssuesCsv(path: string, issues: readonly Issue[]): void {
  const rows = (function* () {
    for (const issue of issues) yield ISSUE_COLUMNS.map((column) => issue[column]);
  })();
  writeLines(path, csvLines(ISSUE_COLUMNS, rows, false));
}

function sortKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function sortedReport(report: Report): Report {
  return { ...report, files: report.files.map((file) => ({ ...file, warnings: sortKeys(file.warnings), errors: sortKeys(file.errors) })) };
}
