// The chart's numbers as CSV: its table's columns and rows, formulas neutralised, with a BOM so that a spreadsheet
// reads the Ukrainian labels as UTF-8.

import { csvDocument } from '../../core/csv.ts';
import type { ChartTable } from '../model.ts';

export function chartCsv(table: ChartTable): string {
  return csvDocument(table.header, table.rows, { neutraliseFormulas: true, bom: true });
}
