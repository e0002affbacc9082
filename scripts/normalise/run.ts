// The normalise pipeline over a list of files: each read in order, ids handed out in that order, all accounted for.

import type { Dataset, Deposit } from '../../src/core/deposit.ts';
import type { Places } from '../geo/places.ts';
import type { ColumnMap } from './columns.ts';
import { IdRegistry } from './ids.ts';
import { IssueLog, type Issue } from './issues.ts';
import { readInputFile, type FileReport, type InputFile } from './readFile.ts';

export interface NormaliseOptions {
  format: Dataset | null;
  columns: ColumnMap;
  places: Places;
}

export interface Report {
  schema: 1;
  files: FileReport[];
  totals: {
    files: number;
    filesRead: number;
    rowsIn: number;
    rowsOut: number;
    rowsRejected: number;
    deposits: number;
    located: number;
    warnings: number;
    errors: number;
  };
}

export interface NormaliseResult {
  deposits: Deposit[]; // sorted by id
  issues: Issue[];
  report: Report;
}

export function normaliseInputs(inputs: readonly InputFile[], options: NormaliseOptions): NormaliseResult {
  const log = new IssueLog();
  const context = { forcedFormat: options.format, columnMap: options.columns, places: options.places, ids: new IdRegistry(), log };
  const files: FileReport[] = [];
  const deposits: Deposit[] = [];
  for (const input of inputs) {
    const read = readInputFile(input, context);
    files.push(read.report);
    for (const deposit of read.deposits) deposits.push(deposit);
  }
  deposits.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sum = (pick: (file: FileReport) => number) => files.reduce((n, file) => n + pick(file), 0);
  const count = (counts: Record<string, number>) => Object.values(counts).reduce((n, c) => n + c, 0);
  return {
    deposits,
    issues: log.issues,
    report: {
      schema: 1,
      files,
      totals: {
        files: files.length,
        filesRead: files.filter((file) => file.format !== null && file.rowsIn > 0).length,
        rowsIn: sum((file) => file.rowsIn),
        rowsOut: sum((file) => file.rowsOut),
        rowsRejected: sum((file) => file.rowsRejected),
        deposits: deposits.length,
        located: deposits.filter((deposit) => deposit.location !== null).length,
        warnings: sum((file) => count(file.warnings)),
        errors: sum((file) => count(file.errors)),
      },
    },
  };
}
