// @vitest-environment node
// The CPU-drawn deposit symbols: the look of each symbol as the point sprites' shader draws it, stacking order,
// clipping at the image's edges. The reference below is the fragment shader's arithmetic written out per pixel.
import { describe, expect, it } from 'vitest';
import { DEV_STATUSES, MINERAL_CLASSES, OCCUPATION_STATUSES } from '../../../src/core/explorer/compact.ts';
import { rasteriseSymbols, type SymbolView } from '../../../src/app/map/symbolRaster.ts';
import { SymbolStamps } from '../../../src/app/map/symbolStamps.ts';
import {
  DEV_STATUS_DIAMETERS,
  MINERAL_CLASS_COLOURS,
  OCCUPATION_RINGS,
  OCCUPIED_COLOUR,
  OUTLINE_COLOUR,
  OUTLINE_WIDTH_PX,
  RING_WIDTH_PX,
} from '../../../src/app/map/symbols.ts';

const WIDTH = 64;
const HEIGHT = 48;
/** Web Mercator 0…1 onto the whole image: pixel (x·WIDTH, y·HEIGHT). */
const VIEW: SymbolView = {
  width: WIDTH,
  height: HEIGHT,
  matrix: [2, 0, 0, 0, 0, -2, 0, 0, 0, 0, 1, 0, -1, 1, 0, 1],
  ratio: 1,
  zoomScale: 1,
  density: 1,
};

interface Deposit {
  at: [number, number]; // pixel position of the centre
  cls: (typeof MINERAL_CLASSES)[number];
  dev?: (typeof DEV_STATUSES)[number];
  status?: (typeof OCCUPATION_STATUSES)[number];
}

