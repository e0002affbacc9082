// The pixels of one deposit symbol, computed as the point sprites' fragment shader computes them (depositLayer.ts):
// coloured disc (a white centre for several minerals), ring by occupation status (solid, or ten dashes), dark outline,
// and a one-pixel smooth edge. Each kind of symbol at each sub-pixel position is computed once per drawing and kept
// in flat arrays, so stamping a hundred thousand symbols only copies and blends.

import { DEV_STATUSES, MINERAL_CLASSES, OCCUPATION_STATUSES } from '../../core/explorer/compact.ts';
import {
  DEV_STATUS_DIAMETERS,
  MINERAL_CLASS_COLOURS,
  OCCUPATION_RINGS,
  OCCUPIED_COLOUR,
  OUTLINE_COLOUR,
  OUTLINE_WIDTH_PX,
  RING_WIDTH_PX,
} from './symbols.ts';

/** Symbols are placed to 1/SUBPIXEL of a pixel, within 1/16 px of where the shader puts them. */
export const SUBPIXEL = 8;

const TAU = 2 * Math.PI;
const DASHES = 10;
const DASH_SHARE = 0.55;
const MULTI = MINERAL_CLASSES.indexOf('multi');

const hex = (colour: string) => Number.parseInt(colour.slice(1), 16);
/** Colours as 0xRRGGBB. */
const CLASS_RGB = MINERAL_CLASSES.map((c) => hex(MINERAL_CLASS_COLOURS[c]));
const RING_RGB = hex(OCCUPIED_COLOUR);
const OUTLINE_RGB = hex(OUTLINE_COLOUR);
const WHITE = 0xffffff;
/** 0: no ring, 1: solid, 2: dashed — as the shader's u_rings. */
const RING_KIND = OCCUPATION_STATUSES.map((s) => ({ none: 0, solid: 1, dashed: 2 })[OCCUPATION_RINGS[s]]);

const KINDS = MINERAL_CLASSES.length * DEV_STATUSES.length * OCCUPATION_STATUSES.length;

/** The symbols' sizes at one scale, in device pixels, as the vertex shader computes them. */
export interface SymbolScale {
  ratio: number; // device pixels per CSS pixel
  zoomScale: number;
  density: number;
}

/**
 * Every stamp used in the drawings at one scale and image width (kept while those stay, as they do through a pan or
 * a filter change): stamp `key` is entries [first[key], first[key] + size[key]) of the flat arrays,
 * each an offset from the pixel holding the symbol's centre and a premultiplied colour.
 */
export class SymbolStamps {
  /** How far any symbol reaches from the pixel holding its centre, in pixels. */
  readonly reach: number;
  first = new Int32Array(KINDS * SUBPIXEL * SUBPIXEL).fill(-1);
  size = new Uint16Array(KINDS * SUBPIXEL * SUBPIXEL);
  cols = new Int16Array(4096);
  rows = new Int16Array(4096);
  /** rows × image width + cols */
  offsets = new Int32Array(4096);
  /** premultiplied RGBA, little-endian (the bytes R, G, B, A) */
  colours = new Uint32Array(4096);
  private used = 0;
  private readonly fills: Float64Array;
  private readonly ringWidth: number;
  private readonly outline: number;

  constructor(
    private readonly scale: SymbolScale,
    private readonly width: number,
  ) {
    const unit = scale.density * scale.ratio;
    this.fills = Float64Array.from(DEV_STATUSES, (s) => DEV_STATUS_DIAMETERS[s] * scale.zoomScale * 0.5 * unit);
    this.ringWidth = RING_WIDTH_PX * unit;
    this.outline = OUTLINE_WIDTH_PX * unit;
    this.reach = Math.ceil(Math.max(...this.fills) + this.ringWidth + this.outline + 1);
  }

  /** Whether these stamps draw at `scale` into an image `width` pixels wide. */
  fits(scale: SymbolScale, width: number): boolean {
    const own = this.scale;
    return width === this.width && scale.ratio === own.ratio && scale.zoomScale === own.zoomScale && scale.density === own.density;
  }

