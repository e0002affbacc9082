// The deposit symbols drawn on the CPU into an RGBA image of the view, for dense views: a software renderer pays a
// fixed cost for every point sprite it rasterises, however small, so a hundred thousand sprites cost it about a
// hundred milliseconds, while stamping them here and uploading one image costs a fraction of that. The symbols are
// the shader's (symbolStamps.ts), blended in the same order with the same premultiplied "over", so the two paths draw
// the same picture.

import { DEV_STATUSES, MINERAL_CLASSES, OCCUPATION_STATUSES } from '../../core/explorer/compact.ts';
import { SUBPIXEL, SymbolStamps, type SymbolScale } from './symbolStamps.ts';

/** Where and how large the symbols are drawn. */
export interface SymbolView extends SymbolScale {
  /** The image, in device pixels. */
  width: number;
  height: number;
  /** Web Mercator (0…1) to clip space, column-major 4×4, as the map gives it to its layers. */
  matrix: ArrayLike<number>;
}

export interface SymbolPoints {
  x: Float32Array; // Web Mercator
  y: Float32Array;
  style: Uint8Array; // per point: mineral class code, development status code
  statuses: Uint8Array; // per point: occupation status code
}

/**
 * Draws the symbols of points `indices[0…count)` into `pixels` (RGBA, premultiplied alpha, rows from the top, cleared
 * first), in that order, each over the ones before it. `stamps` must fit the view's scale and width; a caller drawing
 * again at the same ones passes the same stamps, so each is computed once.
 */
export function rasteriseSymbols(
  pixels: Uint8Array,
  view: SymbolView,
  points: SymbolPoints,
  indices: Uint32Array,
  count: number,
  stamps: SymbolStamps = new SymbolStamps(view, view.width),
): void {
  const { width, height, matrix: m } = view;
  if (!stamps.fits(view, width)) throw new Error('the symbol stamps were made for another scale or image width');
  const out = new Uint32Array(pixels.buffer, pixels.byteOffset, width * height);
  out.fill(0);
  const reach = stamps.reach;
  const { first, size } = stamps;
  let { cols, rows, offsets, colours } = stamps;
  const [m0, m1, m3, m4, m5, m7, m12, m13, m15] = [m[0]!, m[1]!, m[3]!, m[4]!, m[5]!, m[7]!, m[12]!, m[13]!, m[15]!];
  const { x, y, style, statuses } = points;
  const lastClass = MINERAL_CLASSES.length - 1;
  const lastDev = DEV_STATUSES.length - 1;
  const lastStatus = OCCUPATION_STATUSES.length - 1;
  for (let k = 0; k < count; k++) {
    const i = indices[k]!;
    const px = x[i]!;
    const py = y[i]!;
    const w = m3 * px + m7 * py + m15;
    // Centre in device pixels from the top left: where gl_FragCoord puts it, with the rows flipped.
    const cx = (((m0 * px + m4 * py + m12) / w + 1) / 2) * width;
    const cy = ((1 - (m1 * px + m5 * py + m13) / w) / 2) * height;
    const col = Math.floor(cx);
    const row = Math.floor(cy);
    if (!(col >= -reach && col < width + reach && row >= -reach && row < height + reach)) continue;
    const sub =
      Math.min(SUBPIXEL - 1, Math.floor((cy - row) * SUBPIXEL)) * SUBPIXEL +
      Math.min(SUBPIXEL - 1, Math.floor((cx - col) * SUBPIXEL));
    const key = SymbolStamps.key(
      Math.min(style[2 * i]!, lastClass),
      Math.min(style[2 * i + 1]!, lastDev),
      Math.min(statuses[i]!, lastStatus),
      sub,
    );
    if (first[key]! < 0) {
      stamps.ensure(key);
      ({ cols, rows, offsets, colours } = stamps);
    }
    const start = first[key]!;
    const end = start + size[key]!;
    const at = row * width + col;
    if (col >= reach && col < width - reach && row >= reach && row < height - reach) {
      for (let e = start; e < end; e++) {
        const o = at + offsets[e]!;
        out[o] = over(colours[e]!, out[o]!);
      }
    } else {
      for (let e = start; e < end; e++) {
        const c = col + cols[e]!;
        const r = row + rows[e]!;
        if (c < 0 || c >= width || r < 0 || r >= height) continue;
        const o = at + offsets[e]!;
        out[o] = over(colours[e]!, out[o]!);
      }
    }
  }
}

/** Premultiplied "over" of 8-bit RGBA packed in 32 bits, two channels at a time, rounding as a blender does. */
function over(src: number, dst: number): number {
  const alpha = src >>> 24;
  if (alpha === 255 || dst === 0) return src;
  const keep = 255 - alpha;
  // Math.imul keeps to 32-bit integers; each 16-bit lane holds at most 255 × 255 + 128, so no lane carries over.
  const rb = (Math.imul(dst & 0x00ff00ff, keep) + 0x00800080) >>> 0;
  const ag = (Math.imul((dst >>> 8) & 0x00ff00ff, keep) + 0x00800080) >>> 0;
  // x / 255, rounded, in each 16-bit lane: (x + 128 + ((x + 128) >> 8)) >> 8.
  const rbKept = ((rb + ((rb >>> 8) & 0x00ff00ff)) >>> 8) & 0x00ff00ff;
  const agKept = ((ag + ((ag >>> 8) & 0x00ff00ff)) >>> 8) & 0x00ff00ff;
  return src + (rbKept | (agKept << 8));
}
