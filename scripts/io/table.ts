// Streams a delimited text table record by record, telling for each record the physical line where it starts, so
// that every issue can point at the line a user sees in an editor even when quoted fields hold line breaks.

import Papa, { type ParseError } from 'papaparse';

export type Delimiter = ',' | ';' | '\t' | '|';

export interface TableRow {
  line: number;
  fields: string[];
}

export interface TableProblem {
  line: number;
  message: string;
}

export interface TableHeader {
  line: number;
  fields: string[];
}

export interface ReadTableOptions {
  delimiter?: Delimiter;
  onHeader(header: TableHeader): void;
  onRow(row: TableRow): void;
  onProblem(problem: TableProblem): void;
}

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 20;
const QUOTE = '"';
const WHITESPACE_ONLY = /^[ \t]*$/;
const LF = 10;
const CR = 13;

// The delimiter that splits the header into the most fields while splitting the records below it into as many:
// in a ';' file with decimal commas the commas do not appear in the header, or not as often as in the records.
export function detectDelimiter(text: string): Delimiter {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const sample = text.slice(start, start + SAMPLE_CHARS);
  const complete = start + SAMPLE_CHARS >= text.length;
  let best: Delimiter = ',';
  let bestConsistency = -1;
  let bestHeaderFields = 1;
  for (const delimiter of CANDIDATES) {
    const [headerFields = 1, ...rest] = fieldCounts(sample, delimiter, complete);
    if (headerFields < 2) continue;
    const consistency = rest.length === 0 ? 1 : rest.filter((n) => n === headerFields).length / rest.length;
    if (consistency > bestConsistency || (consistency === bestConsistency && headerFields > bestHeaderFields)) {
      best = delimiter;
      bestConsistency = consistency;
      bestHeaderFields = headerFields;
    }
  }
  return best;
}

// Fields per record for the first records of the sample, quote-aware, skipping empty lines; a record cut off by the
// end of the sample is left out unless the sample is the whole text.
function fieldCounts(sample: string, delimiter: Delimiter, complete: boolean): number[] {
  const counts: number[] = [];
  let fields = 1;
  let fieldStart = true;
  let empty = true;
  let inQuotes = false;
  for (let i = 0; i < sample.length && counts.length < SAMPLE_RECORDS; i++) {
    const c = sample[i];
    if (inQuotes) {
      if (c === QUOTE) {
        if (sample[i + 1] === QUOTE) i++;
        else inQuotes = false;
      }
    } else if (c === '\n' || c === '\r') {
      if (!empty) counts.push(fields);
      fields = 1;
      fieldStart = true;
      empty = true;
    } else {
      empty = false;
      if (c === delimiter) {
        fields++;
        fieldStart = true;
        continue;
      }
      if (c === QUOTE && fieldStart) inQuotes = true;
      fieldStart = false;
    }
  }
  if (complete && !empty && !inQuotes && counts.length < SAMPLE_RECORDS) counts.push(fields);
  return counts;
}

// Blank lines (empty, or spaces and tabs only) are neither header nor rows. The header is the first record holding
// anything: spreadsheets export empty rows as delimiters only, and one above the header is skipped too; below it,
// such a record is a row of empty fields for the caller to count. Field values are passed on exactly as parsed,
// ragged rows included: judging them is the caller's work.
export function readTable(text: string, options: ReadTableOptions): { delimiter: Delimiter; rowCount: number } {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { newline, mixed, countLineBreaks } = lineBreaksOf(input);
  const delimiter = options.delimiter ?? detectDelimiter(input);
  let recordStart = 0;
  let line = 1;
  let headerSeen = false;
  let rowCount = 0;

  Papa.parse<string[]>(input, {
    delimiter,
    newline,
    quoteChar: QUOTE,
    escapeChar: QUOTE,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step(result) {
      const start = recordStart;
      const startLine = line;
      const end = result.meta.cursor;
      line += countLineBreaks(input, start, end);
      recordStart = end;

      if (result.errors.length > 0) {
        reportErrors(result.errors, input, countLineBreaks, start, startLine, options.onProblem);
      }
      const fields = result.data;
      if (mixed) dropCarriageReturn(fields, input, end);
      if (!headerSeen) {
        if (fields.every(isBlank)) return;
        headerSeen = true;
        options.onHeader({ line: startLine, fields });
        return;
      }
      if (fields.length === 1 && input[start] !== QUOTE && isBlank(fields[0]!)) return;
      rowCount++;
      options.onRow({ line: startLine, fields });
    },
  });
  return { delimiter, rowCount };
}

