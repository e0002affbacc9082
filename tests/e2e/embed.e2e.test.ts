// The embed page on the built site (dist/, served by globalSetup) in headless Chromium: it draws each chart, its
// totals equal the explorer's result count for the same query, its height reaches a host page through the
// documented script, its downloads are what they say, lang=uk gives Ukrainian, and no request leaves 127.0.0.1.

import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { THEMES } from '../../src/charts/theme.ts';
import { embedSnippet } from '../../src/embed/heightMessage.ts';
import { countColours, launchChromium, localOnlyContext } from './browser.ts';

const baseURL = inject('baseURL');
const CATEGORY_COLOURS = Object.values(THEMES.light.category);

let browser: Browser;
let context: BrowserContext;
let page: Page;
let outside: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  ({ context, outside } = await localOnlyContext(browser, { viewport: { width: 720, height: 900 }, acceptDownloads: true }));
  page = await context.newPage();
});

afterEach(async () => {
  expect(outside).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

async function openEmbed(query: string): Promise<number> {
  await page.goto(`${baseURL}/embed.html${query}`);
  await page.waitForSelector('#chart[data-state="ready"] svg');
  return Number(await page.locator('#chart').getAttribute('data-count'));
}

async function download(selector: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFile((await file.path())!);
}

describe('the embed page', () => {
  it('draws the by-mineral chart in its colours, with its total equal to the explorer’s result count', async () => {
    const query = '?minerals=lithium,titanium';
    const embedded = await openEmbed(`?chart=by-mineral&${query.slice(1)}`);
    const bars = await countColours(page, await page.locator('#chart svg').screenshot(), CATEGORY_COLOURS, 8);
    expect(bars.reduce((a, b) => a + b, 0)).toBeGreaterThan(500);
    const allRow = await page.locator('#chart tbody tr').first().locator('td').first().textContent();
    expect(Number(allRow!.replace(/\D/g, ''))).toBe(embedded);

    await page.goto(`${baseURL}/index.html${query}`);
    const count = page.getByTestId('result-count');
    await expect.poll(() => count.getAttribute('data-count'), { timeout: 30_000 }).not.toBeNull();
    expect(Number(await count.getAttribute('data-count'))).toBe(embedded);
    expect(embedded).toBeGreaterThan(0);
  });

  it.each(['over-time', 'distance', 'locator'])('draws the %s chart', async (chart) => {
    await openEmbed(`?chart=${chart}&minerals=titanium`);
    const svg = page.locator('#chart svg');
    expect(await svg.locator('.chart-title').textContent()).not.toBe('');
    expect((await svg.locator('.chart-source').textContent())!).toContain('Source: Nadra');
    if (chart === 'locator') expect(await svg.locator('path.basemap-ua_adm1_land').getAttribute('d')).toMatch(/^M/);
  });

  it('sends its height to a host page that pastes the documented snippet', async () => {
    const src = `${baseURL}/embed.html?chart=distance&lang=uk`;
    await page.route(`${baseURL}/host.html`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><body><h1>Story</h1>${embedSnippet(src, 'Chart', 150)}</body>` }),
    );
    await page.goto(`${baseURL}/host.html`);
    const frame = page.locator('iframe');
    await expect.poll(() => frame.evaluate((f: HTMLIFrameElement) => f.style.height), { timeout: 20_000 }).not.toBe('150px');
    const posted = Number.parseInt(await frame.evaluate((f: HTMLIFrameElement) => f.style.height), 10);
    const content = await page.frameLocator('iframe').locator('html').evaluate((html) => html.scrollHeight);
    expect(posted).toBeGreaterThan(300);
    expect(Math.abs(posted - content)).toBeLessThanOrEqual(1);
  });

  it('downloads an SVG that parses and carries the title, the source and the date', async () => {
    await openEmbed('?chart=by-mineral&title=Lithium%20and%20titanium&minerals=lithium,titanium');
    const svg = (await download('[data-download="svg"]')).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const lines = (selector: string) => [...doc.querySelectorAll(`${selector} tspan`)].map((t) => t.textContent).join(' ');
      return { error: doc.querySelector('parsererror') !== null, title: lines('.chart-title'), source: lines('.chart-source'), date: lines('.chart-date'), font: doc.documentElement.getAttribute('font-family') };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.title).toBe('Lithium and titanium');
    expect(parsed.source).toMatch(/^Source: Nadra, from /);
    expect(parsed.date).not.toBe('');
    expect(parsed.font).toContain('sans-serif');
  });

  it.each(['png', 'png2'])('downloads a %s that decodes to the size its button states', async (kind) => {
    await openEmbed('?chart=distance');
    const button = page.locator(`[data-download="${kind}"]`);
    const [width, height] = (await button.getAttribute('data-size'))!.split('x').map(Number);
    expect(await button.textContent()).toContain(`${width} × ${height}`);
    const png = await download(`[data-download="${kind}"]`);
    const size = await page.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      return [bitmap.width, bitmap.height];
    }, png.toString('base64'));
    expect(size).toEqual([width, height]);
    expect(width).toBe(kind === 'png' ? 720 : 1440);
  });

  it('downloads the chart’s numbers as CSV', async () => {
    await openEmbed('?chart=distance');
    const csv = (await download('[data-download="csv"]')).toString('utf8');
    expect(csv.startsWith('\uFEFFDistance to the line,Deposits,"Deposits, share"\r\n')).toBe(true);
  });

  it('speaks Ukrainian with lang=uk', async () => {
    await openEmbed('?chart=by-mineral&lang=uk');
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    expect(await page.locator('#chart svg .chart-title').textContent()).toContain('Родовища критичної сировини');
    expect(await page.locator('#chart svg .chart-source').textContent()).toContain('Джерело: Надра');
    expect(await page.locator('#chart summary').textContent()).toBe('Показати числа');
  });
});
