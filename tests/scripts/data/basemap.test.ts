// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUNDARIES_DIR, writeBasemap } from '../../../scripts/data/basemap.ts';
import {
  BASEMAP_FILES,
  BASEMAP_LAYERS,
  BASEMAP_TILES,
  DETAIL_BOX,
  DETAIL_MIN_ZOOM,
  DETAILED_LAYERS,
  OVERVIEW_MAX_ZOOM,
  type BasemapLabels,
  type LabelKind,
} from '../../../src/core/explorer/basemapFiles.ts';
import { readVectorTile } from './readVectorTile.ts';

type Collection = FeatureCollection<Geometry, { layer: string } & Record<string, unknown>>;

const dirs: string[] = [];
let out = '';
let again = '';

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'nadra-basemap-'));
  again = mkdtempSync(join(tmpdir(), 'nadra-basemap-'));
  dirs.push(out, again);
  writeBasemap(out);
  writeBasemap(again);
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

const read = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8')) as Collection;

function rings(g: Geometry): Position[][] {
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

/** Total length (in degrees, plane) of the edges some other ring runs along in the opposite direction. */
function sharedEdgeLength(collection: Collection, layer: string): number {
  const edges = new Map<string, number>();
  const key = (a: Position, b: Position) => `${a[0]},${a[1]}>${b[0]},${b[1]}`;
  const all: [Position, Position][] = [];
  for (const f of collection.features.filter((f) => f.properties.layer === layer)) {
    for (const ring of rings(f.geometry)) {
      for (let i = 1; i < ring.length; i++) {
        all.push([ring[i - 1]!, ring[i]!]);
        edges.set(key(ring[i - 1]!, ring[i]!), 1);
      }
    }
  }
  let length = 0;
  for (const [a, b] of all) if (edges.has(key(b, a))) length += Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!);
  return length;
}

const tile = (dir: string, z: number, x: number, y: number) => readVectorTile(readFileSync(join(out, dir, `${z}/${x}/${y}.pbf`)));
/** The zoom-3 overview tile holding Ukraine (and the opening view). */
const UKRAINE_TILE = [3, 4, 2] as const;

/** The string values of a layer over every tile of a tile set. */
function stringsAcross(dir: string, layer: string): Set<string> {
  const strings = new Set<string>();
  for (const f of files(join(out, dir))) {
    for (const value of readVectorTile(readFileSync(join(out, dir, f))).get(layer)?.strings ?? []) strings.add(value);
  }
  return strings;
}

