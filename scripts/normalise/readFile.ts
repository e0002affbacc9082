// One input file through its reader: decoded, tokenised, every row either a deposit or a rejected row with a reason.

import type { Dataset, Deposit, Location, Oblast } from '../../src/core/deposit.ts';
import { singleSourceDeposit, unknownOccupation } from '../../src/core/deposit.ts';
import { hasCyrillic, transliterateUk } from '../../src/core/transliterate.ts';
import type { Places } from '../geo/places.ts';
import { decodeText, type Encoding } from '../io/decode.ts';
import { readTable, type Delimiter } from '../io/table.ts';
import type { RowValues } from '../formats/format.ts';
import { detectFormat, RowCursor, type ColumnMap, type ResolvedColumns } from './columns.ts';
import type { IdRegistry } from './ids.ts';
import { slugBase } from './ids.ts';
import { RecordIssues, type IssueLog, type RecordReporter } from './issues.ts';
import { resolveLocation } from './location.ts';
import { oblastFromText } from '../../src/core/oblasts.ts';

export interface InputFile {
  path: string; // as given on the command line, with / separators
  bytes: Uint8Array;
}

export interface FileReport {
  file: string;
  format: Dataset | null;
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  rowsIn: number;
  rowsOut: number;
  rowsRejected: number;
  warnings: Record<string, number>;
  errors: Record<string, number>;
}

export interface ReadContext {
  forcedFormat: Dataset | null;
  columnMap: ColumnMap;
  places: Places;
  ids: IdRegistry;
  log: IssueLog;
}

export function readInputFile(input: InputFile, context: ReadContext): { report: FileReport; deposits: Deposit[] } {
  const { log } = context;
  const file = input.path;
  const report: FileReport = {
    file,
    format: null,
    encoding: null,
    delimiter: null,
    rowsIn: 0,
    rowsOut: 0,
    rowsRejected: 0,
    warnings: {},
    errors: {},
  };
  const deposits: Deposit[] = [];
  const fileError = (code: string, message: string, line = 0) =>
    log.report({ file, line, recordId: '', severity: 'error', field: '', code, message });

  const decoded = decodeText(input.bytes);
  if (!decoded.ok) {
    fileError('unreadable-file', decoded.reason);
    return finish();
  }
  report.encoding = decoded.encoding;
  if (!/\S/.test(decoded.text)) {
    fileError('empty-file', 'the file is empty: expected a header row and at least one record');
    return finish();
  }

  let columns: ResolvedColumns | null = null;
  let cursor: RowCursor | null = null;
  let headerLine = 0;
  const table = readTable(decoded.text, {
    onHeader(header) {
      headerLine = header.line;
      const detection = detectFormat(header.fields, context.columnMap, context.forcedFormat);
      if (detection.ok) {
        columns = detection.columns;
        cursor = new RowCursor(columns);
        report.format = columns.reader.dataset;
      } else {
        fileError('unknown-format', detection.message, header.line);
      }
    },
    onRow(row) {
      if (columns === null || cursor === null) return;
      report.rowsIn++;
      const deposit = readRow(columns, cursor.moveTo(row.fields), row.fields.length, row.line, file, context);
      if (deposit) {
        deposits.push(deposit);
        report.rowsOut++;
      } else {
        report.rowsRejected++;
      }
    },
    onProblem(problem) {
      fileError('malformed-csv', problem.message, problem.line);
    },
  });
  report.delimiter = table.delimiter;
  if (columns !== null && report.rowsIn === 0) {
    fileError('no-records', 'the file has a header but no records', headerLine);
  }
  return finish();

  function finish() {
    const counts = log.countsFor(file);
    report.warnings = counts.warnings;
    report.errors = counts.errors;
    return { report, deposits };
  }
}

function readRow(
  columns: ResolvedColumns,
  values: RowValues,
  fieldCount: number,
  line: number,
  file: string,
  context: ReadContext,
): Deposit | null {
  const issues = new RecordIssues(context.log, file, line);
  const deposit = buildDeposit(columns, values, fieldCount, issues, file, line, context);
  issues.flush(deposit ? deposit.sources[0]!.recordId : values.get('recordId'));
  return deposit;
}

function buildDeposit(
  columns: ResolvedColumns,
  values: RowValues,
  fieldCount: number,
  report: RecordReporter,
  file: string,
  line: number,
  context: ReadContext,
): Deposit | null {
  const { reader, header } = columns;
  if (fieldCount > header.length && values.extraFieldsEmpty()) {
    report.warn('', 'extra-empty-fields', `${fieldCount} fields where the header has ${header.length}; the extra ones are empty`);
  } else if (fieldCount !== header.length) {
    report.error('', 'ragged-row', `${fieldCount} fields where the header has ${header.length}: the row cannot be matched to its columns`);
    return null;
  }

  const draft = reader.read(values, report);
  if (draft === null) return null;

  let id: string | null = null;
  if (draft.recordId !== null) {
    const claim = context.ids.claimSourceId(reader.dataset, draft.recordId, file, line);
    if (!claim.ok) {
      report.error(
        values.columnName('recordId'),
        'duplicate-id',
        `record id ${draft.recordId} was already used by ${claim.firstSeen.file} line ${claim.firstSeen.line}: expected each record once`,
      );
      return null;
    }
    id = claim.id;
  }
  const location = resolveLocation(draft.coordinates, draft.precision, draft.country, context.places, report);
  const latin = hasCyrillic(draft.name) ? transliterateUk(draft.name) : null;
  id ??= context.ids.claimSlug(reader.dataset, slugBase(latin ?? draft.name, draft.minerals, location), file, line);
  const recordId = draft.recordId ?? id.slice(reader.dataset.length + 1);
  const oblast = oblastOf(draft.oblastText, location, context.places, report);
  return singleSourceDeposit({
    id,
    name: { original: draft.name, latin },
    minerals: draft.minerals,
    location,
    // Crimea and the other occupied areas are Ukraine whatever a source calls them.
    country: location && oblast ? 'UA' : draft.country,
    oblast,
    adminArea: draft.adminArea,
    devStatus: draft.devStatus,
    reserves: draft.reserves,
    occupation: unknownOccupation(draft.reported),
    sources: [{ dataset: reader.dataset, file, line, recordId, url: draft.url }],
  });
}

/** The oblast of a located deposit comes from its coordinates; of an unlocated one, from the text the row gives. */
function oblastOf(text: string | null, location: Location | null, places: Places, report: RecordReporter): Oblast | null {
  const byLocation = location ? places.oblastAt(location.lon, location.lat) : null;
  const byText = text === null ? null : oblastFromText(text);
  if (text !== null && byText === null) {
    report.warn('oblast', 'unknown-oblast', `"${text}" is not an oblast of Ukraine: expected e.g. "Запорізька" or "Zaporizhzhia Oblast"`);
  } else if (byLocation && byText && byLocation.code !== byText.code) {
    report.warn(
      'oblast',
      'oblast-mismatch',
      `the row names ${byText.name} but its coordinates lie in ${byLocation.name}; the coordinates' oblast is kept`,
    );
  }
  return location ? byLocation : byText;
}
