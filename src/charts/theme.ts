// Colours and type for the charts, light and dark. Category colours are the Okabe–Ito palette, told apart by
// readers with any common colour-vision deficiency; the occupied categories carry a pattern as well, and every bar
// and point has a label or a legend entry, so colour is never the only cue. Colours are written into the SVG as
// attributes, so a downloaded file looks the same without the site's styles.

import type { ChartCategory } from '../core/charts/categories.ts';
import type { DistanceBand } from '../core/charts/distanceBands.ts';

export type ThemeName = 'light' | 'dark';

export interface ChartTheme {
  name: ThemeName;
  background: string;
  ink: string;
  muted: string;
  grid: string;
  /** Fill of land on the locator map, Ukraine, borders and sea. */
  land: string;
  ukraine: string;
  border: string;
  sea: string;
  /** The pattern's lines over a category's fill. */
  patternInk: string;
  category: Record<ChartCategory, string>;
  band: Record<DistanceBand, string>;
  /** One colour per line of the over-time chart, in series order. */
  series: readonly string[];
}

/** Named first so the chart's text renders the same on every machine that has the site's fonts, then fallbacks. */
export const FONT_FAMILY = "'DejaVu Sans', 'Noto Sans', 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

const OKABE_ITO = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
};

const CATEGORY: Record<ChartCategory, string> = {
  occupied: OKABE_ITO.vermillion,
  contested: OKABE_ITO.orange,
  'occupied-before-2022': OKABE_ITO.purple,
  'not-occupied': OKABE_ITO.blue,
  unlocated: '#9A9A9A',
  'outside-ukraine': OKABE_ITO.sky,
  unknown: '#6E6E6E',
};

const BAND: Record<DistanceBand, string> = {
  inside: OKABE_ITO.vermillion,
  '0-10': OKABE_ITO.orange,
  '10-25': OKABE_ITO.yellow,
  '25-50': OKABE_ITO.green,
  '50-100': OKABE_ITO.sky,
  'over-100': OKABE_ITO.blue,
  unknown: '#9A9A9A',
};

const SERIES = [OKABE_ITO.vermillion, OKABE_ITO.blue, OKABE_ITO.green, OKABE_ITO.purple, OKABE_ITO.orange, OKABE_ITO.sky, '#000000'];

export const THEMES: Readonly<Record<ThemeName, ChartTheme>> = {
  light: {
    name: 'light',
    background: '#ffffff',
    ink: '#1b1f24',
    muted: '#57606a',
    grid: '#d0d7de',
    land: '#f2f0eb',
    ukraine: '#fffdf7',
    border: '#8c959f',
    sea: '#dbe9f4',
    patternInk: '#ffffff',
    category: CATEGORY,
    band: BAND,
    series: SERIES,
  },
  dark: {
    name: 'dark',
    background: '#16191d',
    ink: '#eef1f4',
    muted: '#a8b1bb',
    grid: '#3d444d',
    land: '#2a2e33',
    ukraine: '#33383e',
    border: '#7d8590',
    sea: '#1b2a36',
    patternInk: '#16191d',
    category: CATEGORY,
    band: BAND,
    series: SERIES.map((c) => (c === '#000000' ? '#ffffff' : c)),
  },
};
