// The downloads of the matching deposits: the same flat columns as the pipeline's deposits.csv and deposits.geojson,
// plus the date the view shows and each deposit's status and distance to the line on it, so a file says what the
// screen said.

import { csvDocument } from '../../core/csv.ts';
import type { Deposit, OccupationStatus } from '../../core/deposit.ts';
import { FLAT_COLUMNS, flattenDeposit, type FlatValue } from '../../core/flatDeposit.ts';

export const VIEW_COLUMNS = ['view_date', 'view_occupation_status', 'view_distance_to_line_km'] as const;
export const EXPORT_COLUMNS = [...FLAT_COLUMNS, ...VIEW_COLUMNS] as const;

export interface ExportRow {
  deposit: Deposit;
  /** The status on the view's date. */
  status: OccupationStatus;
  /** The distance to the line the view measures to: the date's, or the latest's until the date's is measured. */
  distance: number | null;
}

function flatRow({ deposit, status, distance }: ExportRow, date: string | null): Record<(typeof EXPORT_COLUMNS)[number], FlatValue> {
  return { ...flattenDeposit(deposit), view_date: date, view_occupation_status: status, view_distance_to_line_km: distance };
}

/** CSV with formulas neutralised; `bom` for spreadsheets that need it to read UTF-8 (Excel and Cyrillic). */
export function exportCsv(rows: readonly ExportRow[], date: string | null, bom: boolean): string {
  const values = rows.map((row) => {
    const flat = flatRow(row, date);
    return EXPORT_COLUMNS.map((column) => flat[column]);
  });
  return csvDocument(EXPORT_COLUMNS, values, { neutraliseFormulas: true, bom });
}

/** RFC 7946 GeoJSON of the located rows (a point has no place for a deposit without coordinates). */
export function exportGeoJson(rows: readonly ExportRow[], date: string | null): string {
  const features = rows.flatMap((row) => {
    const { location, id } = row.deposit;
    if (location === null) return [];
    return [{ type: 'Feature', id, geometry: { type: 'Point', coordinates: [location.lon, location.lat] }, properties: flatRow(row, date) }];
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}
