// Benchmark of the deposit map in headless Chromium, each figure against a bare MapLibre page (GeoJSON source,
// circle layer, nothing else) drawing the same points, measured in the same run:
//   (a) the embedded data: first `idle` with deposits drawn, ours / bare (target ≤ 1.3), and ours / the bare page
//       over our own base map (the points' drawing alone);
//   (b) a generated 300,000-deposit MRDS-like dataset (scripts/bench/generateMrds.ts, seeded, normalised by the
//       real pipeline): first `idle`, ours / bare (target ≤ 0.5);
//   (c) a filter change on (b), from setVisible to the next `idle` and two animation frames (so the frame has been
//       drawn, not only queued), at a view full of deposits (target < 100 ms);
// and the peak resident memory of the browser (all its processes) for each page.
//
//   tsx scripts/bench/explorerMap.ts [--runs 3] [--rows 300000] [--seed 1] [--only c]
//
// --only picks cases (letters, e.g. `--only c` or `--only ab`) to iterate on one of them quickly.
//
// Needs public/ built (`npm run data`) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { decodeExplorerPoints, MINERAL_CLASSES, type ExplorerPoints } from '../../src/core/explorer/compact.ts';
import { CHROMIUM_ARGS } from '../../tests/e2e/browser.ts';
import { startStaticServer } from '../serve/staticServer.ts';
import { writeExplorerData } from '../data/explorer.ts';
import { loadPlaces } from '../geo/places.ts';
import { normaliseInputs } from '../normalise/run.ts';
import { buildBenchPages } from './buildPages.ts';
import { generateMrdsCsv } from './generateMrds.ts';
import { median } from './measure.ts';

const VIEWPORT = { width: 1280, height: 800 };
const FILTER_REPEATS = 6;
/** A view over the western United States, where MRDS-like data is densest. */
const DENSE_VIEW = { lon: -114, lat: 40 };

interface PageRun {
  idleMs: number; // performance.now() at the first idle with the points drawn: time since navigation start
  wallMs: number; // goto → idle, as seen from Node
  peakRssMb: number;
}

