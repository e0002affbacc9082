// A polygon prepared for very many `contains` queries: a grid over its bounding box records, per cell, whether the
// cell is wholly inside, wholly outside, or touched by an edge. Only points in touched cells run the point-in-polygon
// rule; the others are answered by one array read. Same answers as `prepareArea`, point for point.
//
// Why a cell's answer is uniform: cells are half-open ([west, east) × [south, north)), and every cell an edge's
// bounding box overlaps is marked touched, with the same `floor` mapping for edge ends and query points. A point on
// an edge therefore always falls in a touched cell, and an untouched cell (or a run of adjacent ones) contains no
// edge, so even-odd parity cannot change inside it.

import type { Position } from 'geojson';
import { prepareArea, type PreparedArea } from '../geometry/pointInPolygon.ts';

const OUTSIDE = 0;
const INSIDE = 1;
const TOUCHED = 2;

// Below this many vertices the banded rule is already about as fast as a grid read.
const MIN_VERTICES = 64;
const CELLS_PER_VERTEX = 4;
const MAX_CELLS = 1 << 16;

/** One polygon's rings (exterior first, then holes; any orientation). */
export function prepareRasterisedArea(rings: readonly (readonly Position[])[]): PreparedArea {
  const exact = prepareArea({ type: 'Polygon', coordinates: rings as Position[][] });
  let vertices = 0;
  for (const ring of rings) vertices += ring.length;
  const [west, south, east, north] = exact.bbox;
  const width = east - west;
  const height = north - south;
  if (vertices < MIN_VERTICES || !(width > 0 && height > 0)) return exact;

  const cellSize = Math.sqrt((width * height) / Math.min(MAX_CELLS, vertices * CELLS_PER_VERTEX));
  const columns = Math.ceil(width / cellSize) + 1;
  const rows = Math.ceil(height / cellSize) + 1;
  const column = (lon: number) => Math.floor((lon - west) / cellSize);
  const row = (lat: number) => Math.floor((lat - south) / cellSize);
  const cells = new Uint8Array(columns * rows);

  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[j]!;
      const b = ring[i]!;
      const c0 = column(Math.min(a[0]!, b[0]!));
      const c1 = column(Math.max(a[0]!, b[0]!));
      for (let r = row(Math.min(a[1]!, b[1]!)), r1 = row(Math.max(a[1]!, b[1]!)); r <= r1; r++) {
        cells.fill(TOUCHED, r * columns + c0, r * columns + c1 + 1);
      }
    }
  }
  for (let r = 0; r < rows; r++) {
    let runState = -1;
    for (let c = 0; c < columns; c++) {
      const k = r * columns + c;
      if (cells[k] === TOUCHED) {
        runState = -1;
        continue;
      }
      if (runState < 0) {
        runState = exact.contains(west + (c + 0.5) * cellSize, south + (r + 0.5) * cellSize) ? INSIDE : OUTSIDE;
      }
      cells[k] = runState;
    }
  }

  return {
    bbox: exact.bbox,
    contains(lon: number, lat: number): boolean {
      if (lon < west || lon > east || lat < south || lat > north) return false;
      const state = cells[row(lat) * columns + column(lon)];
      return state === TOUCHED ? exact.contains(lon, lat) : state === INSIDE;
    },
  };
}
