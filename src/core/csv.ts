// Writing CSV (RFC 4180) that a spreadsheet opens safely: the Node outputs and the browser's download share it.

export type CsvValue = string | number | boolean | null;

export interface CsvFieldOptions {
  // Prefix text that a spreadsheet would run as a formula with an apostrophe (OWASP, "CSV Injection").
  neutraliseFormulas?: boolean;
}

export interface CsvDocumentOptions extends CsvFieldOptions {
  // U+FEFF first, so that Excel reads the file as UTF-8 and shows Cyrillic instead of mojibake.
  bom?: boolean;
}

// RFC 4180 ends records with CRLF; every CSV reader accepts it, and Excel on Windows writes it too.
const RECORD_END = '\r\n';

// ';' is not this writer's delimiter, but spreadsheets set to a Ukrainian or other European locale split on it.
const NEEDS_QUOTES = /[",;\r\n]|^[ \t]|[ \t]$/;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const QUOTES = /"/g;

export function csvField(value: CsvValue, options?: CsvFieldOptions): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = options?.neutraliseFormulas && isFormulaLike(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTES, '""')}"` : text;
}

// A signed number stays a number: "-12.5" is data, not a formula.
function isFormulaLike(value: string): boolean {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
}

export function csvRow(values: readonly CsvValue[], options?: CsvFieldOptions): string {
  let row = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) row += ',';
    row += csvField(values[i]!, options);
  }
  return row;
}

export function csvDocument(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  options?: CsvDocumentOptions,
): string {
  const lines = [csvRow(header, options)];
  for (const row of rows) lines.push(csvRow(row, options));
  return (options?.bom ? '\uFEFF' : '') + lines.join(RECORD_END) + RECORD_END;
}