function draw(deposits: Deposit[], view: SymbolView = VIEW, stamps?: SymbolStamps): Uint8Array {
  const n = deposits.length;
  const points = {
    x: Float32Array.from(deposits, (d) => d.at[0] / view.width),
    y: Float32Array.from(deposits, (d) => d.at[1] / view.height),
    style: Uint8Array.from(deposits.flatMap((d) => [MINERAL_CLASSES.indexOf(d.cls), DEV_STATUSES.indexOf(d.dev ?? 'producer')])),
    statuses: Uint8Array.from(deposits, (d) => OCCUPATION_STATUSES.indexOf(d.status ?? 'not-occupied')),
  };
  const pixels = new Uint8Array(view.width * view.height * 4).fill(7);
  rasteriseSymbols(pixels, view, points, Uint32Array.from({ length: n }, (_, i) => i), n, stamps);
  return pixels;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
const pixel = (pixels: Uint8Array, col: number, row: number) => {
  const at = (row * WIDTH + col) * 4;
  return Array.from(pixels.subarray(at, at + 4));
};
const opaque = (hex: string) => [...rgb(hex), 255];

/** The shader's colour (premultiplied RGBA, 0…255) of a pixel centre at (dx, dy) from the centre of a symbol. */
function shaderPixel(d: Deposit, dx: number, dy: number): number[] {
  const fill = (DEV_STATUS_DIAMETERS[d.dev ?? 'producer'] * VIEW.zoomScale * 0.5 * VIEW.density) * VIEW.ratio;
  const ring = OCCUPATION_RINGS[d.status ?? 'not-occupied'];
  const ringWidth = ring === 'none' ? 0 : RING_WIDTH_PX;
  const outer = fill + ringWidth + OUTLINE_WIDTH_PX;
  const dist = Math.hypot(dx, dy);
  const t = Math.min(1, Math.max(0, dist - outer + 0.5));
  const alpha = 1 - t * t * (3 - 2 * t);
  if (alpha <= 0) return [0, 0, 0, 0];
  let colour: number[];
  if (dist <= fill) colour = d.cls === 'multi' && dist <= fill * 0.4 ? [255, 255, 255] : rgb(MINERAL_CLASS_COLOURS[d.cls]);
  else if (dist <= fill + ringWidth) {
    const turns = (Math.atan2(dy, dx) / (2 * Math.PI)) * 10;
    colour = ring === 'solid' || turns - Math.floor(turns) < 0.55 ? rgb(OCCUPIED_COLOUR) : [255, 255, 255];
  } else colour = rgb(OUTLINE_COLOUR);
  return [...colour.map((c) => c * alpha), 255 * alpha];
}

describe('rasteriseSymbols', () => {
  it('draws each kind of symbol as the shader does, placed to 1/8 pixel', () => {
    const kinds: Deposit[] = [
      { at: [20.3, 20.7], cls: 'titanium' },
      { at: [20.5, 20.5], cls: 'multi', dev: 'explored' },
      { at: [19.9, 21.2], cls: 'lithium', status: 'occupied' },
      { at: [21.13, 19.61], cls: 'rare-earths', dev: 'occurrence', status: 'contested' },
    ];
    // The centre of the eighth of a pixel the deposit lies in.
    const placed = (v: number) => Math.floor(v * 8) / 8 + 1 / 16;
    for (const deposit of kinds) {
      const pixels = draw([deposit]);
      const [cx, cy] = [placed(deposit.at[0]), placed(deposit.at[1])];
      let worst = 0;
      for (let row = 0; row < HEIGHT; row++) {
        for (let col = 0; col < WIDTH; col++) {
          const expected = shaderPixel(deposit, col + 0.5 - cx, row + 0.5 - cy);
          const actual = pixel(pixels, col, row);
          for (let c = 0; c < 4; c++) worst = Math.max(worst, Math.abs(actual[c]! - expected[c]!));
        }
      }
      // Only the rounding of the premultiplied colour to 8 bits.
      expect(worst, deposit.cls).toBeLessThanOrEqual(0.5);
    }
  });

  it('colours the disc by mineral class, with a white centre for several minerals and a ring by status', () => {
    const pixels = draw([
      { at: [12, 12], cls: 'graphite' },
      { at: [40, 12], cls: 'multi' },
      { at: [12, 34], cls: 'other', status: 'occupied' },
    ]);
    expect(pixel(pixels, 12, 12)).toEqual(opaque(MINERAL_CLASS_COLOURS.graphite));
    expect(pixel(pixels, 40, 12)).toEqual([255, 255, 255, 255]);
    expect(pixel(pixels, 40 + 5, 12)).toEqual(opaque(MINERAL_CLASS_COLOURS.multi));
    const ringCol = 12 + Math.floor(DEV_STATUS_DIAMETERS.producer / 2 + RING_WIDTH_PX / 2);
    expect(pixel(pixels, ringCol, 34)).toEqual(opaque(OCCUPIED_COLOUR));
    // Away from every symbol the image is transparent, whatever the buffer held before.
    expect(pixel(pixels, 60, 45)).toEqual([0, 0, 0, 0]);
  });

  it('draws later deposits over earlier ones', () => {
    const titaniumOnTop = draw([{ at: [20, 20], cls: 'lithium' }, { at: [21, 20], cls: 'titanium' }]);
    const lithiumOnTop = draw([{ at: [21, 20], cls: 'titanium' }, { at: [20, 20], cls: 'lithium' }]);
    expect(pixel(titaniumOnTop, 20, 20)).toEqual(opaque(MINERAL_CLASS_COLOURS.titanium));
    expect(pixel(lithiumOnTop, 20, 20)).toEqual(opaque(MINERAL_CLASS_COLOURS.lithium));
  });

  it('clips symbols at the edges and leaves out deposits beyond them', () => {
    const pixels = draw([
      { at: [0.5, 0.5], cls: 'titanium' },
      { at: [WIDTH - 0.5, HEIGHT - 0.5], cls: 'lithium' },
      { at: [-40, 10], cls: 'graphite' },
      { at: [10, HEIGHT + 40], cls: 'graphite' },
    ]);
    expect(pixel(pixels, 0, 0)).toEqual(opaque(MINERAL_CLASS_COLOURS.titanium));
    expect(pixel(pixels, WIDTH - 1, HEIGHT - 1)).toEqual(opaque(MINERAL_CLASS_COLOURS.lithium));
    const graphite = rgb(MINERAL_CLASS_COLOURS.graphite);
    for (let p = 0; p < pixels.length; p += 4) expect([pixels[p], pixels[p + 1], pixels[p + 2]]).not.toEqual(graphite);
  });

  it('shrinks the symbols with the density scale', () => {
    const full = draw([{ at: [30, 24], cls: 'titanium' }]);
    const shrunk = draw([{ at: [30, 24], cls: 'titanium' }], { ...VIEW, density: 0.25 });
    const covered = (pixels: Uint8Array) => pixels.filter((_, i) => i % 4 === 3 && pixels[i]! > 0).length;
    expect(covered(shrunk)).toBeLessThan(covered(full) / 8);
    expect(covered(shrunk)).toBeGreaterThan(0);
  });

  it('draws the same with stamps kept from an earlier drawing, and refuses stamps made for another scale', () => {
    const first: Deposit[] = [{ at: [20.3, 20.7], cls: 'titanium' }, { at: [40.6, 22.1], cls: 'multi', status: 'contested' }];
    const second: Deposit[] = [{ at: [21.1, 30.4], cls: 'multi', status: 'contested' }, { at: [40.6, 22.1], cls: 'graphite' }];
    const kept = new SymbolStamps(VIEW, VIEW.width);
    draw(first, VIEW, kept);
    expect(draw(second, VIEW, kept)).toEqual(draw(second));
    expect(() => draw(second, { ...VIEW, density: 0.5 }, kept)).toThrow(/another scale/);
  });
});