describe('writeBasemap', () => {
  it('writes the overview GeoJSON, the labels, every overview tile and the detail tiles', () => {
    const all = files(out);
    const tiles = (dir: string) => all.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1));
    expect(all.filter((f) => !f.includes('tiles/'))).toEqual([BASEMAP_FILES.overview, BASEMAP_FILES.labels].sort());
    // Every tile MapLibre may ask for exists (an empty file where there is nothing), so none is a 404.
    const expected = Array.from({ length: OVERVIEW_MAX_ZOOM + 1 }, (_, z) => 4 ** z).reduce((a, b) => a + b, 0);
    expect(tiles(BASEMAP_TILES.overview)).toHaveLength(expected);
    const detail = tiles(BASEMAP_TILES.detail);
    expect(detail.length).toBeGreaterThan(50);
    expect(detail.every((f) => f.startsWith(`${DETAIL_MIN_ZOOM}/`))).toBe(true);
  });

  it('writes valid GeoJSON: every feature in a known layer, closed rings of finite lon/lat', () => {
    const collection = read(BASEMAP_FILES.overview);
    expect(collection.type).toBe('FeatureCollection');
    expect(new Set(collection.features.map((f) => f.properties.layer))).toEqual(new Set(BASEMAP_LAYERS.filter((l) => l !== 'city_dots')));
    for (const f of collection.features) {
      expect(f.type).toBe('Feature');
      for (const ring of rings(f.geometry)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const [lon, lat] of ring) {
          expect(Math.abs(lon!)).toBeLessThanOrEqual(540);
          expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
        }
      }
    }
  });

  it("puts the areas, lines and cities' dots of the opening view in one overview tile, and the detailed layers in the detail tiles", () => {
    const opening = tile(BASEMAP_TILES.overview, ...UKRAINE_TILE);
    const inBox = BASEMAP_LAYERS.filter((l) => l !== 'world_land' && l !== 'detail_box');
    for (const layer of inBox) expect(opening.has(layer), layer).toBe(true);
    expect(stringsAcross(BASEMAP_TILES.detail, 'ua_adm1_land').size).toBeGreaterThan(0);
    const detailLayers = new Set<string>();
    for (const f of files(join(out, BASEMAP_TILES.detail))) for (const l of readVectorTile(readFileSync(join(out, BASEMAP_TILES.detail, f))).keys()) detailLayers.add(l);
    expect(detailLayers).toEqual(new Set(DETAILED_LAYERS));
  });

  it('draws the world\'s land in the tiles only outside the detailed box, where the detailed layers do not reach', () => {
    const [z, x, y] = UKRAINE_TILE;
    const land = tile(BASEMAP_TILES.overview, z, x, y).get('world_land')!;
    expect(land.vertices.length).toBeGreaterThan(100);
    // The box in the tile's units: its west and east edges, and its north and south edges (Web Mercator).
    const n = 2 ** z;
    const tx = (lon: number) => (((lon + 180) / 360) * n - x) * land.extent!;
    const ty = (lat: number) => {
      const sin = Math.sin((lat * Math.PI) / 180);
      return ((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n - y) * land.extent!;
    };
    const inside = land.vertices.filter(
      ([vx, vy]) => vx > tx(DETAIL_BOX.west) + 1 && vx < tx(DETAIL_BOX.east) - 1 && vy > ty(DETAIL_BOX.north) + 1 && vy < ty(DETAIL_BOX.south) - 1,
    );
    expect(inside).toEqual([]);
  });

  it("keeps all 27 of Ukraine's units at both levels, Crimea (UA-43) among them", () => {
    const units = read(BASEMAP_FILES.overview).features.filter((f) => f.properties.layer === 'ua_adm1_land');
    expect(units.map((f) => f.properties.iso_3166_2)).toHaveLength(27);
    expect(units.map((f) => f.properties.iso_3166_2)).toContain('UA-43');
    for (const dir of [BASEMAP_TILES.overview, BASEMAP_TILES.detail]) {
      const codes = [...stringsAcross(dir, 'ua_adm1_land')].filter((v) => v.startsWith('UA-'));
      expect(codes).toHaveLength(27);
      expect(codes).toContain('UA-43');
    }
  });

  it('writes the labels in both languages, cities first by population, then oblasts, seas and neighbouring countries', () => {
    const { labels } = JSON.parse(readFileSync(join(out, BASEMAP_FILES.labels), 'utf8')) as BasemapLabels;
    const groups: LabelKind[][] = [['capital', 'city'], ['oblast'], ['sea'], ['country']];
    const group = labels.map((l) => groups.findIndex((g) => g.includes(l.kind)));
    expect(group).toEqual([...group].sort((a, b) => a - b));
    const named = (en: string) => labels.find((l) => l.en === en);
    expect(named('Zaporizhzhia Oblast')).toMatchObject({ kind: 'oblast', uk: 'Запорізька область' });
    expect(named('Kyiv')).toMatchObject({ kind: 'capital', uk: 'Київ' });
    expect(named('Kharkiv')).toMatchObject({ kind: 'city', uk: 'Харків' });
    expect(named('Sea of Azov')).toMatchObject({ kind: 'sea' });
    expect(named('Moldova')).toMatchObject({ kind: 'country' });
    // Kyiv and Sevastopol are named as cities, Ukraine not at all: it is the map.
    expect(labels.filter((l) => l.kind === 'oblast')).toHaveLength(25);
    expect(labels.some((l) => l.kind === 'country' && l.en === 'Ukraine')).toBe(false);
    expect(labels.indexOf(named('Kyiv')!)).toBeLessThan(labels.indexOf(named('Kharkiv')!));
    for (const l of labels) {
      expect(l.en.length * l.uk.length, JSON.stringify(l)).toBeGreaterThan(0);
      expect(Math.abs(l.lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(l.lat)).toBeLessThanOrEqual(90);
    }
  });

  // Simplified independently, neighbours would share almost no edge; shared, they lose only the length that
  // straightening the borders' wiggles takes off.
  it('keeps shared borders shared: neighbouring units still run along the same edges', () => {
    const source = JSON.parse(readFileSync(join(BOUNDARIES_DIR, 'ua_adm1_land.geojson'), 'utf8')) as Collection;
    for (const f of source.features) f.properties.layer = 'ua_adm1_land';
    const original = sharedEdgeLength(source, 'ua_adm1_land');
    expect(original).toBeGreaterThan(50);
    expect(sharedEdgeLength(read(BASEMAP_FILES.overview), 'ua_adm1_land') / original).toBeGreaterThan(0.85);
  });

  it('stays small: under 3 MB in all, the overview GeoJSON under 1 MB and the opening tile under 100 kB', () => {
    const total = files(out).reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
    expect(total).toBeLessThan(3_000_000);
    expect(statSync(join(out, BASEMAP_FILES.overview)).size).toBeLessThan(1_000_000);
    expect(statSync(join(out, BASEMAP_TILES.overview, UKRAINE_TILE.join('/') + '.pbf')).size).toBeLessThan(100_000);
  });

  it('is the same bytes every time', () => {
    expect(files(again)).toEqual(files(out));
    for (const f of files(out)) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), relative(out, f)).toBe(true);
  });
});
