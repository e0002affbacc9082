// The offline base map style: sea, the world's land for context, the neighbouring countries, Ukraine's oblasts
// (Crimea as Ukraine), lakes and rivers, and the cities' dots; and the occupied areas, added once there is an
// occupation to show. The labels are drawn over the map by the page (mapLabels.ts), so the style has no text and
// needs no glyphs. Every file comes from the site itself (`base`: an absolute URL ending in '/', since MapLibre
// resolves tile URLs without a page). The base map is two vector tile sources (scripts/data/basemap.ts), the
// overview and the detail, each with one tile layer per BasemapLayer.

import type {
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
const CITY_DOT = '#4f483f';

export const ATTRIBUTION = {
  naturalEarth: 'Natural Earth',
  osm: '© OpenStreetMap contributors (ODbL), via geoBoundaries',
  deposits: 'Deposits: USGS',
} as const;

/** The hatch image of the areas occupied before 2022, drawn in code so the style needs no sprite. */
export const HATCH_IMAGE = 'occupied-before-2022-hatch';

/** One source for the occupied areas at the selected date, each feature's `kind` saying which area it is; with its
 * layers, added under the labels once there is an occupation to show (until then it would only cost tiles). */
export const OCCUPATION_SOURCE = 'occupation';
export type OccupationKind = 'occupied' | 'occupiedBefore2022' | 'contested';
const kind = (k: OccupationKind): FilterSpecification => ['==', ['get', 'kind'], k];

/** Where the map opens: Ukraine with a margin. */
export const UKRAINE_BOUNDS: [number, number, number, number] = [22.0, 44.2, 40.3, 52.5];

/** The layer the occupied areas go under: the cities' dots. */
export const OCCUPATION_BEFORE_LAYER = 'city-dots';

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

export function basemapStyle(base: string): StyleSpecification {
  return {
    version: 8,
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
        filter: ['!=', ['get', 'iso_a2'], 'UA'],
        paint: { 'line-color': BORDER, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 1.8] },
      }),
      {
        id: 'city-dots',
        type: 'circle',
        source: BASEMAP_SOURCE,
        'source-layer': 'city_dots',
        paint: { 'circle-radius': 2.5, 'circle-color': CITY_DOT, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
      },
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