type CountLineBreaks = (text: string, from: number, to: number) => number;

interface LineBreaks {
  newline: '\n' | '\r\n' | '\r';
  mixed: boolean;
  countLineBreaks: CountLineBreaks;
}

// Papaparse splits records on one line-break sequence. A file that mixes them (rows in CRLF and LF inside quoted
// cells, as Excel writes; the PP1802 copy with shapefile names has LF rows and one CRLF inside a quoted field) is
// split on LF, and the CR left at the end of a CRLF record is dropped, so quoted values keep their own line breaks.
// Lone CRs then stay in the values but still count as physical lines.
function lineBreaksOf(text: string): LineBreaks {
  const firstCr = text.indexOf('\r');
  if (firstCr === -1) return { newline: '\n', mixed: false, countLineBreaks: countLf };
  let crs = 0;
  let crlfs = 0;
  for (let i = firstCr; i !== -1; i = text.indexOf('\r', i + 1)) {
    crs++;
    if (text.charCodeAt(i + 1) === LF) crlfs++;
  }
  const lfs = countLf(text, 0, text.length);
  if (lfs === 0) return { newline: '\r', mixed: false, countLineBreaks: countCr };
  if (crs === crlfs && lfs === crlfs) return { newline: '\r\n', mixed: false, countLineBreaks: countLf };
  return { newline: '\n', mixed: true, countLineBreaks: crs === crlfs ? countLf : countLfAndLoneCr };
}

const countLf: CountLineBreaks = (text, from, to) => countOf(text, '\n', from, to);
const countCr: CountLineBreaks = (text, from, to) => countOf(text, '\r', from, to);

function countLfAndLoneCr(text: string, from: number, to: number): number {
  let count = countLf(text, from, to);
  for (let i = text.indexOf('\r', from); i !== -1 && i < to; i = i + 1 < to ? text.indexOf('\r', i + 1) : -1) {
    if (text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

// Stops at the end of the range instead of searching on to the next line break, which would read every record twice.
function countOf(text: string, char: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf(char, from); i !== -1 && i < to; i = i + 1 < to ? text.indexOf(char, i + 1) : -1) count++;
  return count;
}

// Only an unquoted last field keeps the CR of a CRLF: papaparse already skips it after a closing quote.
function dropCarriageReturn(fields: string[], input: string, end: number): void {
  const last = fields.length - 1;
  const field = fields[last]!;
  if (
    field.endsWith('\r') &&
    input.charCodeAt(end - 1) === LF &&
    input.charCodeAt(end - 2) === CR &&
    input[end - 3] !== QUOTE
  ) {
    fields[last] = field.slice(0, -1);
  }
}

function isBlank(field: string): boolean {
  return WHITESPACE_ONLY.test(field);
}

function reportErrors(
  errors: readonly ParseError[],
  input: string,
  countLineBreaks: CountLineBreaks,
  recordStart: number,
  recordLine: number,
  onProblem: (problem: TableProblem) => void,
): void {
  const unterminated = errors.find((error) => error.code === 'MissingQuotes');
  const reportedQuotes = new Set<number>();
  for (const error of errors) {
    if (error.code !== 'MissingQuotes' && error.code !== 'InvalidQuotes') {
      onProblem({ line: recordLine, message: error.message });
      continue;
    }
    // Papaparse keeps reading past a malformed closing quote, so one bad field can raise both codes; say it once.
    const quoteAt = (error.index ?? recordStart + 1) - 1;
    if ((unterminated && error !== unterminated) || reportedQuotes.has(quoteAt)) continue;
    reportedQuotes.add(quoteAt);
    const quoteLine = recordLine + countLineBreaks(input, recordStart, quoteAt);
    onProblem({
      line: recordLine,
      message:
        error.code === 'MissingQuotes'
          ? `unterminated quoted field starting at line ${quoteLine}: the closing quote is missing, ` +
            'so the rest of the file was read as this field'
          : `malformed quoted field starting at line ${quoteLine}: a closing quote must be followed by the ` +
            'delimiter or a line break (a quote inside a quoted field is written twice: "")',
    });
  }
}
