// How far a stored boundary strays from the original: the Hausdorff distance between the two sets of ring edges,
// in metres, measured along both boundaries every few metres. Used to verify that simplification and quantisation
// stay within the promised 100 m.

import type { Position } from 'geojson';

const METRES_PER_DEGREE = 111_195.08;
const CELL_DEGREES = 0.01;

type Polygons = readonly (readonly (readonly Position[])[])[];

interface Segment {
  ax: number;
  ay: number;
  bx: number;
  by: number;
}

/** max(directed(a→b), directed(b→a)), capped at capMetres (for points farther than that from the other boundary). */
export function boundaryDeviationMetres(a: Polygons, b: Polygons, capMetres = 1000, stepMetres = 20): number {
  return Math.max(directedDeviation(a, b, capMetres, stepMetres), directedDeviation(b, a, capMetres, stepMetres));
}

export function directedDeviation(from: Polygons, to: Polygons, capMetres: number, stepMetres: number): number {
  const index = new SegmentGrid(segmentsOf(to));
  let worst = 0;
  for (const s of segmentsOf(from)) {
    const kx = Math.cos((s.ay * Math.PI) / 180) * METRES_PER_DEGREE;
    const length = Math.hypot((s.bx - s.ax) * kx, (s.by - s.ay) * METRES_PER_DEGREE);
    const steps = Math.max(1, Math.ceil(length / stepMetres));
    for (let k = 0; k <= steps; k++) {
      const t = k / steps;
      const d = index.nearestMetres(s.ax + t * (s.bx - s.ax), s.ay + t * (s.by - s.ay), capMetres);
      if (d > worst) worst = d;
      if (worst >= capMetres) return capMetres;
    }
  }
  return worst;
}

function segmentsOf(polygons: Polygons): Segment[] {
  const out: Segment[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!;
        const b = ring[i]!;
        out.push({ ax: a[0]!, ay: a[1]!, bx: b[0]!, by: b[1]! });
      }
    }
  }
  return out;
}

class SegmentGrid {
  private readonly cells = new Map<number, Segment[]>();

  constructor(segments: readonly Segment[]) {
    for (const s of segments) {
      const x0 = cell(Math.min(s.ax, s.bx));
      const x1 = cell(Math.max(s.ax, s.bx));
      const y0 = cell(Math.min(s.ay, s.by));
      const y1 = cell(Math.max(s.ay, s.by));
      for (let x = x0; x <= x1; x++) {
        for (let y = y0; y <= y1; y++) {
          const key = cellKey(x, y);
          const list = this.cells.get(key);
          if (list) list.push(s);
          else this.cells.set(key, [s]);
        }
      }
    }
  }

  /** Distance to the nearest segment within capMetres, measured in a frame local to the point; else capMetres. */
  nearestMetres(x: number, y: number, capMetres: number): number {
    const kx = Math.cos((y * Math.PI) / 180) * METRES_PER_DEGREE;
    const rx = Math.ceil(capMetres / kx / CELL_DEGREES);
    const ry = Math.ceil(capMetres / METRES_PER_DEGREE / CELL_DEGREES);
    const cx = cell(x);
    const cy = cell(y);
    let best = capMetres;
    for (let i = cx - rx; i <= cx + rx; i++) {
      for (let j = cy - ry; j <= cy + ry; j++) {
        for (const s of this.cells.get(cellKey(i, j)) ?? []) {
          const d = pointSegmentMetres(x, y, s, kx);
          if (d < best) best = d;
        }
      }
    }
    return best;
  }
}

const cell = (degrees: number) => Math.floor(degrees / CELL_DEGREES);
const cellKey = (x: number, y: number) => (x + 50_000) * 100_000 + (y + 50_000);

function pointSegmentMetres(x: number, y: number, s: Segment, kx: number): number {
  const ax = (s.ax - x) * kx;
  const ay = (s.ay - y) * METRES_PER_DEGREE;
  const dx = (s.bx - s.ax) * kx;
  const dy = (s.by - s.ay) * METRES_PER_DEGREE;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
