// The explorer on the built site (dist/, served by globalSetup) in headless Chromium: the map draws the base map and
// the deposits, a permalink shows the count the project's own filter code gives for the embedded data, the table and
// the map select in step and open the record, the date control changes a known deposit's status, the language
// switch, the downloads hold exactly the deposits of the view with formulas neutralised, and no request leaves
// 127.0.0.1. Expected values come from dist/data/deposits.json, never from the page.

import { readFile } from 'node:fs/promises';
import type { FeatureCollection, Point } from 'geojson';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../src/app/download/exportFiles.ts';
import { en } from '../../src/app/i18n/en.ts';
import { createI18n } from '../../src/app/i18n/i18n.ts';
import { uk } from '../../src/app/i18n/uk.ts';
import { SEA } from '../../src/app/map/style.ts';
import { MINERAL_CLASS_COLOURS, SELECTION_COLOUR } from '../../src/app/map/symbols.ts';
import { displayName } from '../../src/app/table/sortRows.ts';
import type { Deposit } from '../../src/core/deposit.ts';
import { statusAt } from '../../src/core/explorer/statusAt.ts';
import { countColours, launchChromium, localOnlyContext } from './browser.ts';
import {
  colourSpot, depositById, expectedView, loadSiteData, mapCanvas, mapReady, openExplorer, type SiteData,
} from './explorerPage.ts';

const baseURL = inject('baseURL');

const UKRAINE_FILL = '#fffdf7';
const DEPOSIT_COLOURS = Object.values(MINERAL_CLASS_COLOURS);
const SHEVCHENKIVSKE = 'ua-register:shevchenkivske-rodovyshche-litiievykh-rud-beryllium-47.91n-36.71e';
const STAROKRYMSKE = 'ua-register:starokrymske-rodovyshche-hrafitu-graphite-47.16n-37.49e';
const PRIPYAT = 'pp1802:pripyat-gallium-51.34n-29.95e';

let site: SiteData;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let outside: string[] = [];
let pageErrors: string[] = [];

