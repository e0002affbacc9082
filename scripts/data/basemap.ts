// The offline base map, from data/boundaries/ (see its README) and Natural Earth's 1:110m land (world-atlas):
// - OUT/tiles/{z}/{x}/{y}.pbf, the vector tiles the map opens with: areas, lines and the cities' dots, one tile layer
//   per BasemapLayer, simplified to 500 m in Ukraine and 1 km elsewhere; the world's land only outside DETAIL_BOX, where
//   the detailed layers do not reach (inside it the sea is the map's background);
// - OUT/detail-tiles/{z}/{x}/{y}.pbf, drawn once the map is zoomed in: the areas and rivers again, Ukraine's units
//   simplified to 100 m and the neighbours to 250 m;
// - OUT/basemap.geojson, the overview's areas as one GeoJSON file, each feature tagged with its `layer`, for the
//   locator chart;
// - OUT/labels.json, the map's labels (BasemapLabels) in both languages, in the order they claim space: the page
//   draws them over the map itself (src/app/map/mapLabels.ts).
// Shared borders stay shared when simplified; only the properties the style reads are kept. Same input, same bytes.
//
// Pre-cut tiles spare MapLibre's worker the tiling of GeoJSON, and tiles of zoom 3 drawn overzoomed mean the opening
// view is one or two tiles, decoded and drawn together: fewer frames before the map is idle, each with fewer draw
// calls. Cutting the world's land away from the detailed box spares every frame two fills the size
// of the screen (the land, and the sea drawn back over it).

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection as TopoGeometryCollection, Topology } from 'topojson-specification';
import {
  BASEMAP_FILES,
  BASEMAP_LAYERS,
  BASEMAP_TILES,
  DETAIL_BOX,
  DETAIL_MIN_ZOOM,
  DETAILED_LAYERS,
  OVERVIEW_MAX_ZOOM,
  type BasemapLabel,
  type BasemapLabels,
  type BasemapLayer,
  type LabelKind,
} from '../../src/core/explorer/basemapFiles.ts';
import type { BBox } from '../../src/core/geometry/bbox.ts';
import { planarPolygonParts } from '../../src/core/geometry/antimeridian.ts';
import { polygonParts } from '../../src/core/geometry/polygonParts.ts';
import { simplifyPath } from '../../src/core/geometry/simplify.ts';
import { clipRingToBox } from './clipToBox.ts';
import { simplifySharedPolygons } from './simplifyShared.ts';
import { type TileSet, writeVectorTiles } from './vectorTiles.ts';

export const BOUNDARIES_DIR = fileURLToPath(new URL('../../data/boundaries/', import.meta.url));

/** Douglas–Peucker tolerances in metres: [Ukraine's units, everything else]. */
const DETAIL_TOLERANCE_M = [100, 250] as const;
const OVERVIEW_TOLERANCE_M = [500, 1000] as const;
/** Tile units (of TILE_EXTENT) kept round each tile: enough for the widest line and the seams of fills. */
const TILE_BUFFER = 512;
/** The overview tiles' layers: all but the detail box (their world's land is cut away from it instead). */
const MAP_OVERVIEW_LAYERS = BASEMAP_LAYERS.filter((layer) => layer !== 'detail_box');

type Props = Record<string, string | number | null>;
type Collection = FeatureCollection<Geometry, Props>;

export interface BasemapOutput {
  files: Record<string, number>; // path under OUT (a folder of tiles as a whole) → bytes
}

