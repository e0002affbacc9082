// Mapbox Vector Tiles cut from GeoJSON layers at build time, so the browser only decodes them: tiling GeoJSON in
// MapLibre's worker (indexing, clipping, per zoom) took three quarters of the worker's time before the base map's
// first frame, and with a single worker on two cores it delays everything after it. The tiles are cut and encoded by
// MapLibre's own geojson-vt and vt-pbf, as its GeoJSON sources would cut them; same input, same bytes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';

/** Tile units across a tile: 8192 as MapLibre's GeoJSON sources use, so overzoomed tiles keep sub-pixel detail. */
export const TILE_EXTENT = 8192;
/** Simplification, in tile units, of the tiles below the set's deepest zoom (whose geometry is kept as given). */
const TOLERANCE = 1;

export interface TileSet {
  layers: Record<string, FeatureCollection>;
  minZoom: number;
  maxZoom: number;
  /** lon/lat box: only the tiles meeting it are written (MapLibre is told not to ask for the others). */
  bounds?: { west: number; south: number; east: number; north: number };
  /** Tile units kept round each tile, so lines and fills cut at its edge join their neighbours' seamlessly. */
  buffer: number;
}

/** Writes OUT/{z}/{x}/{y}.pbf for every tile of the set, an empty file where a tile holds nothing. */
export function writeVectorTiles(outDir: string, set: TileSet): Record<string, number> {
  const indexes = Object.entries(set.layers).map(
    ([name, collection]) =>
      [name, new GeoJSONVT(collection, { maxZoom: set.maxZoom, extent: TILE_EXTENT, buffer: set.buffer, tolerance: TOLERANCE })] as const,
  );
  const files: Record<string, number> = {};
  for (let z = set.minZoom; z <= set.maxZoom; z++) {
    const [x0, y0, x1, y1] = tileRange(z, set.bounds);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const layers: Parameters<typeof fromGeojsonVt>[0] = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) layers[name] = tile;
        }
        const bytes = Object.keys(layers).length > 0 ? fromGeojsonVt(layers, { version: 2, extent: TILE_EXTENT }) : new Uint8Array(0);
        const path = `${z}/${x}/${y}.pbf`;
        mkdirSync(dirname(join(outDir, path)), { recursive: true });
        writeFileSync(join(outDir, path), bytes);
        files[path] = bytes.length;
      }
    }
  }
  return files;
}

/** [xMin, yMin, xMax, yMax] of the tiles at zoom z meeting the box (all of them without one). */
function tileRange(z: number, bounds: TileSet['bounds']): [number, number, number, number] {
  const n = 2 ** z;
  if (!bounds) return [0, 0, n - 1, n - 1];
  const x = (lon: number) => Math.min(n - 1, Math.floor(((lon + 180) / 360) * n));
  const y = (lat: number) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return Math.min(n - 1, Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n));
  };
  return [x(bounds.west), y(bounds.north), x(bounds.east), y(bounds.south)];
}
