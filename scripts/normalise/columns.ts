// Matching a file's header to a format: which column holds which field.

import { indexColumns, normaliseColumnName } from '../../src/core/columns.ts';
import type { Dataset } from '../../src/core/deposit.ts';
import type { Field, FormatReader, RowValues } from '../formats/format.ts';
import { FORMATS } from '../formats/index.ts';

/** A user's `--columns` map: record field → the file's column name(s). */
export type ColumnMap = Partial<Record<Field, string | string[]>>;

export interface ResolvedColumns {
  reader: FormatReader;
  slots: Map<Field, number[]>; // field → column indices, in the reader's order of preference
  header: readonly string[];
}

export type Detection = { ok: true; columns: ResolvedColumns } | { ok: false; message: string };

export function resolveColumns(header: readonly string[], reader: FormatReader, userMap: ColumnMap = {}): ResolvedColumns {
  const index = indexColumns(header);
  const slots = new Map<Field, number[]>();
  const fields = new Set<Field>([...(Object.keys(reader.columns) as Field[]), ...(Object.keys(userMap) as Field[])]);
  for (const field of fields) {
    const named = userMap[field];
    const choices: readonly (readonly string[])[] =
      named === undefined ? (reader.columns[field] ?? []) : (Array.isArray(named) ? named : [named]).map((n) => [n]);
    const found: number[] = [];
    for (const aliases of choices) {
      for (const alias of aliases) {
        const at = index.get(normaliseColumnName(alias));
        if (at !== undefined) {
          found.push(at);
          break;
        }
      }
    }
    if (found.length > 0) slots.set(field, found);
  }
  return { reader, slots, header };
}

function missingFields(columns: ResolvedColumns): string[] {
  const missing: string[] = [];
  for (const need of columns.reader.required) {
    const anyOf = typeof need === 'string' ? [need] : need;
    if (!anyOf.some((field) => columns.slots.has(field))) missing.push(anyOf.join(' or '));
  }
  return missing;
}

/** Picks the format whose required columns are all present; where several are, the one matching most columns. */
export function detectFormat(header: readonly string[], userMap: ColumnMap, forced: Dataset | null): Detection {
  const candidates = FORMATS.filter((reader) => forced === null || reader.dataset === forced).map((reader) =>
    resolveColumns(header, reader, userMap),
  );
  const complete = candidates.filter((columns) => missingFields(columns).length === 0);
  const matchedColumns = (columns: ResolvedColumns) => [...columns.slots.values()].reduce((n, at) => n + at.length, 0);
  complete.sort((a, b) => matchedColumns(b) - matchedColumns(a));
  if (complete[0]) return { ok: true, columns: complete[0] };
  if (forced !== null && candidates[0]) {
    return {
      ok: false,
      message: `the header does not have the columns ${forced} needs: missing ${missingFields(candidates[0]).join(', ')}`,
    };
  }
  return { ok: false, message: `the header matches no known format. ${describeFormats()}` };
}

/** Every format and the columns it needs, for messages about a header nothing recognises. */
export function describeFormats(): string {
  const needs = FORMATS.map((reader) => {
    const required = reader.required.map((need) => {
      const anyOf = typeof need === 'string' ? [need] : need;
      return anyOf
        .map((field) => `${field} (${(reader.columns[field] ?? []).map((aliases) => aliases[0]).join(' + ')})`)
        .join(' or ');
    });
    return `${reader.dataset} [${reader.title}] needs ${required.join(', ')}`;
  });
  return `Known formats: ${needs.join('; ')}. Use --format to choose one and --columns map.json to name unusual columns.`;
}

/** The values of the row in hand, by field: one per file, moved from row to row, so reading a row allocates nothing. */
export class RowCursor implements RowValues {
  private readonly slots: Map<Field, number[]>;
  private readonly header: readonly string[];
  private readonly names = new Map<Field, string>();
  private fields: readonly string[] = [];

  constructor(columns: ResolvedColumns) {
    this.slots = columns.slots;
    this.header = columns.header;
    for (const [field, at] of this.slots) this.names.set(field, at.map((i) => this.header[i]).join('+'));
  }

  /** Points the cursor at the next row's fields. */
  moveTo(fields: readonly string[]): this {
    this.fields = fields;
    return this;
  }

  get(field: Field): string {
    const at = this.slots.get(field);
    if (!at) return '';
    for (const i of at) {
      const value = this.fields[i]?.trim() ?? '';
      if (value !== '') return value;
    }
    return '';
  }

  all(field: Field): string[] {
    return (this.slots.get(field) ?? []).map((i) => this.fields[i]?.trim() ?? '');
  }

  has(field: Field): boolean {
    return this.slots.has(field);
  }

  columnName(field: Field): string {
    return this.names.get(field) ?? field;
  }

  extraFieldsEmpty(): boolean {
    for (let i = this.header.length; i < this.fields.length; i++) if (this.fields[i]!.trim() !== '') return false;
    return true;
  }
}
