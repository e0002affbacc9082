// The offline base map's files, relative to the site's base URL: written by scripts/data/basemap.ts, read by the
// map's style (src/app/map/style.ts) and the locator chart.

export const BASEMAP_DIR = 'basemap';

/**
 * The overview as one GeoJSON file, each feature's `layer` property naming its layer (the locator chart's map); and
 * the map's labels (BasemapLabels), which the page draws itself over the map.
 */
export const BASEMAP_FILES = {
  overview: 'basemap.geojson',
  labels: 'labels.json',
} as const;

/**
 * The kinds of label: national capitals and other cities (Ukraine's oblast centres and any city of 250,000 or more),
 * Ukraine's oblasts, the seas and the neighbouring countries.
 */
export type LabelKind = 'capital' | 'city' | 'oblast' | 'sea' | 'country';

export interface BasemapLabel {
  kind: LabelKind;
  lon: number;
  lat: number;
  /** The name in each UI language, the other language's where there is none. */
  en: string;
  uk: string;
}

/** The labels in the order they claim space on the map: the cities by population, the oblasts, the seas, the countries. */
export interface BasemapLabels {
  labels: BasemapLabel[];
}

/**
 * The map's vector tiles, `{z}/{x}/{y}.pbf` under each folder, one tile layer per BasemapLayer: the overview (areas,
 * lines and labels, coarse) at zooms 0 to OVERVIEW_MAX_ZOOM, drawn overzoomed (the areas and lines below
 * DETAIL_MIN_ZOOM); and the detail (DETAILED_LAYERS again, finer) at DETAIL_MIN_ZOOM only, inside DETAIL_BOX, drawn
 * overzoomed from there on.
 */
export const BASEMAP_TILES = {
  overview: 'tiles',
  detail: 'detail-tiles',
} as const;

/**
 * At the opening view (Ukraine, zoom 4 to 6) one or two tiles of zoom 3 hold everything, which MapLibre decodes and
 * draws in one go; zoom 3 tiles keep the overview's detail up to DETAIL_MIN_ZOOM (one tile unit is a pixel there).
 */
export const OVERVIEW_MAX_ZOOM = 3;

export const BASEMAP_LAYERS = [
  'world_land',
  'detail_box',
  'countries',
  'ua_adm1_land',
  'lakes',
  'rivers',
  'city_dots',
] as const;

export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/** The layers drawn from the detail tiles from DETAIL_MIN_ZOOM on. */
export const DETAILED_LAYERS = ['countries', 'ua_adm1_land', 'lakes', 'rivers'] as const satisfies readonly BasemapLayer[];
export const DETAIL_MIN_ZOOM = 7;

/** lon/lat box that the detailed layers (all but world_land) cover; beyond it only world_land is drawn. */
export const DETAIL_BOX = { west: 18, south: 40, east: 45, north: 56 } as const;
