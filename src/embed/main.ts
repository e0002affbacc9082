// The embed page's start-up: read the URL, load the compact data (and the base map for the locator map) from the
// site itself, draw, then keep the chart fitted to the frame's width and tell the host page its height.

import type { FeatureCollection } from 'geojson';
import { BASEMAP_DIR, BASEMAP_FILES } from '../core/explorer/basemapFiles.ts';
import { httpSource } from '../app/data/httpSource.ts';
import { loadChartLine } from '../charts/loadLine.ts';
import type { ChartRequest } from '../charts/model.ts';
import { chartText } from '../charts/text.ts';
import { parseEmbed } from './embedUrl.ts';
import { renderEmbed, type RenderedEmbed } from './embedPage.ts';
import { heightPoster } from './heightMessage.ts';
import './embed.css';

const params = parseEmbed(window.location.search);
const root = document.getElementById('chart')!;
const base = new URL(import.meta.env.BASE_URL, window.location.href).href;
const dark = window.matchMedia('(prefers-color-scheme: dark)');
const postHeight = heightPoster(window.parent === window ? null : window.parent, window.location.href);
const text = chartText(params.view.language);

document.documentElement.lang = params.view.language;
root.setAttribute('aria-busy', 'true');
root.textContent = text('embed.loading');

async function loadBasemap(): Promise<FeatureCollection | null> {
  const response = await fetch(`${base}${BASEMAP_DIR}/${BASEMAP_FILES.overview}`);
  return response.ok ? ((await response.json()) as FeatureCollection) : null;
}

// The distance chart at a past date measures distances in the page.
function loadLine(): Promise<ChartRequest['line']> {
  return params.kind === 'distance' && params.view.date !== null ? loadChartLine(base) : Promise.resolve(null);
}

async function start(): Promise<void> {
  const [data, basemap, line] = await Promise.all([
    httpSource(import.meta.env.BASE_URL).explorer(),
    params.kind === 'locator' ? loadBasemap() : Promise.resolve(null),
    loadLine(),
  ]);
  let rendered: RenderedEmbed | null = null;
  let width = root.clientWidth;
  const draw = () => {
    rendered = renderEmbed(root, data, basemap, params, { base, width, prefersDark: dark.matches, line });
  };
  draw();
  root.removeAttribute('aria-busy');
  new ResizeObserver(() => {
    const next = root.clientWidth;
    if (next === width || rendered === null) return;
    width = next;
    rendered.chart.redraw(width);
  }).observe(root);
  new ResizeObserver(() => postHeight(document.documentElement.scrollHeight)).observe(document.body);
  if (params.theme === 'auto') dark.addEventListener('change', draw);
  postHeight(document.documentElement.scrollHeight);
}

start().catch((error: unknown) => {
  root.removeAttribute('aria-busy');
  root.dataset.state = 'error';
  root.setAttribute('role', 'alert');
  root.textContent = text('embed.error', { message: error instanceof Error ? error.message : String(error) });
  postHeight(document.documentElement.scrollHeight);
});
