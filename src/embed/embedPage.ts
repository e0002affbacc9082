// The embed page's content: the chart alone, drawn from the data and the URL, in the theme the URL or the reader's
// system asks for. Kept apart from the page's start-up (main.ts) so a test document can render it.

import type { FeatureCollection } from 'geojson';
import type { ExplorerData } from '../core/explorer/types.ts';
import { buildChartModel, type ChartModel, type ChartRequest } from '../charts/model.ts';
import { mountChart, type MountedChart } from '../charts/mount.ts';
import { THEMES, type ThemeName } from '../charts/theme.ts';
import { methodUrl, type EmbedParams } from './embedUrl.ts';

export interface EmbedOptions {
  /** The site's base URL, absolute. */
  base: string;
  width: number;
  /** Whether the reader's system prefers a dark scheme (used when the URL does not choose). */
  prefersDark: boolean;
  /** What the distance chart needs to measure distances at a date other than the latest (model.ts). */
  line?: ChartRequest['line'];
}

export interface RenderedEmbed {
  model: ChartModel;
  chart: MountedChart;
  theme: ThemeName;
}

export function themeFor(params: EmbedParams, prefersDark: boolean): ThemeName {
  return params.theme === 'auto' ? (prefersDark ? 'dark' : 'light') : params.theme;
}

export function renderEmbed(
  root: HTMLElement,
  data: ExplorerData,
  basemap: FeatureCollection | null,
  params: EmbedParams,
  { base, width, prefersDark, line = null }: EmbedOptions,
): RenderedEmbed {
  const model = buildChartModel(data, {
    kind: params.kind,
    view: params.view,
    title: params.title,
    methodUrl: methodUrl(base, params.view.language),
    line,
  });
  const theme = themeFor(params, prefersDark);
  const page = root.ownerDocument.documentElement;
  page.lang = params.view.language;
  page.dataset.theme = theme;
  root.ownerDocument.title = model.frame.title;
  const chart = mountChart(root, model, { theme: THEMES[theme], uid: 'nadra-chart', basemap }, width);
  root.dataset.count = String(model.count);
  root.dataset.state = 'ready';
  return { model, chart, theme };
}
