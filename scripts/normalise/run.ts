// The normalise pipeline over a list of files: each read in order, ids handed out in that order, all accounted for.

import type { Dataset, Deposit } from '../../src/core/deposit.ts';
import { countsInTotals } from '../../src/core/linking/counting.ts';
import type { OccupationHistory } from '../../src/core/occupation/history.ts';
import type { Places } from '../geo/places.ts';
import { describeHistory, enrichDeposits, type HistorySummary } from '../occupation/enrich.ts';
import type { ColumnMap } from './columns.ts';
import { IdRegistry } from './ids.ts';
import { IssueLog, type Issue } from './issues.ts';
import { linkDeposits, type LinkOptions, type LinkRow } from './link.ts';
import { readInputFile, type FileReport, type InputFile } from './readFile.ts';

export interface NormaliseOptions {
  format: Dataset | null;
  columns: ColumnMap;
  places: Places;
  /** Linking of records that describe one deposit (scripts/normalise/link.ts); without it each record stays alone. */
  link?: LinkOptions;
  /** The history to enrich with (scripts/occupation/enrich.ts); without it every status stays 'unknown'. */
  occupation?: OccupationHistory;
}

export interface Report {
  schema: 1;
  files: FileReport[];
  /** The occupation history the statuses come from, or null when enrichment was skipped. */
  occupation: HistorySummary | null;
  totals: {
    files: number;
    filesRead: number;
    rowsIn: number;
    rowsOut: number;
    rowsRejected: number;
    deposits: number;
    /** Deposits counted in totals: all but the districts that hold deposits of their own (countsInTotals). */
    counted: number;
    located: number;
    warnings: number;
    errors: number;
  };
}

export interface NormaliseResult {
  deposits: Deposit[]; // sorted by id
  issues: Issue[];
  links: LinkRow[];
  report: Report;
}

export function normaliseInputs(inputs: readonly InputFile[], options: NormaliseOptions): NormaliseResult {
  const log = new IssueLog();
  const context = { forcedFormat: options.format, columnMap: options.columns, places: options.places, ids: new IdRegistry(), log };
  const files: FileReport[] = [];
  const records: Deposit[] = [];
  for (const input of inputs) {
    const read = readInputFile(input, context);
    files.push(read.report);
    for (const deposit of read.deposits) records.push(deposit);
  }
  const linked = options.link ? linkDeposits(records, options.link, log) : { deposits: records, links: [] };
  const { links } = linked;
  const deposits = options.occupation ? enrichDeposits(linked.deposits, options.occupation, options.places) : linked.deposits;
  deposits.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sum = (pick: (file: FileReport) => number) => files.reduce((n, file) => n + pick(file), 0);
  return {
    deposits,
    issues: log.issues,
    links,
    report: {
      schema: 1,
      files,
      occupation: options.occupation ? describeHistory(options.occupation) : null,
      totals: {
        files: files.length,
        filesRead: files.filter((file) => file.format !== null && file.rowsIn > 0).length,
        rowsIn: sum((file) => file.rowsIn),
        rowsOut: sum((file) => file.rowsOut),
        rowsRejected: sum((file) => file.rowsRejected),
        deposits: deposits.length,
        counted: deposits.filter(countsInTotals).length,
        located: deposits.filter((deposit) => deposit.location !== null).length,
        // From the log rather than the files: a link override's issues belong to the overrides file.
        warnings: log.issues.length - log.errorCount,
        errors: log.errorCount,
      },
    },
  };
}