export function writeBasemap(outDir: string, boundariesDir: string = BOUNDARIES_DIR): BasemapOutput {
  const read = (name: string) => JSON.parse(readFileSync(join(boundariesDir, `${name}.geojson`), 'utf8')) as Collection;
  const layers = buildLayers(read, OVERVIEW_TOLERANCE_M);
  const detail = buildLayers(read, DETAIL_TOLERANCE_M);
  const target = resolve(outDir);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const files: Record<string, number> = {};
  const write = (path: string, bytes: string | Uint8Array) => {
    writeFileSync(join(target, path), bytes);
    files[path] = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  };
  const pick = (from: Record<BasemapLayer, Collection>, names: readonly BasemapLayer[]) =>
    Object.fromEntries(names.map((name) => [name, from[name]])) as Partial<Record<BasemapLayer, Collection>>;
  const areas = BASEMAP_LAYERS.filter((layer) => layer !== 'city_dots');
  write(BASEMAP_FILES.overview, JSON.stringify(tagged(pick(layers, areas))));
  const tiles = (dir: string, set: TileSet) => {
    const written = Object.values(writeVectorTiles(join(target, dir), set));
    files[`${dir}/ (${written.length} tiles)`] = written.reduce((a, b) => a + b, 0);
  };
  tiles(BASEMAP_TILES.overview, {
    layers: { ...pick(layers, MAP_OVERVIEW_LAYERS), world_land: outsideBox(layers.world_land, DETAIL_BOX) },
    minZoom: 0,
    maxZoom: OVERVIEW_MAX_ZOOM,
    buffer: TILE_BUFFER,
  });
  tiles(BASEMAP_TILES.detail, {
    layers: pick(detail, DETAILED_LAYERS),
    minZoom: DETAIL_MIN_ZOOM,
    maxZoom: DETAIL_MIN_ZOOM,
    bounds: DETAIL_BOX,
    buffer: TILE_BUFFER,
  });
  write(BASEMAP_FILES.labels, JSON.stringify(mapLabels(read)));
  return { files };
}

function buildLayers(read: (name: string) => Collection, [ukraine, others]: readonly [number, number]): Record<BasemapLayer, Collection> {
  const pick = (keys: readonly string[]) => (props: Props) => Object.fromEntries(keys.map((k) => [k, props[k] ?? null]));
  return {
    world_land: worldLand(),
    detail_box: detailBox(),
    countries: simplifiedAreas(read('countries'), others, 4, pick(['iso_a2'])),
    ua_adm1_land: simplifiedAreas(read('ua_adm1_land'), ukraine, 5, pick(['iso_3166_2'])),
    lakes: simplifiedAreas(read('lakes'), others, 4, () => ({})),
    rivers: simplifiedLines(read('rivers'), others, 4),
    city_dots: collection(read('places').features.filter(isLabelledCity).map((f) => withId(f, f.geometry, {}))),
  };
}

/** One collection of the layers' features, each tagged with its layer's name. */
function tagged(layers: Partial<Record<BasemapLayer, Collection>>): Collection {
  return collection(
    Object.entries(layers).flatMap(([layer, c]) => c.features.map((f) => ({ ...f, properties: { layer, ...f.properties } }))),
  );
}

const collection = (features: Feature<Geometry, Props>[]): Collection => ({ type: 'FeatureCollection', features });

function withId(f: Feature<Geometry, Props>, geometry: Geometry, properties: Props): Feature<Geometry, Props> {
  return f.id === undefined ? { type: 'Feature', properties, geometry } : { type: 'Feature', id: f.id, properties, geometry };
}

function simplifiedAreas(source: Collection, toleranceMetres: number, decimals: number, props: (p: Props) => Props): Collection {
  const areal = source.features as Feature<Polygon | MultiPolygon, Props>[];
  const simplified = simplifySharedPolygons(areal.map((f) => f.geometry), toleranceMetres, decimals);
  return collection(areal.map((f, i) => withId(f, simplified[i]!, props(f.properties))));
}

function simplifiedLines(source: Collection, toleranceMetres: number, decimals: number): Collection {
  const scale = 10 ** decimals;
  const line = (path: readonly Position[]) =>
    simplifyPath(path, toleranceMetres).map((i) => path[i]!.map((v) => Math.round(v * scale) / scale));
  return collection(
    source.features.map((f) => {
      const g = f.geometry;
      const geometry: Geometry =
        g.type === 'LineString'
          ? { type: 'LineString', coordinates: line(g.coordinates) }
          : g.type === 'MultiLineString'
            ? { type: 'MultiLineString', coordinates: g.coordinates.map(line) }
            : g;
      return withId(f, geometry, { scalerank: f.properties.scalerank ?? null });
    }),
  );
}

