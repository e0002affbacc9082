// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUNDARIES_DIR, writeBasemap } from '../../../scripts/data/basemap.ts';
import { BASEMAP_FILES, BASEMAP_LAYERS, DETAILED_LAYERS, LABEL_LAYERS } from '../../../src/core/explorer/basemapFiles.ts';

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

describe('writeBasemap', () => {
  it('writes the overview, labels and detail GeoJSON, the glyph ranges the labels need and the font licence', () => {
    expect(files(out)).toEqual(
      [
        BASEMAP_FILES.detail,
        BASEMAP_FILES.labels,
        BASEMAP_FILES.overview,
        'glyphs/Noto Sans Regular/0-255.pbf',
        'glyphs/Noto Sans Regular/1024-1279.pbf',
        'glyphs/Noto Sans Regular/256-511.pbf',
        'glyphs/Noto Sans Regular/512-767.pbf',
        'glyphs/OFL.txt',
      ].sort(),
    );
  });

  it('writes valid GeoJSON: every feature in a known layer, closed rings of finite lon/lat', () => {
    const labels: readonly string[] = LABEL_LAYERS;
    for (const [file, layers] of [
      [BASEMAP_FILES.overview, BASEMAP_LAYERS.filter((l) => !labels.includes(l))],
      [BASEMAP_FILES.labels, LABEL_LAYERS],
      [BASEMAP_FILES.detail, DETAILED_LAYERS],
    ] as const) {
      const collection = read(file);
      expect(collection.type).toBe('FeatureCollection');
      expect(new Set(collection.features.map((f) => f.properties.layer))).toEqual(new Set(layers));
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
    }
  });

  it("keeps all 27 of Ukraine's units at both levels, Crimea (UA-43) among them, and names for their labels", () => {
    for (const file of [BASEMAP_FILES.overview, BASEMAP_FILES.detail]) {
      const units = read(file).features.filter((f) => f.properties.layer === 'ua_adm1_land');
      expect(units.map((f) => f.properties.iso_3166_2)).toHaveLength(27);
      expect(units.map((f) => f.properties.iso_3166_2)).toContain('UA-43');
    }
    const labels = read(BASEMAP_FILES.labels).features.filter((f) => f.properties.layer === 'ua_adm1_labels');
    expect(labels.find((f) => f.properties.iso_3166_2 === 'UA-23')?.properties).toMatchObject({
      name_en: 'Zaporizhzhia Oblast',
      name_uk: 'Запорізька область',
    });
  });

  // Simplified independently, neighbours would share almost no edge; shared, they lose only the length that
  // straightening the borders' wiggles takes off.
  it('keeps shared borders shared: neighbouring units still run along the same edges', () => {
    const source = JSON.parse(readFileSync(join(BOUNDARIES_DIR, 'ua_adm1_land.geojson'), 'utf8')) as Collection;
    for (const f of source.features) f.properties.layer = 'ua_adm1_land';
    const original = sharedEdgeLength(source, 'ua_adm1_land');
    expect(original).toBeGreaterThan(50);
    for (const file of [BASEMAP_FILES.overview, BASEMAP_FILES.detail]) {
      expect(sharedEdgeLength(read(file), 'ua_adm1_land') / original).toBeGreaterThan(0.85);
    }
  });

  it('stays small: under 3 MB in all, the overview under 1 MB', () => {
    const total = files(out).reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
    expect(total).toBeLessThan(3_000_000);
    expect(statSync(join(out, BASEMAP_FILES.overview)).size).toBeLessThan(1_000_000);
  });

  it('is the same bytes every time', () => {
    expect(files(again)).toEqual(files(out));
    for (const f of files(out)) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), relative(out, f)).toBe(true);
  });
});