beforeAll(async () => {
  site = loadSiteData();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  pageErrors = [];
  ({ context, outside } = await localOnlyContext(browser, { viewport: { width: 1280, height: 900 }, acceptDownloads: true }));
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterEach(async () => {
  expect(outside).toEqual([]);
  expect(pageErrors).toEqual([]);
  await context.close();
});

const param = (name: string) => new URL(page.url()).searchParams.get(name);
const canvasShot = () => mapCanvas(page).screenshot();
const depositPixels = async () => (await countColours(page, await canvasShot(), DEPOSIT_COLOURS, 2)).reduce((a, b) => a + b, 0);
const selectionPixels = async () => (await countColours(page, await canvasShot(), [SELECTION_COLOUR], 10))[0]!;
const recordHeading = () => page.locator('aside.record h2');
const tableRows = () => page.locator('.results tbody tr[data-position]');
const rowOf = (name: string) => tableRows().filter({ has: page.locator('.name', { hasText: name }) });

async function download(button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

describe('the explorer', () => {
  it('draws the sea, Ukraine and the deposits, and hides the deposits a search leaves out', async () => {
    expect(await openExplorer(page, baseURL, '')).toBe(expectedView(site, '').count);
    expect(await mapReady(page)).toBeUndefined();
    const [sea, ukraine, ...deposits] = await countColours(page, await canvasShot(), [SEA, UKRAINE_FILL, ...DEPOSIT_COLOURS], 2);
    expect(sea).toBeGreaterThan(10_000);
    expect(ukraine).toBeGreaterThan(50_000);
    const drawn = deposits.reduce((a, b) => a + b, 0);
    expect(drawn).toBeGreaterThan(1_000);

    await page.getByLabel(en['filters.search'], { exact: true }).fill('qqqxxzz');
    await expect.poll(() => page.getByTestId('result-count').getAttribute('data-count')).toBe('0');
    await expect.poll(() => param('q')).toBe('qqqxxzz');
    // A few base map pixels (label edges) share a deposit colour.
    await expect.poll(depositPixels, { timeout: 10_000 }).toBeLessThan(drawn * 0.02);
  });

  it('shows, for a permalink, the count the filters give on the embedded data', async () => {
    const i18n = createI18n('en');
    const lithiumInDonetsk = site.file.deposits.filter(
      (d) => d.oblast?.code === 'UA-14' && d.minerals.some((m) => m.id === 'lithium'),
    ).length;
    const cases: { query: string; includes: string }[] = [
      { query: '?minerals=lithium&oblast=UA-14', includes: SHEVCHENKIVSKE },
      { query: '?minerals=graphite,lithium&status=occupied&date=2023-06-01', includes: STAROKRYMSKE },
      // Old-style romanisation with an apostrophe for the soft sign, against "Шевченківське".
      { query: `?q=${encodeURIComponent("shevchenkivs'ke")}`, includes: SHEVCHENKIVSKE },
      // Cyrillic with a typographic apostrophe, against the Latin-only "Pripyat".
      { query: `?q=${encodeURIComponent('Пріп’ять')}`, includes: PRIPYAT },
    ];
    expect(expectedView(site, cases[0]!.query).rows).toHaveLength(lithiumInDonetsk);
    for (const { query, includes } of cases) {
      const { rows, count } = expectedView(site, query);
      expect(rows.map((r) => r.deposit.id)).toContain(includes);
      expect(await openExplorer(page, baseURL, query), query).toBe(count);
      expect(await page.getByTestId('result-count').textContent()).toBe(i18n.plural('results', count));
      expect(await page.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(rows.length + 1));
      expect(await tableRows().locator('.name').allTextContents()).toEqual(rows.map((r) => displayName(r.deposit, 'en')));
    }
  });

  it('selects a table row on the map and opens its record, and selects the deposit clicked on the map', async () => {
    const query = '?status=occupied';
    const rows = expectedView(site, query).rows;
    const target = rows.findIndex((r) => r.deposit.id === SHEVCHENKIVSKE);
    expect(target).toBeGreaterThan(0);
    await openExplorer(page, baseURL, query);
    expect(await mapReady(page)).toBeUndefined();
    const outlinesBefore = await selectionPixels();

    await page.locator('.results tbody tr[tabindex="0"]').focus();
    for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await expect.poll(() => param('id')).toBe(SHEVCHENKIVSKE);
    const record = site.file.deposits.find((d) => d.id === SHEVCHENKIVSKE)!;
    await expect.poll(() => recordHeading().textContent()).toBe(record.name.original);
    expect(await page.getByTestId('record-status').textContent()).toBe(en['status.occupied']);
    expect(await rowOf(displayName(rows[target]!.deposit, 'en')).getAttribute('aria-selected')).toBe('true');
    await expect.poll(selectionPixels, { timeout: 10_000 }).toBeGreaterThan(outlinesBefore + 50);

    await page.getByRole('button', { name: en['record.close'] }).click();
    await expect.poll(() => param('id')).toBeNull();
    await expect.poll(selectionPixels, { timeout: 10_000 }).toBeLessThan(outlinesBefore + 50);

    // With the search leaving one deposit on the map, its colour marks where to click.
    const graphite = depositById(site, STAROKRYMSKE);
    await page.getByLabel(en['filters.search'], { exact: true }).fill('Starokrymske');
    await expect.poll(() => page.getByTestId('result-count').getAttribute('data-count')).toBe('1');
    await expect.poll(async () => (await colourSpot(page, await canvasShot(), MINERAL_CLASS_COLOURS.lithium, 2)).count, { timeout: 10_000 }).toBe(0);
    const spot = await colourSpot(page, await canvasShot(), MINERAL_CLASS_COLOURS.graphite, 2);
    expect(spot.count).toBeGreaterThan(20);
    const box = (await mapCanvas(page).boundingBox())!;
    await page.mouse.click(box.x + spot.x, box.y + spot.y);

    await expect.poll(() => param('id')).toBe(graphite.id);
    await expect.poll(() => recordHeading().textContent()).toBe(graphite.name);
    expect(await rowOf(displayName(graphite, 'en')).getAttribute('aria-selected')).toBe('true');
  });

  it('changes Shevchenkivske’s status and distance as the date control moves across its occupation', async () => {
    const deposit = depositById(site, SHEVCHENKIVSKE);
    const statusText = (date: string | null) => en[`status.${statusAt(deposit, date)}`];
    // Known history: occupied between 2025-06-30 and 2025-07-07, so not on 2025-06-07 and by 2025-07-07.
    expect([statusAt(deposit, '2025-06-07'), statusAt(deposit, '2025-07-07'), statusAt(deposit, null)]).toEqual(['not-occupied', 'occupied', 'occupied']);
    await openExplorer(page, baseURL, `?q=shevchenkivske&date=2025-06-07&id=${encodeURIComponent(SHEVCHENKIVSKE)}`);
    const rowStatus = rowOf(deposit.latin!).locator('.status');
    const recordStatus = page.getByTestId('record-status');
    const shows = async (date: string | null) => {
      await expect.poll(() => rowStatus.textContent()).toBe(statusText(date));
      await expect.poll(() => recordStatus.textContent()).toBe(statusText(date));
      expect(param('date')).toBe(date);
    };
    await shows('2025-06-07');
    // Measured in the page to that date's line: outside it before the occupation, inside at the latest date.
    const rowDistance = async () => Number(await rowOf(deposit.latin!).locator('td').nth(4).textContent());
    await expect.poll(rowDistance).toBeGreaterThan(0);

    await page.getByRole('button', { name: en['date.next'] }).click();
    await shows('2025-07-07');
    await page.getByRole('button', { name: en['date.previous'] }).click();
    await shows('2025-06-07');
    await page.locator('.date-control input[type="date"]').fill('2025-01-01');
    await shows('2025-01-01');
    await page.getByRole('button', { name: en['date.latest'] }).click();
    await shows(null);
    await expect.poll(rowDistance).toBe(deposit.distanceKm);
    expect(deposit.distanceKm).toBeLessThan(0);
    expect(await page.locator('.date-control input[type="date"]').inputValue()).toBe(site.asOf);
  });

  it('switches between English and Ukrainian, with <html lang>, the URL and the number formats following', async () => {
    const query = '?minerals=lithium';
    const { count } = expectedView(site, query);
    const total = expectedView(site, '').count;
    const header = (language: 'en' | 'uk') => {
      const i18n = createI18n(language);
      return `${i18n.plural('results', count)} ${i18n.t('results.ofTotal', { total: i18n.number(total) })}`;
    };
    const speaks = async (language: 'en' | 'uk') => {
      const messages = language === 'en' ? en : uk;
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.locator('h1').textContent()).toBe(messages['app.title']);
      await expect.poll(() => page.locator('.result-count').textContent()).toBe(header(language));
      expect(await page.getByRole('columnheader').first().textContent()).toBe(messages['table.name']);
      expect(param('lang')).toBe(language === 'en' ? null : 'uk');
      expect(param('minerals')).toBe('lithium');
    };

    expect(await openExplorer(page, baseURL, query)).toBe(count);
    await speaks('en');
    await page.getByRole('button', { name: 'Українська' }).click();
    await speaks('uk');
    expect(await page.getByRole('button', { name: 'Українська' }).getAttribute('aria-pressed')).toBe('true');
    expect(await mapCanvas(page).getAttribute('aria-label')).toBe('Карта родовищ критичних мінералів');

    await page.reload();
    await speaks('uk');
    await page.getByRole('button', { name: 'English' }).click();
    await speaks('en');
  });

  it('downloads CSV, CSV for Excel and GeoJSON holding exactly the deposits of the filtered view', async () => {
    const query = '?oblast=UA-14&date=2023-06-01';
    const view = expectedView(site, query);
    const ids = view.rows.map((r) => r.deposit.id);
    const records = new Map(site.file.deposits.map((d) => [d.id, d]));
    expect(new Set(view.rows.map((r) => r.status)).size).toBeGreaterThan(1);
    expect(ids).toContain(STAROKRYMSKE);

    // One record, as its shard is served, carries text a spreadsheet would run as formulas.
    const formulas = { latin: '=HYPERLINK("http://x.invalid","x")', adminArea: '@SUM(1+1)', devStatus: "+cmd|' /C calc'!A0", reserve: '-2+3' };
    await page.route('**/data/records/*.json', async (route) => {
      const response = await route.fetch();
      const shard = (await response.json()) as { deposits: Deposit[] };
      for (const d of shard.deposits) {
        if (d.id !== STAROKRYMSKE) continue;
        d.name.latin = formulas.latin;
        d.adminArea = formulas.adminArea;
        d.devStatus.asWritten = formulas.devStatus;
        d.reserves = [{ mineral: null, amount: null, unit: null, category: null, asWritten: formulas.reserve }];
      }
      await route.fulfill({ response, json: shard });
    });

    expect(await openExplorer(page, baseURL, query)).toBe(view.count);
    expect(await tableRows().locator('.name').allTextContents()).toEqual(view.rows.map((r) => displayName(r.deposit, 'en')));

    const csv = await download(en['downloads.csv']);
    expect(csv.name).toBe(`nadra-deposits-${view.date}.csv`);
    expect(csv.text.startsWith('\uFEFF')).toBe(false);
    const parsed = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...EXPORT_COLUMNS]);
    expect(parsed.data.map((r) => r.id)).toEqual(ids);
    expect(parsed.data.map((r) => r.view_date)).toEqual(ids.map(() => view.date));
    expect(parsed.data.map((r) => r.view_occupation_status)).toEqual(view.rows.map((r) => r.status));
    expect(parsed.data.map((r) => r.name)).toEqual(ids.map((id) => records.get(id)!.name.original));
    const planted = parsed.data.find((r) => r.id === STAROKRYMSKE)!;
    expect([planted.name_latin, planted.admin_area, planted.dev_status_as_written, planted.reserves]).toEqual(
      [formulas.latin, formulas.adminArea, formulas.devStatus, formulas.reserve].map((f) => `'${f}`),
    );
    for (const row of parsed.data) {
      for (const value of Object.values(row)) expect(/^[=+\-@\t\r]/.test(value) && !/^[+-]?[\d.]+(?:e[+-]?\d+)?$/i.test(value), value).toBe(false);
    }

    const excel = await download(en['downloads.csvBom']);
    expect(excel.name).toBe(`nadra-deposits-${view.date}-excel.csv`);
    expect(excel.text).toBe(`\uFEFF${csv.text}`);

    const geojson = await download(en['downloads.geojson']);
    expect(geojson.name).toBe(`nadra-deposits-${view.date}.geojson`);
    const collection = JSON.parse(geojson.text) as FeatureCollection<Point>;
    const located = view.rows.flatMap((r) => {
      const { location } = records.get(r.deposit.id)!;
      return location === null ? [] : [{ id: r.deposit.id, coordinates: [location.lon, location.lat], status: r.status }];
    });
    expect(collection.features.map((f) => f.id)).toEqual(located.map((r) => r.id));
    expect(collection.features.map((f) => f.geometry.coordinates)).toEqual(located.map((r) => r.coordinates));
    expect(collection.features.map((f) => f.properties?.view_occupation_status)).toEqual(located.map((r) => r.status));
  });
});
