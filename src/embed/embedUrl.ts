// The embed page's URL: the explorer's view parameters (parsed and written by src/app/state/url.ts, so a chart
// follows the same filters, date and language as the explorer) plus the chart, an optional title and the theme.
//   /embed.html?chart=over-time&minerals=lithium,titanium&lang=uk&title=…&theme=dark

import { CHART_KINDS, type ChartKind } from '../charts/model.ts';
import { parseView, serialiseView, type ViewState } from '../app/state/url.ts';

export type ThemeChoice = 'auto' | 'light' | 'dark';
const THEMES: readonly ThemeChoice[] = ['auto', 'light', 'dark'];

export interface EmbedParams {
  kind: ChartKind;
  view: ViewState;
  title: string | null;
  theme: ThemeChoice;
}

export const DEFAULT_KIND: ChartKind = 'by-mineral';
export const EMBED_PAGE = 'embed.html';
export const METHOD_PAGE = 'method.html';

function oneOf<T extends string>(values: readonly T[], text: string | null, fallback: T): T {
  return text !== null && (values as readonly string[]).includes(text) ? (text as T) : fallback;
}

export function parseEmbed(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const title = params.get('title');
  return {
    kind: oneOf(CHART_KINDS, params.get('chart'), DEFAULT_KIND),
    view: parseView(search),
    title: title !== null && title.trim() !== '' ? title : null,
    theme: oneOf(THEMES, params.get('theme'), 'auto'),
  };
}

/** The query string, with its '?': the chart first, then the view as the explorer writes it, then title and theme. */
export function serialiseEmbed({ kind, view, title, theme }: EmbedParams): string {
  const viewQuery = serialiseView(view).slice(1);
  const parts = [`chart=${kind}`];
  if (viewQuery !== '') parts.push(viewQuery);
  if (title !== null && title.trim() !== '') parts.push(`title=${encodeURIComponent(title.trim())}`);
  if (theme !== 'auto') parts.push(`theme=${theme}`);
  return `?${parts.join('&')}`;
}

/** The method page's address for a language, absolute against `base` (the site's base URL). */
export function methodUrl(base: string, language: ViewState['language'], section = ''): string {
  const url = new URL(METHOD_PAGE, base);
  if (language !== 'en') url.searchParams.set('lang', language);
  if (section !== '') url.hash = section;
  return url.href;
}
