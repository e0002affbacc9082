// The offline base map's files, relative to the site's base URL: written by scripts/data/basemap.ts, read by the
// map's style (src/app/map/style.ts).

export const BASEMAP_DIR = 'basemap';

/**
 * GeoJSON files holding several layers, each feature's `layer` property naming its layer: the overview (the areas
 * and lines, coarse), the labels (the point layers), and the detail (DETAILED_LAYERS again, finer), which the map
 * loads once zoomed in.
 */
export const BASEMAP_FILES = {
  overview: 'basemap.geojson',
  labels: 'labels.geojson',
  detail: 'basemap-detail.geojson',
} as const;

/** The layers of points, in the labels file; the others are in the overview. */
export const LABEL_LAYERS = ['countries_labels', 'ua_adm1_labels', 'places', 'sea_labels'] as const;

export const BASEMAP_LAYERS = [
  'world_land',
  'detail_box',
  'countries',
  'ua_adm1_land',
  'lakes',
  'rivers',
  'countries_labels',
  'ua_adm1_labels',
  'places',
  'sea_labels',
] as const;

export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/** The layers drawn from the detail file from DETAIL_MIN_ZOOM on. */
export const DETAILED_LAYERS = ['countries', 'ua_adm1_land', 'lakes', 'rivers'] as const satisfies readonly BasemapLayer[];
export const DETAIL_MIN_ZOOM = 7;

/** The one font stack the labels use (one name per `text-font`: MapLibre requests a stack as one folder). */
export const LABEL_FONT = 'Noto Sans Regular';

/** lon/lat box that the detailed layers (all but world_land) cover; beyond it only world_land is drawn. */
export const DETAIL_BOX = { west: 18, south: 40, east: 45, north: 56 } as const;