  /** The key of a symbol: codes as in compact.ts, `sub` = sub-pixel row × SUBPIXEL + sub-pixel column. */
  static key(cls: number, dev: number, status: number, sub: number): number {
    const kind = (cls * DEV_STATUSES.length + dev) * OCCUPATION_STATUSES.length + status;
    return kind * SUBPIXEL * SUBPIXEL + sub;
  }

  /** Computes stamp `key` if it is not there yet; the flat arrays may be replaced, so read them afterwards. */
  ensure(key: number): void {
    if (this.first[key]! >= 0) return;
    const sub = key % (SUBPIXEL * SUBPIXEL);
    const kind = (key - sub) / (SUBPIXEL * SUBPIXEL);
    const status = kind % OCCUPATION_STATUSES.length;
    const dev = Math.floor(kind / OCCUPATION_STATUSES.length) % DEV_STATUSES.length;
    const cls = Math.floor(kind / (OCCUPATION_STATUSES.length * DEV_STATUSES.length));
    this.first[key] = this.used;
    const fx = ((sub % SUBPIXEL) + 0.5) / SUBPIXEL;
    const fy = (Math.floor(sub / SUBPIXEL) + 0.5) / SUBPIXEL;
    this.stamp(cls, this.fills[dev]!, RING_KIND[status]!, fx, fy);
    this.size[key] = this.used - this.first[key]!;
  }

  /** The symbol with its centre at (fx, fy) within its pixel. */
  private stamp(cls: number, fill: number, ring: number, fx: number, fy: number): void {
    const ringOuter = fill + (ring === 0 ? 0 : this.ringWidth);
    const outer = ringOuter + this.outline;
    const reach = outer + 0.5;
    const centre = cls === MULTI ? fill * 0.4 : -1;
    // Pixels whose centres lie within reach: beyond it the shader's alpha is 0.
    for (let r = Math.ceil(fy - reach - 0.5); r <= Math.floor(fy + reach - 0.5); r++) {
      const dy = r + 0.5 - fy;
      for (let c = Math.ceil(fx - reach - 0.5); c <= Math.floor(fx + reach - 0.5); c++) {
        const dx = c + 0.5 - fx;
        const d = Math.sqrt(dx * dx + dy * dy);
        const t = Math.min(1, Math.max(0, d - outer + 0.5));
        const alpha = 1 - t * t * (3 - 2 * t);
        const a = Math.round(alpha * 255);
        if (a === 0) continue;
        let rgb: number;
        if (d <= fill) rgb = d <= centre ? WHITE : CLASS_RGB[cls]!;
        else if (d <= ringOuter) rgb = ring === 1 || dashed(dx, dy) ? RING_RGB : WHITE;
        else rgb = OUTLINE_RGB;
        const red = Math.round((rgb >> 16) * alpha);
        const green = Math.round(((rgb >> 8) & 255) * alpha);
        const blue = Math.round((rgb & 255) * alpha);
        this.push(c, r, (red | (green << 8) | (blue << 16) | (a << 24)) >>> 0);
      }
    }
  }

  private push(col: number, row: number, colour: number): void {
    if (this.used === this.cols.length) this.grow();
    this.cols[this.used] = col;
    this.rows[this.used] = row;
    this.offsets[this.used] = row * this.width + col;
    this.colours[this.used] = colour;
    this.used++;
  }

  private grow(): void {
    const grown = <T extends Int16Array | Int32Array | Uint32Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.cols = grown(this.cols, (n) => new Int16Array(n));
    this.rows = grown(this.rows, (n) => new Int16Array(n));
    this.offsets = grown(this.offsets, (n) => new Int32Array(n));
    this.colours = grown(this.colours, (n) => new Uint32Array(n));
  }
}

/** Whether a ring pixel lies on a dash of a contested deposit's ring (gl_PointCoord grows downwards, as rows do). */
function dashed(dx: number, dy: number): boolean {
  const turns = (Math.atan2(dy, dx) / TAU) * DASHES;
  return turns - Math.floor(turns) < DASH_SHARE;
}
