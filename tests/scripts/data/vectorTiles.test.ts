// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { TILE_EXTENT, writeVectorTiles } from '../../../scripts/data/vectorTiles.ts';
import { readVectorTile } from './readVectorTile.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A square in the north-east quarter of the world, named. */
const areas: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'square' },
      geometry: { type: 'Polygon', coordinates: [[[30, 40], [40, 40], [40, 50], [30, 50], [30, 40]]] },
    },
  ],
};

function written(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pbf')).sort();
}

describe('writeVectorTiles', () => {
  it('writes every tile of every zoom, an empty file where there is nothing, a named layer where there is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nadra-tiles-'));
    dirs.push(dir);
    const files = writeVectorTiles(dir, { layers: { areas }, minZoom: 0, maxZoom: 1, buffer: 64 });
    expect(written(dir)).toEqual(['0/0/0.pbf', '1/0/0.pbf', '1/0/1.pbf', '1/1/0.pbf', '1/1/1.pbf']);
    expect(Object.keys(files).sort()).toEqual(written(dir));
    const tile = readVectorTile(readFileSync(join(dir, '1', '1', '0.pbf')));
    expect([...tile.keys()]).toEqual(['areas']);
    expect(tile.get('areas')).toMatchObject({ features: 1, extent: TILE_EXTENT });
    expect(tile.get('areas')!.strings).toEqual(new Set(['square']));
    expect(files['1/0/1.pbf']).toBe(0);
  });

  it('writes only the tiles meeting the bounds when given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nadra-tiles-'));
    dirs.push(dir);
    writeVectorTiles(dir, { layers: { areas }, minZoom: 2, maxZoom: 2, buffer: 64, bounds: { west: 30, south: 40, east: 40, north: 50 } });
    expect(written(dir)).toEqual(['2/2/1.pbf']);
  });
});