/** Natural Earth 1:110m land (world-atlas 2.0.2), for context beyond the detailed box; antimeridian-safe. */
function worldLand(): Collection {
  const path = createRequire(import.meta.url).resolve('world-atlas/land-110m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ land: TopoGeometryCollection }>;
  const land = feature(topology, topology.objects.land) as FeatureCollection<Polygon | MultiPolygon | null>;
  const round = (ring: Position[]) => ring.map(([x, y]) => [Math.round(x! * 100) / 100, Math.round(y! * 100) / 100]);
  const polygons: Position[][][] = [];
  for (const { geometry } of land.features) {
    if (geometry === null) continue;
    for (const polygon of polygonParts(geometry)) for (const part of planarPolygonParts(polygon)) polygons.push(part.map(round));
  }
  return collection([{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } }]);
}

/**
 * The land outside the box, as the union of its parts between the box's copies a world apart and north and south of
 * each: the land's planar parts run past ±180° where they cross the antimeridian, and the tiles wrap them back.
 */
function outsideBox(land: Collection, { west, south, east, north }: typeof DETAIL_BOX): Collection {
  const FAR = 1000;
  const offsets = [-360, 0, 360];
  const sides: BBox[] = offsets.flatMap((k, i) => [
    [i === 0 ? -FAR : offsets[i - 1]! + east, -90, k + west, 90],
    [k + west, north, k + east, 90],
    [k + west, -90, k + east, south],
  ]);
  sides.push([offsets[offsets.length - 1]! + east, -90, FAR, 90]);
  const polygons: Position[][][] = [];
  for (const { geometry } of land.features) {
    for (const polygon of polygonParts(geometry as Polygon | MultiPolygon)) {
      for (const side of sides) {
        const [outer, ...holes] = polygon.map((ring) => clipRingToBox(ring, side));
        if (outer !== undefined && outer.length >= 4) polygons.push([outer, ...holes.filter((ring) => ring.length >= 4)]);
      }
    }
  }
  return collection([{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } }]);
}

/** The box the detailed layers cover: drawn as sea over the coarse world land, so only detailed coasts show in it. */
function detailBox(): Collection {
  const { west, south, east, north } = DETAIL_BOX;
  const ring = [[west, south], [east, south], [east, north], [west, north], [west, south]];
  return collection([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }]);
}

/** National capitals, Ukraine's oblast centres, and any city of 250,000 or more. */
function isLabelledCity({ properties: p }: Feature<Geometry, Props>): boolean {
  return p.capital === 'national' || (p.iso_a2 === 'UA' && p.capital === 'admin1') || Number(p.pop_max) >= 250_000;
}

/**
 * The map's labels in the order MapLibre would place them as layers over one another: the cities, the largest first;
 * Ukraine's oblasts (not Kyiv and Sevastopol, which are cities); the seas; the neighbouring countries.
 */
function mapLabels(read: (name: string) => Collection): BasemapLabels {
  const cities = read('places')
    .features.filter(isLabelledCity)
    .sort((a, b) => Number(b.properties.pop_max) - Number(a.properties.pop_max));
  const oblasts = read('ua_adm1_labels').features.filter((f) => !['UA-30', 'UA-40'].includes(String(f.properties.iso_3166_2)));
  const countries = read('countries_labels').features.filter((f) => f.properties.iso_a2 !== 'UA');
  return {
    labels: [
      ...cities.flatMap((f) => label(f.properties.capital === 'national' ? 'capital' : 'city', f, f.properties.name_en)),
      ...oblasts.flatMap((f) => label('oblast', f, f.properties.name_en_short)),
      ...read('sea_labels').features.flatMap((f) => label('sea', f, f.properties.name_en)),
      ...countries.flatMap((f) => label('country', f, f.properties.name_en)),
    ],
  };
}

/** A point's label, each language falling back on the other; none for a feature with no name. */
function label(kind: LabelKind, f: Feature<Geometry, Props>, english: string | number | null | undefined): BasemapLabel[] {
  const uk = f.properties.name_uk;
  const en = typeof english === 'string' ? english : typeof uk === 'string' ? uk : null;
  if (en === null || f.geometry.type !== 'Point') return [];
  const [lon, lat] = f.geometry.coordinates;
  return [{ kind, lon: lon!, lat: lat!, en, uk: typeof uk === 'string' ? uk : en }];
}
