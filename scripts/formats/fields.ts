// Field readings shared by the format readers.

import type { MineralMention } from '../../src/core/deposit.ts';
import { recogniseMinerals } from '../../src/core/minerals.ts';
import type { RecordReporter } from '../normalise/issues.ts';
import type { RawCoordinates, RowValues } from './format.ts';

/** The record's name; a row without one cannot become a deposit. */
export function requireName(row: RowValues, report: RecordReporter): string | null {
  const name = row.get('name').replace(/\s+/g, ' ');
  if (name === '') {
    report.error(row.columnName('name'), 'missing-name', 'the name is empty: expected the deposit or site name');
    return null;
  }
  return name;
}

/** Minerals from every column mapped to `minerals`, merged by id, each with the source's own wording. */
export function mineralsFrom(row: RowValues, report: RecordReporter): MineralMention[] {
  const cells = row.all('minerals').filter((cell) => cell !== '');
  if (cells.length === 0) {
    report.warn(row.columnName('minerals'), 'no-minerals', 'no commodity is given');
    return [];
  }
  const byId = new Map<string, MineralMention>();
  for (const cell of cells) {
    const { minerals, unknown } = recogniseMinerals(cell);
    for (const mention of minerals) {
      const seen = byId.get(mention.id);
      byId.set(mention.id, seen ? { id: mention.id, asWritten: `${seen.asWritten}; ${mention.asWritten}` } : mention);
    }
    for (const phrase of unknown) {
      report.warn(row.columnName('minerals'), 'unknown-mineral', `"${phrase}" is not a mineral or commodity the taxonomy knows`);
    }
  }
  if (cells.length === 1) return [...byId.values()];
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A text field, blank as null, inner whitespace collapsed. */
export function optionalText(row: RowValues, field: Parameters<RowValues['get']>[0]): string | null {
  const text = row.get(field).replace(/\s+/g, ' ');
  return text === '' ? null : text;
}

/** Coordinates from separate latitude/longitude columns when the row has them, else from one combined column. */
export function coordinatesFrom(row: RowValues): RawCoordinates | null {
  const lat = row.get('lat');
  const lon = row.get('lon');
  if (lat !== '' || lon !== '') {
    return { kind: 'separate', lat, lon, latField: row.columnName('lat'), lonField: row.columnName('lon') };
  }
  const text = row.get('coordinates');
  return text === '' ? null : { kind: 'combined', text, field: row.columnName('coordinates') };
}
