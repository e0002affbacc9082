// What the explorer should show for a permalink, computed in Node from the built site's deposits.json with the
// project's own filtering code, and the page-side helpers the explorer's end-to-end tests share.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { explorerDataFromDeposits } from '../../src/app/data/fromDeposits.ts';
import { clampDate } from '../../src/app/state/dates.ts';
import { parseView } from '../../src/app/state/url.ts';
import type { DepositFile, OccupationStatus } from '../../src/core/deposit.ts';
import { filterDeposits } from '../../src/core/explorer/filter.ts';
import { HISTORY_START, statusesAt } from '../../src/core/explorer/statusAt.ts';
import type { ExplorerData, ExplorerDeposit } from '../../src/core/explorer/types.ts';
import { buildSearchKeys } from '../../src/core/search.ts';

export interface SiteData {
  file: DepositFile;
  explorer: ExplorerData;
  /** The history's latest date. */
  asOf: string;
  searchKeys: string[];
}

/** The deposits the built site serves, as the explorer reads them. */
export function loadSiteData(): SiteData {
  const file = JSON.parse(readFileSync(new URL('../../dist/data/deposits.json', import.meta.url), 'utf8')) as DepositFile;
  const explorer = explorerDataFromDeposits(file);
  if (explorer.asOf === null) throw new Error('dist/data/deposits.json has no occupation history: run `npm run data`');
  return { file, explorer, asOf: explorer.asOf, searchKeys: buildSearchKeys(explorer.deposits) };
}

export interface ExpectedRow {
  deposit: ExplorerDeposit;
  /** The status on the view's date. */
  status: OccupationStatus;
}

export interface ExpectedView {
  /** The date the view shows (the latest when the permalink names none). */
  date: string;
  /** The matching deposits in the table's unsorted order, the data's. */
  rows: ExpectedRow[];
  /** The result count: the matching deposits the totals count (a district point holding deposits does not). */
  count: number;
}

/** The deposits a permalink's query string (with its '?') selects, and their statuses on its date. */
export function expectedView(site: SiteData, query: string): ExpectedView {
  const view = parseView(query);
  const date = clampDate(view.date ?? site.asOf, HISTORY_START, site.asOf);
  const { deposits } = site.explorer;
  const statuses = statusesAt(deposits, date);
  const { visible, count } = filterDeposits({ deposits, statuses, searchKeys: site.searchKeys }, view.filters);
  const rows = deposits.flatMap((deposit, i) => (visible[i] === 1 ? [{ deposit, status: statuses[i]! }] : []));
  return { date, rows, count };
}

export function depositById(site: SiteData, id: string): ExplorerDeposit {
  const found = site.explorer.deposits.find((d) => d.id === id);
  if (!found) throw new Error(`no deposit ${id} in dist/data/deposits.json`);
  return found;
}

/** Opens the explorer at a permalink and waits for the data: returns the result count it shows. */
export async function openExplorer(page: Page, baseURL: string, query: string): Promise<number> {
  await page.goto(`${baseURL}/${query}`);
  const count = await page.getByTestId('result-count').and(page.locator('[data-count]')).getAttribute('data-count', { timeout: 30_000 });
  return Number(count);
}

/** Waits for the map's first idle with the deposits drawn; returns the error the map reported, if any. */
export async function mapReady(page: Page): Promise<string | undefined> {
  await page.waitForFunction(() => window.__map?.idleMs !== undefined || window.__map?.error !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => window.__map?.error);
}

/** The map's canvas, without the controls drawn over it. */
export const mapCanvas = (page: Page) => page.locator('.map canvas.maplibregl-canvas');

/** How many pixels of the PNG are within `tolerance` of the colour (#rrggbb), and their centre, in PNG pixels. */
export async function colourSpot(page: Page, png: Buffer, colour: string, tolerance: number): Promise<{ count: number; x: number; y: number }> {
  return page.evaluate(
    async ({ b64, colour, tolerance }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const target = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
      let count = 0;
      let sumX = 0;
      let sumY = 0;
      for (let p = 0; p < data.length; p += 4) {
        if (target.every((t, k) => Math.abs(data[p + k]! - t) <= tolerance)) {
          count++;
          sumX += (p / 4) % width;
          sumY += Math.floor(p / 4 / width);
        }
      }
      return { count, x: count === 0 ? NaN : sumX / count, y: count === 0 ? NaN : sumY / count };
    },
    { b64: png.toString('base64'), colour, tolerance },
  );
}
