// The deposit map on its own (scripts/bench/pages/map.html, built here with the site's public/ folder) in headless
// Chromium: it draws the base map, its labels in the interface language and the embedded deposits, selects on click,
// follows filters and the occupied area, escapes attribution text, and every request stays on 127.0.0.1.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MINERAL_CLASS_COLOURS } from '../../src/app/map/symbols.ts';
import { SEA } from '../../src/app/map/style.ts';
import { countColours, launchChromium, localOnlyContext } from './browser.ts';
import { startMapPageSite, type MapPageSite } from './mapPageSite.ts';

const UKRAINE_FILL = '#fffdf7';
const DEPOSIT_COLOURS = Object.values(MINERAL_CLASS_COLOURS);

let server: MapPageSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let outside: string[] = [];

beforeAll(async () => {
  server = await startMapPageSite();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  ({ context, outside } = await localOnlyContext(browser, { viewport: { width: 900, height: 640 } }));
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

async function open(query = '') {
  await page.goto(`${server.url}/map.html${query}`);
  await page.waitForFunction(() => window.__map?.idleMs !== undefined || window.__map?.error !== undefined);
  expect(await page.evaluate(() => window.__map?.error)).toBeUndefined();
}

async function redrawn() {
  await page.evaluate(() => window.__depositMap!.whenIdle());
}

const screenshot = () => page.locator('#map').screenshot();
const depositPixels = async () => (await countColours(page, await screenshot(), DEPOSIT_COLOURS, 2)).reduce((a, b) => a + b, 0);

describe('the deposit map', () => {
  it('draws sea, Ukraine and the deposits, with nothing fetched from outside 127.0.0.1', async () => {
    await open();
    const [sea, ukraine, ...deposits] = await countColours(page, await screenshot(), [SEA, UKRAINE_FILL, ...DEPOSIT_COLOURS], 2);
    expect(sea).toBeGreaterThan(20_000);
    expect(ukraine).toBeGreaterThan(100_000);
    expect(deposits.reduce((a, b) => a + b, 0)).toBeGreaterThan(500);
    expect(outside).toEqual([]);
  });

  it('hides the deposits a filter leaves out, and shows them again', async () => {
    await open();
    const before = await depositPixels();
    await page.evaluate(() => window.__depositMap!.setVisible(new Uint8Array(100_000)));
    await redrawn();
    // A few base map pixels (grey label edges) share a deposit colour.
    expect(await depositPixels()).toBeLessThan(before * 0.02);
    await page.evaluate(() => window.__depositMap!.setVisible(new Uint8Array(100_000).fill(1)));
    await redrawn();
    expect(await depositPixels()).toBe(before);
  });

  it('selects the deposit under a click, draws the selection, and clears it on a click on empty sea', async () => {
    await open();
    const png = await screenshot();
    const spot = await page.evaluate(
      async ({ b64, colour }) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const { data, width } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
        const target = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
        for (let p = 0; p < data.length; p += 4) {
          if (target.every((t, k) => Math.abs(data[p + k]! - t) <= 2)) return { x: (p / 4) % width, y: Math.floor(p / 4 / width) + 2 };
        }
        return null;
      },
      { b64: png.toString('base64'), colour: MINERAL_CLASS_COLOURS.titanium },
    );
    expect(spot).not.toBeNull();
    const outlinesBefore = (await countColours(page, png, ['#000000'], 10))[0]!;
    await page.mouse.click(spot!.x, spot!.y);
    await redrawn();
    expect(await page.evaluate(() => window.__selected)).toEqual(expect.any(Number));
    expect((await countColours(page, await screenshot(), ['#000000'], 10))[0]!).toBeGreaterThan(outlinesBefore + 50);
    await page.mouse.click(600, 600);
    expect(await page.evaluate(() => window.__selected)).toBeNull();
  });

  it('draws the occupied area and shows its source, as text, in the attribution', async () => {
    await open();
    await page.evaluate(() =>
      window.__depositMap!.setOccupation({
        date: '2024-01-01',
        occupied: { type: 'MultiPolygon', coordinates: [[[[33, 45.5], [38, 45.5], [38, 48], [33, 48], [33, 45.5]]]] },
        contested: null,
        occupiedBefore2022: null,
        attribution: 'Source: <b>DeepStateMap</b>, 2024-01-01',
      }),
    );
    await redrawn();
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    await expect.poll(() => attribution.textContent()).toContain('Source: <b>DeepStateMap</b>, 2024-01-01');
    expect(await attribution.locator('b').count()).toBe(0);
    const [ukraine] = await countColours(page, await screenshot(), [UKRAINE_FILL], 2);
    expect(ukraine).toBeLessThan(300_000);
    expect(outside).toEqual([]);
  });

  it('labels the map in the interface language as soon as it is ready, without overlapping labels, hidden from screen readers', async () => {
    await open();
    const overlay = page.locator('.map-labels');
    expect(await overlay.getAttribute('aria-hidden')).toBe('true');
    const shown = () => page.locator('.map-label').filter({ visible: true });
    const names = async () => shown().allTextContents();
    expect(await names()).toEqual(expect.arrayContaining(['Kyiv', 'Odesa', 'Sea of Azov', 'Moldova']));
    expect((await names()).length).toBeGreaterThan(30);
    const boxes = await shown().evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).toBe(false);
      }
    }
    await page.evaluate(() => window.__depositMap!.setLanguage('uk'));
    expect(await names()).toEqual(expect.arrayContaining(['Київ', 'Одеса', 'Азовське море', 'Молдова']));
    expect(await names()).not.toContain('Kyiv');
  });

  it('moves the labels with the map, and shows the oblasts only from zoom 5', async () => {
    await open();
    const kyiv = page.locator('.map-label').filter({ hasText: /^Kyiv$/ });
    const before = await kyiv.boundingBox();
    await page.mouse.move(450, 320);
    await page.mouse.wheel(0, 600);
    await page.mouse.wheel(0, 600);
    const oblasts = page.locator('.map-label--oblast').filter({ visible: true });
    await expect.poll(() => oblasts.count()).toBe(0);
    expect(await kyiv.boundingBox()).not.toEqual(before);
  });

  it('names the map in the interface language', async () => {
    await open('?lang=uk');
    expect(await page.locator('canvas').getAttribute('aria-label')).toBe('Карта родовищ критичних мінералів');
  });
});