function pointsGeoJson(points: ExplorerPoints): string {
  const features: string[] = [];
  for (let i = 0; i < points.count; i++) {
    if (Number.isNaN(points.lon[i]!)) continue;
    const cls = MINERAL_CLASSES[points.mineralClass[i]!]!;
    features.push(`{"type":"Feature","properties":{"class":"${cls}"},"geometry":{"type":"Point","coordinates":[${points.lon[i]},${points.lat[i]}]}}`);
  }
  return `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
}

/** Resident memory of this process's descendants (the browser and its helpers), in MB. */
function descendantsRssMb(): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // the process ended while being read
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === process.pid) {
        total += bytes;
        break;
      }
    }
  }
  return total / 1e6;
}

async function measurePage(browser: Browser, url: string): Promise<PageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  let peak = descendantsRssMb();
  const sampler = setInterval(() => (peak = Math.max(peak, descendantsRssMb())), 100);
  try {
    const started = performance.now();
    await page.goto(url);
    await page.waitForFunction(() => window.__map?.idleMs !== undefined || window.__map?.error !== undefined, null, {
      timeout: 300_000,
    });
    const wallMs = performance.now() - started;
    const state = await page.evaluate(() => window.__map!);
    if (state.error) throw new Error(`${url}: ${state.error}`);
    return { idleMs: state.idleMs!, wallMs, peakRssMb: Math.max(peak, descendantsRssMb()) };
  } finally {
    clearInterval(sampler);
    await context.close();
  }
}

/** setVisible → next idle on our map, alternating two masks, at a view with many deposits on screen. */
async function measureFilterChange(browser: Browser, url: string, points: ExplorerPoints): Promise<number[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__map?.idleMs !== undefined || window.__map?.error !== undefined);
    const target = nearestPoint(points, DENSE_VIEW.lon, DENSE_VIEW.lat);
    await page.evaluate(async (i) => {
      window.__depositMap!.select(i);
      await new Promise((r) => setTimeout(r, 500));
      await window.__depositMap!.whenIdle();
    }, target);
    const headline = [0, 1, 2, 3, 4]; // every class but 'other'
    return await page.evaluate(
      async ({ classes, headline, repeats }) => {
        const all = new Uint8Array(classes.length).fill(1);
        const some = Uint8Array.from(classes, (c) => (headline.includes(c) ? 1 : 0));
        const ms: number[] = [];
        for (let k = 0; k < repeats; k++) {
          const started = performance.now();
          window.__depositMap!.setVisible(k % 2 === 0 ? some : all);
          await window.__depositMap!.whenIdle();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          ms.push(performance.now() - started);
        }
        return ms;
      },
      { classes: Array.from(points.mineralClass), headline, repeats: FILTER_REPEATS },
    );
  } finally {
    await context.close();
  }
}

/** The same filter on the bare page: setFilter → next idle, at the same view. */
async function measureBareFilterChange(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__map?.idleMs !== undefined || window.__map?.error !== undefined, null, {
      timeout: 300_000,
    });
    return await page.evaluate(
      async ({ view, repeats }) => {
        // No local function declarations here: tsx would wrap them in a helper the page does not have.
        const map = window.__bareMap!;
        map.jumpTo({ center: [view.lon, view.lat] });
        await new Promise((r) => map.once('idle', r));
        const ms: number[] = [];
        for (let k = 0; k < repeats; k++) {
          const started = performance.now();
          map.setFilter('deposits', k % 2 === 0 ? ['!=', ['get', 'class'], 'other'] : null);
          await new Promise((r) => map.once('idle', r));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          ms.push(performance.now() - started);
        }
        return ms;
      },
      { view: DENSE_VIEW, repeats: FILTER_REPEATS },
    );
  } finally {
    await context.close();
  }
}

/** Deposits within the view's rough extent at the opening zoom (about 18° by 8°). */
function near(points: ExplorerPoints): number {
  let n = 0;
  for (let i = 0; i < points.count; i++) {
    if (Math.abs(points.lon[i]! - DENSE_VIEW.lon) <= 9 && Math.abs(points.lat[i]! - DENSE_VIEW.lat) <= 4) n++;
  }
  return n;
}

function nearestPoint(points: ExplorerPoints, lon: number, lat: number): number {
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < points.count; i++) {
    const d = (points.lon[i]! - lon) ** 2 + (points.lat[i]! - lat) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

function syntheticDataset(site: string, rows: number, seed: number): ExplorerPoints {
  const csv = generateMrdsCsv(rows, seed);
  const result = normaliseInputs([{ path: `bench/mrds-${rows}-seed${seed}.csv`, bytes: Buffer.from(csv) }], {
    format: null,
    columns: {},
    places: loadPlaces(),
  });
  const dir = join(site, 'bench', 'synthetic');
  writeExplorerData(dir, result.deposits, null);
  const points = decodeExplorerPoints(bufferOf(readFileSync(join(dir, 'explorer', 'points.bin'))));
  writeFileSync(join(site, 'bench', 'synthetic.geojson'), pointsGeoJson(points));
  return points;
}

const bufferOf = (bytes: Buffer) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

interface Comparison {
  ours: PageRun[];
  bare: PageRun[];
}

async function compare(browser: Browser, oursUrl: string, bareUrl: string, runs: number): Promise<Comparison> {
  const result: Comparison = { ours: [], bare: [] };
  await measurePage(browser, oursUrl); // warm-up: first compile of shaders and the browser's caches
  await measurePage(browser, bareUrl);
  for (let k = 0; k < runs; k++) {
    result.bare.push(await measurePage(browser, bareUrl));
    result.ours.push(await measurePage(browser, oursUrl));
  }
  return result;
}

const f0 = (n: number) => n.toFixed(0);
const f2 = (n: number) => n.toFixed(2);

function summarise(label: string, c: Comparison, target: string): number {
  const ours = median(c.ours.map((r) => r.idleMs));
  const bare = median(c.bare.map((r) => r.idleMs));
  const oursWall = median(c.ours.map((r) => r.wallMs));
  const bareWall = median(c.bare.map((r) => r.wallMs));
  console.log(`${label}`);
  console.log(`  first idle (ms since navigation, median of ${c.ours.length}): ours ${f0(ours)}, bare ${f0(bare)}  →  ratio ${f2(ours / bare)} (target ${target})`);
  console.log(`  goto → idle wall (ms): ours ${f0(oursWall)}, bare ${f0(bareWall)}  →  ratio ${f2(oursWall / bareWall)}`);
  console.log(`  runs ours: ${c.ours.map((r) => f0(r.idleMs)).join(', ')}; bare: ${c.bare.map((r) => f0(r.idleMs)).join(', ')}`);
  console.log(`  peak browser RSS (MB): ours ${f0(Math.max(...c.ours.map((r) => r.peakRssMb)))}, bare ${f0(Math.max(...c.bare.map((r) => r.peakRssMb)))}`);
  return ours / bare;
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      rows: { type: 'string', default: '300000' },
      seed: { type: 'string', default: '1' },
      only: { type: 'string', default: 'abc' },
    },
  });
  const wanted = (c: string) => values.only.includes(c);
  const runs = Number(values.runs);
  const rows = Number(values.rows);
  const seed = Number(values.seed);
  const site = mkdtempSync(join(tmpdir(), 'nadra-bench-'));
  try {
    await buildBenchPages(site);
    mkdirSync(join(site, 'bench'), { recursive: true });
    const embedded = decodeExplorerPoints(bufferOf(readFileSync(join(site, 'data', 'explorer', 'points.bin'))));
    writeFileSync(join(site, 'bench', 'embedded.geojson'), pointsGeoJson(embedded));
    const generated = performance.now();
    const synthetic = syntheticDataset(site, rows, seed);
    console.log(`generated ${rows} rows (seed ${seed}) → ${synthetic.count} deposits in ${f0(performance.now() - generated)} ms`);
    console.log(`points.bin ${readFileSync(join(site, 'bench', 'synthetic', 'explorer', 'points.bin')).length} bytes; bare GeoJSON ${readFileSync(join(site, 'bench', 'synthetic.geojson')).length} bytes`);

    const server = await startStaticServer(site);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      const u = server.url;
      const ratios: string[] = [];
      if (wanted('a')) {
        const a = await compare(browser, `${u}/map.html`, `${u}/bare.html?geojson=bench/embedded.geojson`, runs);
        const withBasemap = await compare(browser, `${u}/map.html`, `${u}/bare.html?basemap&geojson=bench/embedded.geojson`, runs);
        console.log('');
        ratios.push(`(a) ${f2(summarise(`(a) embedded data, ${embedded.count} deposits`, a, '≤ 1.3'))}`);
        ratios.push(`(a') ${f2(summarise(`(a') embedded data, bare page over the same base map`, withBasemap, 'for information'))}`);
      }
      if (wanted('b')) {
        const b = await compare(
          browser,
          `${u}/map.html?points=bench/synthetic/explorer/points.bin`,
          `${u}/bare.html?geojson=bench/synthetic.geojson`,
          runs,
        );
        console.log('');
        ratios.push(`(b) ${f2(summarise(`(b) generated data, ${synthetic.count} deposits`, b, '≤ 0.5'))}`);
      }
      if (wanted('c')) {
        const filter = await measureFilterChange(browser, `${u}/map.html?points=bench/synthetic/explorer/points.bin`, synthetic);
        const bareFilter = await measureBareFilterChange(browser, `${u}/bare.html?geojson=bench/synthetic.geojson`);
        const filterMs = median(filter);
        console.log('');
        console.log(`(c) filter change (setVisible → idle) on ${synthetic.count} deposits, view centred on ${DENSE_VIEW.lon}, ${DENSE_VIEW.lat} (about ${near(synthetic)} in view)`);
        console.log(`  ours: median ${f0(filterMs)} ms (runs ${filter.map(f0).join(', ')}) (target < 100)`);
        console.log(`  bare setFilter → idle: median ${f0(median(bareFilter))} ms (runs ${bareFilter.map(f0).join(', ')})`);
        ratios.push(`(c) ${f0(filterMs)} ms`);
      }
      console.log('');
      console.log(`ratios: ${ratios.join('  ')}`);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

await main();
