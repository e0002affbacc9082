// The offline base map, from data/boundaries/ (see its README) and Natural Earth's 1:110m land (world-atlas):
// - OUT/basemap.geojson, the overview the map opens with: the areas and lines, each feature tagged with its `layer`
//   (one of BASEMAP_LAYERS), simplified to 500 m in Ukraine and 1 km elsewhere;
// - OUT/labels.geojson: the label points (LABEL_LAYERS), tagged the same way;
// - OUT/basemap-detail.geojson, loaded only when the map is zoomed in: the areas and rivers again, Ukraine's units
//   simplified to 100 m and the neighbours to 250 m;
// - OUT/glyphs/: the label font's glyph ranges that the labels use, with the font licence.
// Shared borders stay shared when simplified; only the properties the style reads are kept. Same input, same bytes.
//
// One file per level means MapLibre indexes and tiles one source instead of nine, and the overview keeps the
// geometry it has to cut and draw at the opening zoom small; the labels apart let the areas draw while the glyphs
// load. Together that is most of the base map's time to first draw.

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
  DETAIL_BOX,
  DETAILED_LAYERS,
  LABEL_FONT,
  LABEL_LAYERS,
  type BasemapLayer,
} from '../../src/core/explorer/basemapFiles.ts';
import { planarPolygonParts } from '../../src/core/geometry/antimeridian.ts';
import { polygonParts } from '../../src/core/geometry/polygonParts.ts';
import { simplifyPath } from '../../src/core/geometry/simplify.ts';
import { simplifySharedPolygons } from './simplifyShared.ts';

export const BOUNDARIES_DIR = fileURLToPath(new URL('../../data/boundaries/', import.meta.url));

/** Douglas–Peucker tolerances in metres: [Ukraine's units, everything else]. */
const DETAIL_TOLERANCE_M = [100, 250] as const;
const OVERVIEW_TOLERANCE_M = [500, 1000] as const;
const GLYPH_RANGE = 256;

type Props = Record<string, string | number | null>;
type Collection = FeatureCollection<Geometry, Props>;

export interface BasemapOutput {
  files: Record<string, number>; // path under OUT → bytes
  glyphRanges: string[];
}

export function writeBasemap(outDir: string, boundariesDir: string = BOUNDARIES_DIR): BasemapOutput {
  const read = (name: string) => JSON.parse(readFileSync(join(boundariesDir, `${name}.geojson`), 'utf8')) as Collection;
  const layers = buildLayers(read, OVERVIEW_TOLERANCE_M);
  const detail = buildLayers(read, DETAIL_TOLERANCE_M);
  const target = resolve(outDir);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'glyphs', LABEL_FONT), { recursive: true });
  const files: Record<string, number> = {};
  const write = (path: string, bytes: string | Uint8Array) => {
    writeFileSync(join(target, path), bytes);
    files[path] = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  };
  const tagged = (from: Record<BasemapLayer, Collection>, names: readonly BasemapLayer[]) =>
    JSON.stringify(collection(names.flatMap((layer) => from[layer].features.map((f) => ({ ...f, properties: { layer, ...f.properties } })))));
  const labels: readonly BasemapLayer[] = LABEL_LAYERS;
  write(BASEMAP_FILES.overview, tagged(layers, BASEMAP_LAYERS.filter((layer) => !labels.includes(layer))));
  write(BASEMAP_FILES.labels, tagged(layers, LABEL_LAYERS));
  write(BASEMAP_FILES.detail, tagged(detail, DETAILED_LAYERS));
  const glyphRanges = neededGlyphRanges(Object.values(layers));
  for (const range of glyphRanges) write(`glyphs/${LABEL_FONT}/${range}.pbf`, readFileSync(join(boundariesDir, 'glyphs', LABEL_FONT, `${range}.pbf`)));
  write('glyphs/OFL.txt', readFileSync(join(boundariesDir, 'glyphs', 'OFL.txt')));
  return { files, glyphRanges };
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
    countries_labels: points(read('countries_labels'), pick(['iso_a2', 'name_en', 'name_uk'])),
    ua_adm1_labels: points(read('ua_adm1_labels'), (p) => ({
      iso_3166_2: p.iso_3166_2 ?? null,
      name_en: p.name_en_short ?? null,
      name_uk: p.name_uk ?? null,
    })),
    places: points(read('places'), pick(['name_en', 'name_uk', 'capital', 'iso_a2', 'pop_max', 'min_zoom'])),
    sea_labels: points(read('sea_labels'), pick(['name_en', 'name_uk', 'scalerank'])),
  };
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

function points(source: Collection, props: (p: Props) => Props): Collection {
  return collection(source.features.map((f) => withId(f, f.geometry, props(f.properties))));
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

/** The box the detailed layers cover: drawn as sea over the coarse world land, so only detailed coasts show in it. */
function detailBox(): Collection {
  const { west, south, east, north } = DETAIL_BOX;
  const ring = [[west, south], [east, south], [east, north], [west, north], [west, south]];
  return collection([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }]);
}

/** The glyph range files ("0-255", …) holding every character of every label. */
function neededGlyphRanges(layers: readonly Collection[]): string[] {
  const starts = new Set<number>();
  for (const layer of layers) {
    for (const f of layer.features) {
      for (const key of ['name_en', 'name_uk']) {
        const text = f.properties[key];
        if (typeof text !== 'string') continue;
        for (const ch of text) starts.add(Math.floor(ch.codePointAt(0)! / GLYPH_RANGE) * GLYPH_RANGE);
      }
    }
  }
  return [...starts].sort((a, b) => a - b).map((s) => `${s}-${s + GLYPH_RANGE - 1}`);
}
