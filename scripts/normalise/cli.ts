// The normalise command line: arguments, inputs read from disk, outputs written, exit code decided.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DATASETS, type Dataset } from '../../src/core/deposit.ts';
import { FIELDS, type Field } from '../formats/format.ts';
import { loadPlaces } from '../geo/places.ts';
import { describeFormats, type ColumnMap } from './columns.ts';
import { DEFAULT_LINK_SETTINGS } from '../../src/core/linking/pairs.ts';
import type { LinkOptions } from './link.ts';
import { readLinkOverrides } from './linkOverrides.ts';
import type { OccupationHistory } from '../../src/core/occupation/history.ts';
import { EMBEDDED_HISTORY, loadHistory } from '../occupation/loadHistory.ts';
import { writeOutputs } from './outputs.ts';
import { normaliseInputs, type NormaliseResult } from './run.ts';

export const USAGE = `usage: npm run normalise -- --out DIR [--format ${DATASETS.join('|')}] [--columns map.json]
                          [--strict] [--occupation PATH|none] [--links overrides.csv | --no-link] FILE...`;

export class UsageError extends Error {}

export interface CliOptions {
  out: string;
  format: Dataset | null;
  columns: ColumnMap;
  strict: boolean;
  occupation: OccupationHistory | null; // null with --occupation none
  link: LinkOptions | null; // null with --no-link
  files: string[];
}

export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string' },
        columns: { type: 'string' },
        strict: { type: 'boolean', default: false },
        occupation: { type: 'string' },
        links: { type: 'string' },
        'no-link': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!values.out) throw new UsageError('--out DIR is required');
  if (positionals.length === 0) throw new UsageError('no input FILE given');
  const format = values.format ?? null;
  if (format !== null && !(DATASETS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${DATASETS.join(', ')}, got "${format}". ${describeFormats()}`);
  }
  return {
    out: values.out,
    format: format as Dataset | null,
    columns: values.columns ? readColumnMap(values.columns) : {},
    strict: values.strict ?? false,
    occupation: occupationHistory(values.occupation ?? null),
    link: linkOptions(values.links ?? null, values['no-link'] ?? false),
    files: positionals.map((file) => file.replaceAll('\\', '/')),
  };
}

/** --occupation PATH reads a history built by `npm run build:occupation`; none skips; the default is the embedded one. */
function occupationHistory(path: string | null): OccupationHistory | null {
  if (path === 'none') return null;
  try {
    return path === null ? loadHistory() : loadHistory(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`--occupation ${path ?? EMBEDDED_HISTORY}: cannot read an occupation history (${reason})`);
  }
}

function linkOptions(overridesPath: string | null, noLink: boolean): LinkOptions | null {
  if (noLink) {
    if (overridesPath !== null) throw new UsageError('--links and --no-link contradict each other: give one');
    return null;
  }
  if (overridesPath === null) return { settings: DEFAULT_LINK_SETTINGS, overrides: null };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(overridesPath);
  } catch (error) {
    throw new UsageError(`--links ${overridesPath}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const reading = readLinkOverrides(overridesPath.replaceAll('\\', '/'), bytes);
  if (!reading.ok) throw new UsageError(`--links ${reading.message}`);
  return { settings: DEFAULT_LINK_SETTINGS, overrides: reading.overrides };
}

function readColumnMap(path: string): ColumnMap {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--columns ${path}: cannot read it as JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UsageError(`--columns ${path}: expected an object mapping record fields to column names`);
  }
  const map: ColumnMap = {};
  for (const [key, value] of Object.entries(json)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      throw new UsageError(`--columns ${path}: "${key}" is not a record field; expected one of ${FIELDS.join(', ')}`);
    }
    const names = Array.isArray(value) ? value : [value];
    if (names.length === 0 || !names.every((name) => typeof name === 'string' && name !== '')) {
      throw new UsageError(`--columns ${path}: "${key}" must name a column (a string or a list of strings)`);
    }
    map[key as Field] = value as string | string[];
  }
  return map;
}

/** Runs the command; returns the exit code: 0 written, 1 written with issues under --strict, 2 nothing written. */
export function runNormalise(argv: readonly string[], log: (line: string) => void = console.error): number {
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    log(`normalise: ${error.message}\n${USAGE}`);
    return 2;
  }
  const inputs = [];
  for (const path of options.files) {
    try {
      inputs.push({ path, bytes: readFileSync(path) });
    } catch (error) {
      log(`normalise: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return 2;
    }
  }
  const result = normaliseInputs(inputs, {
    format: options.format,
    columns: options.columns,
    places: loadPlaces(),
    link: options.link ?? undefined,
    occupation: options.occupation ?? undefined,
  });
  if (result.report.totals.filesRead === 0) {
    for (const issue of result.issues) log(`${issue.file}: ${issue.message}`);
    log('normalise: no input file could be read; nothing written');
    return 2;
  }
  writeOutputs(options.out, result);
  log(summary(result, options.out));
  const { warnings, errors } = result.report.totals;
  return options.strict && warnings + errors > 0 ? 1 : 0;
}

export function summary(result: NormaliseResult, out: string): string {
  const t = result.report.totals;
  return (
    `${t.deposits} deposits (${t.counted} counted, ${t.located} located) from ${t.rowsIn} rows in ${t.filesRead} of ${t.files} files; ` +
    `${t.rowsRejected} rows rejected, ${t.warnings} warnings, ${t.errors} errors → ${out}`
  );
}
