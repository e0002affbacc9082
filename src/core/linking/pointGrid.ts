// A uniform grid over latitude and longitude for finding the points near a point without comparing all pairs: each
// point is filed under its cell, and a search visits only the cells that can hold a point within the radius.

import { kmPerDegreeLon, MIN_KM_PER_DEGREE_LAT } from './nearDistance.ts';

export interface PointGrid {
  /**
   * Calls `visit` for every other point in the cells that can hold a point within `radiusKm` of point `i`: a
   * superset of the points within the radius, which the caller measures.
   */
  forEachNear(i: number, radiusKm: number, visit: (j: number) => void): void;
}

/** Points with a NaN coordinate are left out. `cellKm` is best set to the radius most searches use. */
export function buildPointGrid(lats: Float64Array, lons: Float64Array, cellKm: number): PointGrid {
  const cellDeg = cellKm / MIN_KM_PER_DEGREE_LAT;
  const columns = Math.ceil(360 / cellDeg);
  const rows = Math.ceil(180 / cellDeg);
  const rowOf = (lat: number) => Math.min(rows - 1, Math.floor((lat + 90) / cellDeg));
  const columnOf = (lon: number) => Math.floor((((lon + 180) % 360) + 360) % 360 / cellDeg) % columns;

  const filed: number[] = [];
  const keyOf = new Float64Array(lats.length);
  for (let i = 0; i < lats.length; i++) {
    if (Number.isNaN(lats[i]!) || Number.isNaN(lons[i]!)) continue;
    keyOf[i] = rowOf(lats[i]!) * columns + columnOf(lons[i]!);
    filed.push(i);
  }
  filed.sort((a, b) => keyOf[a]! - keyOf[b]! || a - b);
  // Points in cell order; the cells of one row in a column range are one run of keys, found by binary search.
  const order = Uint32Array.from(filed);
  const keys = Float64Array.from(filed, (i) => keyOf[i]!);
  const firstAtOrAfter = (key: number) => {
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (keys[mid]! < key) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const visitRun = (i: number, fromKey: number, toKey: number, visit: (j: number) => void) => {
    for (let k = firstAtOrAfter(fromKey); k < keys.length && keys[k]! <= toKey; k++) {
      const j = order[k]!;
      if (j !== i) visit(j);
    }
  };

  return {
    forEachNear(i, radiusKm, visit) {
      const lat = lats[i]!;
      const lon = lons[i]!;
      if (Number.isNaN(lat) || Number.isNaN(lon)) return;
      const latSpan = radiusKm / MIN_KM_PER_DEGREE_LAT;
      const farthestLat = Math.min(89.999, Math.abs(lat) + latSpan);
      const lonSpan = radiusKm / kmPerDegreeLon(farthestLat);
      // One more cell on every side than the radius needs: filing rounds (179.99999999999994 + 180 is 360 in
      // floating point, which files that point under column 0), and a search must never miss what it files.
      const firstRow = Math.max(0, rowOf(Math.max(-90, lat - latSpan)) - 1);
      const lastRow = Math.min(rows - 1, rowOf(Math.min(90, lat + latSpan)) + 1);
      const firstColumn = (columnOf(lon - lonSpan) + columns - 1) % columns;
      const span = Math.ceil((2 * lonSpan) / cellDeg) + 3;
      for (let row = firstRow; row <= lastRow; row++) {
        const base = row * columns;
        if (span >= columns) {
          visitRun(i, base, base + columns - 1, visit);
        } else if (firstColumn + span <= columns) {
          visitRun(i, base + firstColumn, base + firstColumn + span - 1, visit);
        } else {
          // Across the antimeridian: the end of the row, then its start.
          visitRun(i, base + firstColumn, base + columns - 1, visit);
          visitRun(i, base, base + firstColumn + span - 1 - columns, visit);
        }
      }
    },
  };
}
