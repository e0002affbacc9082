// The deposit map in a view too dense for point sprites (more than 20,000 deposits in and around it), where the
// deposits are drawn as one image stamped on the CPU: it draws the same picture as the sprites, and follows filters.
// The data: 19,000 deposits over Ukraine (the opening view) and 2,000 just beyond its east edge, drawn but off
// screen, so showing those switches between the two ways of drawing while the picture should stay the same.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEV_STATUSES, encodeExplorerPoints, OCCUPATION_STATUSES } from '../../src/core/explorer/compact.ts';
import type { ExplorerData } from '../../src/core/explorer/types.ts';
import type { MineralId } from '../../src/core/minerals.ts';
import { MINERAL_CLASS_COLOURS } from '../../src/app/map/symbols.ts';
import { countColours, launchChromium, localOnlyContext } from './browser.ts';
import { startMapPageSite, type MapPageSite } from './mapPageSite.ts';

const VIEWPORT = { width: 900, height: 640 };
const ON_SCREEN = 19_000;
const OFF_SCREEN = 2_000;
/** The opening view at 900 × 640 px fits Ukraine's longitudes (22.0°–40.3°) exactly; these lie ~45 px east of it. */
const OFF_SCREEN_LON = 41.2;
const DEPOSIT_COLOURS = Object.values(MINERAL_CLASS_COLOURS);
const MINERALS: MineralId[][] = [['titanium'], ['lithium'], ['graphite'], ['rare-earths'], ['titanium', 'lithium'], ['gold']];

/** A seeded generator, so the picture is the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function densePoints(): Uint8Array {
  const next = random(4);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const deposits = Array.from({ length: ON_SCREEN + OFF_SCREEN }, (_, i) => ({
    lon: i < ON_SCREEN ? 23 + next() * 16.3 : OFF_SCREEN_LON,
    lat: 45 + next() * 7,
    minerals: pick(MINERALS),
    devStatus: pick(DEV_STATUSES),
    status: pick(OCCUPATION_STATUSES),
  }));
  // points.bin carries only these fields of each deposit.
  return encodeExplorerPoints({ schema: 1, asOf: null, occupationSource: null, deposits } as unknown as ExplorerData);
}

let server: MapPageSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startMapPageSite({ 'dense.bin': densePoints() });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  ({ context } = await localOnlyContext(browser, { viewport: VIEWPORT }));
  page = await context.newPage();
  await page.goto(`${server.url}/map.html?points=dense.bin`);
  await page.waitForFunction(() => window.__map?.idleMs !== undefined || window.__map?.error !== undefined);
  expect(await page.evaluate(() => window.__map?.error)).toBeUndefined();
});

afterEach(async () => {
  await context.close();
});

/** Shows the first `shown` deposits only, and waits for the map to draw them. */
async function show(shown: number) {
  await page.evaluate(
    async ({ shown, total }) => {
      window.__depositMap!.setVisible(Uint8Array.from({ length: total }, (_, i) => (i < shown ? 1 : 0)));
      await window.__depositMap!.whenIdle();
    },
    { shown, total: ON_SCREEN + OFF_SCREEN },
  );
}

const screenshot = () => page.locator('#map').screenshot();
const depositPixels = async (png: Buffer) => (await countColours(page, png, DEPOSIT_COLOURS, 2)).reduce((a, b) => a + b, 0);

/**
 * How two screenshots differ: the pixels whose colours differ by more than `tolerance` in some channel, and the
 * largest difference of the mean of a channel.
 */
function compare(a: Buffer, b: Buffer, tolerance: number): Promise<{ differing: number; meanShift: number }> {
  return page.evaluate(
    async ({ pngs, tolerance }) => {
      const images: Uint8ClampedArray[] = [];
      for (const b64 of pngs) {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        canvas.drawImage(bitmap, 0, 0);
        images.push(canvas.getImageData(0, 0, bitmap.width, bitmap.height).data);
      }
      const [first, second] = images as [Uint8ClampedArray, Uint8ClampedArray];
      let differing = 0;
      const sums = [0, 0, 0];
      for (let p = 0; p < first.length; p += 4) {
        let differs = false;
        for (let c = 0; c < 3; c++) {
          sums[c]! += first[p + c]! - second[p + c]!;
          if (Math.abs(first[p + c]! - second[p + c]!) > tolerance) differs = true;
        }
        if (differs) differing++;
      }
      return { differing, meanShift: Math.max(...sums.map((sum) => Math.abs(sum) / (first.length / 4))) };
    },
    { pngs: [a.toString('base64'), b.toString('base64')], tolerance },
  );
}

describe('the deposit map in a dense view', () => {
  it('draws the same picture as the point sprites', async () => {
    await show(ON_SCREEN);
    const sprites = await screenshot();
    await show(ON_SCREEN + OFF_SCREEN);
    const image = await screenshot();
    const drawn = await depositPixels(sprites);
    expect(drawn).toBeGreaterThan(20_000);
    expect(Math.abs((await depositPixels(image)) - drawn)).toBeLessThan(drawn * 0.03);
    // The image places each symbol within 1/16 px of the sprite's position, which flips some pixels across the hard
    // edges inside a symbol (white centre, ring dashes); one whole pixel off would change twice as many as are drawn.
    const { differing, meanShift } = await compare(sprites, image, 48);
    expect(differing).toBeLessThan(drawn * 0.1);
    expect(meanShift).toBeLessThan(0.5);
  });

  it('hides the deposits a filter leaves out, and shows them again', async () => {
    const before = await depositPixels(await screenshot());
    expect(before).toBeGreaterThan(20_000);
    await show(0);
    // A few base map pixels (grey label edges) share a deposit colour.
    expect(await depositPixels(await screenshot())).toBeLessThan(before * 0.02);
    await show(ON_SCREEN + OFF_SCREEN);
    expect(await depositPixels(await screenshot())).toBe(before);
  });
});
