// The offline base map style: sea, the world's land for context, the neighbouring countries, Ukraine's oblasts
// (Crimea as Ukraine), lakes and rivers, and labels in the UI language; and the occupied areas, added once there is
// an occupation to show. Every file comes from the site itself (`base`: an absolute URL ending in '/', since MapLibre
// resolves tile and glyph URLs without a page). The base map is two vector tile sources (scripts/data/basemap.ts),
// the overview with the labels and the detail, each with one tile layer per BasemapLayer.

import type {
  ExpressionSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import {
  BASEMAP_DIR,
  BASEMAP_TILES,
  DETAIL_BOX,
  DETAIL_MIN_ZOOM,
  LABEL_FONT,
  OVERVIEW_MAX_ZOOM,
  type BasemapLayer,
} from '../../core/explorer/basemapFiles.ts';
import { OCCUPIED_COLOUR } from './symbols.ts';

export type Language = 'en' | 'uk';

export const BASEMAP_SOURCE = 'basemap';
export const DETAIL_SOURCE = 'basemap-detail';

function tilesUrl(base: string, level: keyof typeof BASEMAP_TILES): string {
  return `${base}${BASEMAP_DIR}/${BASEMAP_TILES[level]}/{z}/{x}/{y}.pbf`;
}

export const SEA = '#d4e4ee';
const LAND = '#efece5';
const NEIGHBOUR = '#f4f2ee';
const UKRAINE = '#fffdf7';
const BORDER = '#a59d90';
const WATER_LINE = '#9fc2da';
const LABEL = '#4f483f';
const HALO = 'rgba(255,255,255,0.9)';

export const ATTRIBUTION = {
  naturalEarth: 'Natural Earth',
  osm: '© OpenStreetMap contributors (ODbL), via geoBoundaries',
  deposits: 'Deposits: USGS',
} as const;

/** Layers whose text follows the UI language. */
export const TEXT_LAYERS = ['country-labels', 'sea-labels', 'oblast-labels', 'place-labels'] as const;

/** The hatch image of the areas occupied before 2022, drawn in code so the style needs no sprite. */
export const HATCH_IMAGE = 'occupied-before-2022-hatch';

/** One source for the occupied areas at the selected date, each feature's `kind` saying which area it is; with its
 * layers, added under the labels once there is an occupation to show (until then it would only cost tiles). */
export const OCCUPATION_SOURCE = 'occupation';
export type OccupationKind = 'occupied' | 'occupiedBefore2022' | 'contested';
const kind = (k: OccupationKind): FilterSpecification => ['==', ['get', 'kind'], k];

/** Where the map opens: Ukraine with a margin. */
export const UKRAINE_BOUNDS: [number, number, number, number] = [22.0, 44.2, 40.3, 52.5];

export function labelText(language: Language): ExpressionSpecification {
  return language === 'uk'
    ? ['coalesce', ['get', 'name_uk'], ['get', 'name_en']]
    : ['coalesce', ['get', 'name_en'], ['get', 'name_uk']];
}

/** The layer the occupied areas go under: the first of the labels. */
export const OCCUPATION_BEFORE_LAYER = 'country-labels';

export function occupationLayers(): LayerSpecification[] {
  return [
    { id: 'occupied-fill', type: 'fill', source: OCCUPATION_SOURCE, filter: kind('occupied'), paint: { 'fill-color': OCCUPIED_COLOUR, 'fill-opacity': 0.22 } },
    {
      id: 'occupied-before-2022-fill',
      type: 'fill',
      source: OCCUPATION_SOURCE,
      filter: kind('occupiedBefore2022'),
      paint: { 'fill-pattern': HATCH_IMAGE },
    },
    {
      id: 'contested-fill',
      type: 'fill',
      source: OCCUPATION_SOURCE,
      filter: kind('contested'),
      paint: { 'fill-color': OCCUPIED_COLOUR, 'fill-opacity': 0.1 },
    },
    {
      id: 'contested-line',
      type: 'line',
      source: OCCUPATION_SOURCE,
      filter: kind('contested'),
      paint: { 'line-color': OCCUPIED_COLOUR, 'line-width': 1.4, 'line-dasharray': [2, 2] },
    },
    {
      id: 'occupied-line',
      type: 'line',
      source: OCCUPATION_SOURCE,
      filter: kind('occupied'),
      paint: { 'line-color': OCCUPIED_COLOUR, 'line-width': 1.6 },
    },
  ];
}

export function basemapStyle(base: string, language: Language): StyleSpecification {
  const text = labelText(language);
  const label = (id: string, layer: BasemapLayer, extra: Partial<LayerSpecification> & object): LayerSpecification =>
    ({
      id,
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': layer,
      ...extra,
      layout: { 'text-field': text, 'text-font': [LABEL_FONT], ...('layout' in extra ? extra.layout : {}) },
      paint: { 'text-color': LABEL, 'text-halo-color': HALO, 'text-halo-width': 1.2, ...('paint' in extra ? extra.paint : {}) },
    }) as LayerSpecification;
  const notUkraine: FilterSpecification = ['!=', ['get', 'iso_a2'], 'UA'];

  return {
    version: 8,
    glyphs: `${base}${BASEMAP_DIR}/glyphs/{fontstack}/{range}.pbf`,
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'vector',
        tiles: [tilesUrl(base, 'overview')],
        maxzoom: OVERVIEW_MAX_ZOOM,
        attribution: `${ATTRIBUTION.osm} | ${ATTRIBUTION.naturalEarth}`,
      },
      [DETAIL_SOURCE]: {
        type: 'vector',
        tiles: [tilesUrl(base, 'detail')],
        minzoom: DETAIL_MIN_ZOOM,
        maxzoom: DETAIL_MIN_ZOOM,
        bounds: [DETAIL_BOX.west, DETAIL_BOX.south, DETAIL_BOX.east, DETAIL_BOX.north],
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      // Only outside the detailed box: inside it the detailed coastlines meet the sea.
      { id: 'world-land', type: 'fill', source: BASEMAP_SOURCE, 'source-layer': 'world_land', paint: { 'fill-color': LAND, 'fill-antialias': false } },
      ...twoLevels({ id: 'countries', type: 'fill', layer: 'countries', paint: { 'fill-color': NEIGHBOUR, 'fill-antialias': false } }),
      ...twoLevels({ id: 'oblasts', type: 'fill', layer: 'ua_adm1_land', paint: { 'fill-color': UKRAINE, 'fill-antialias': false } }),
      ...twoLevels({ id: 'lakes', type: 'fill', layer: 'lakes', paint: { 'fill-color': SEA, 'fill-antialias': false } }),
      ...twoLevels({
        id: 'rivers',
        type: 'line',
        layer: 'rivers',
        paint: { 'line-color': WATER_LINE, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 9, 1.6] },
      }),
      ...twoLevels({
        id: 'oblast-borders',
        type: 'line',
        layer: 'ua_adm1_land',
        paint: { 'line-color': BORDER, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 9, 1.2] },
      }),
      ...twoLevels({
        id: 'country-borders',
        type: 'line',
        layer: 'countries',
        filter: notUkraine,
        paint: { 'line-color': BORDER, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 1.8] },
      }),
      label('country-labels', 'countries_labels', {
        filter: notUkraine,
        maxzoom: 8,
        layout: { 'text-size': 12, 'text-transform': 'uppercase', 'text-letter-spacing': 0.08 },
        paint: { 'text-color': '#7a7368' },
      }),
      label('sea-labels', 'sea_labels', {
        layout: { 'text-size': 12, 'text-letter-spacing': 0.12, 'text-max-width': 6 },
        paint: { 'text-color': '#4d7796', 'text-halo-width': 0 },
      }),
      label('oblast-labels', 'ua_adm1_labels', {
        minzoom: 5,
        filter: ['!', ['in', ['get', 'iso_3166_2'], ['literal', ['UA-30', 'UA-40']]]],
        layout: { 'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 8, 13], 'text-max-width': 7 },
        paint: { 'text-color': '#857b6c' },
      }),
      {
        id: 'place-dots',
        type: 'circle',
        source: BASEMAP_SOURCE,
        'source-layer': 'places',
        filter: placeFilter(),
        paint: { 'circle-radius': 2.5, 'circle-color': LABEL, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
      },
      label('place-labels', 'places', {
        filter: placeFilter(),
        layout: {
          'text-size': ['case', ['==', ['get', 'capital'], 'national'], 13, 11.5],
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.5,
          'symbol-sort-key': ['-', 0, ['get', 'pop_max']],
        },
      }),
    ],
  };
}

