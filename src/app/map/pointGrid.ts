// Finding the deposit under the pointer among hundreds of thousands: a uniform grid over the points' Web Mercator
// positions (0…1 across the world), as compressed rows (cell → range of point indices), built once per setPoints.

const MAX_SIDE = 1024;
const POINTS_PER_CELL = 4;

export class PointGrid {
  private readonly minX: number;
  private readonly minY: number;
  private readonly cellSize: number;
  private readonly side: number;
  private readonly cellStart: Uint32Array;
  private readonly items: Uint32Array;

  /** Points with a NaN coordinate are left out. */
  constructor(
    private readonly x: Float32Array,
    private readonly y: Float32Array,
  ) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    let located = 0;
    for (let i = 0; i < x.length; i++) {
      const px = x[i]!;
      const py = y[i]!;
      if (Number.isNaN(px) || Number.isNaN(py)) continue;
      located++;
      if (px < minX) minX = px;
      if (px > maxX) maxX = px;
      if (py < minY) minY = py;
      if (py > maxY) maxY = py;
    }
    const side = Math.max(1, Math.min(MAX_SIDE, Math.ceil(Math.sqrt(located / POINTS_PER_CELL))));
    this.minX = located > 0 ? minX : 0;
    this.minY = located > 0 ? minY : 0;
    this.cellSize = Math.max((maxX - minX) / side, (maxY - minY) / side, 1e-12) * (1 + 1e-6);
    this.side = side;
    const cells = side * side;
    const cellOf = new Int32Array(x.length);
    this.cellStart = new Uint32Array(cells + 1);
    for (let i = 0; i < x.length; i++) {
      const cell = Number.isNaN(x[i]!) || Number.isNaN(y[i]!) ? -1 : this.cellIndex(x[i]!, y[i]!);
      cellOf[i] = cell;
      if (cell >= 0) this.cellStart[cell + 1]!++;
    }
    for (let c = 0; c < cells; c++) this.cellStart[c + 1]! += this.cellStart[c]!;
    const fill = this.cellStart.slice(0, cells);
    this.items = new Uint32Array(located);
    for (let i = 0; i < x.length; i++) {
      const cell = cellOf[i]!;
      if (cell >= 0) this.items[fill[cell]!++] = i;
    }
  }

  private column(v: number, min: number): number {
    return Math.min(this.side - 1, Math.max(0, Math.floor((v - min) / this.cellSize)));
  }

  private cellIndex(px: number, py: number): number {
    return this.column(py, this.minY) * this.side + this.column(px, this.minX);
  }

  /**
   * The accepted point nearest to (px, py) whose own reach (radius(i), in the same units) covers it, or -1.
   * `maxRadius` bounds radius(i), so only the cells within it are searched.
   */
  nearest(px: number, py: number, maxRadius: number, accept: (i: number) => boolean, radius: (i: number) => number): number {
    const x0 = this.column(px - maxRadius, this.minX);
    const x1 = this.column(px + maxRadius, this.minX);
    const y0 = this.column(py - maxRadius, this.minY);
    const y1 = this.column(py + maxRadius, this.minY);
    let best = -1;
    let bestD2 = Infinity;
    for (let row = y0; row <= y1; row++) {
      for (let col = x0; col <= x1; col++) {
        const cell = row * this.side + col;
        for (let k = this.cellStart[cell]!; k < this.cellStart[cell + 1]!; k++) {
          const i = this.items[k]!;
          const dx = this.x[i]! - px;
          const dy = this.y[i]! - py;
          const d2 = dx * dx + dy * dy;
          if (d2 >= bestD2 || !accept(i)) continue;
          const r = radius(i);
          if (d2 <= r * r) {
            best = i;
            bestD2 = d2;
          }
        }
      }
    }
    return best;
  }
}