type GeometryLayer = { id: string; layer: BasemapLayer; filter?: FilterSpecification } & (
  | Pick<FillLayerSpecification, 'type' | 'paint'>
  | Pick<LineLayerSpecification, 'type' | 'paint'>
);

/** A layer drawn from the overview below DETAIL_MIN_ZOOM and from the detail tiles from it on. */
function twoLevels({ layer, ...spec }: GeometryLayer): LayerSpecification[] {
  return [
    { ...spec, source: BASEMAP_SOURCE, 'source-layer': layer, maxzoom: DETAIL_MIN_ZOOM } as LayerSpecification,
    { ...spec, id: `${spec.id}-detail`, source: DETAIL_SOURCE, 'source-layer': layer, minzoom: DETAIL_MIN_ZOOM } as LayerSpecification,
  ];
}

/** National capitals and Ukraine's oblast centres, and any city of 250,000 or more. */
function placeFilter(): FilterSpecification {
  return [
    'any',
    ['==', ['get', 'capital'], 'national'],
    ['all', ['==', ['get', 'iso_a2'], 'UA'], ['==', ['get', 'capital'], 'admin1']],
    ['>=', ['get', 'pop_max'], 250000],
  ];
}

/** Diagonal hatching in the occupied colour, for the areas occupied before 2022 (a second cue besides colour). */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = [0x8a, 0x3a, 0x00];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size < 2;
      const o = (y * size + x) * 4;
      data.set(onLine ? [r, g, b, 200] : [0xd5, 0x5e, 0x00, 70], o);
    }
  }
  return { width: size, height: size, data };
}
