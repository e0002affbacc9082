// Ukraine's land, for telling the line from borders and coasts (src/core/occupation/line.ts): inside Ukraine's units
// (data/boundaries/ua_adm1.geojson: state border, but the sea side is the 12-nautical-mile territorial-sea limit)
// and on Natural Earth's 1:10m land (npm package world-atlas 2.0.2, land-10m.json: the coastline; lakes and
// reservoirs count as land). Only the land polygons near Ukraine are kept.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection as TopoGeometryCollection, Topology } from 'topojson-specification';
import { planarPolygonParts } from '../../src/core/geometry/antimeridian.ts';
import { ringsBbox } from '../../src/core/geometry/bbox.ts';
import { prepareArea } from '../../src/core/geometry/pointInPolygon.ts';
import { polygonParts } from '../../src/core/geometry/polygonParts.ts';
import type { Land } from '../../src/core/occupation/line.ts';

const UA_ADM1_URL = new URL('../../data/boundaries/ua_adm1.geojson', import.meta.url);
const LAND_MODULE = 'world-atlas/land-10m.json';

/** Ukraine's bounding box with a margin wider than the farthest probe. */
const NEAR_UKRAINE = { west: 20, south: 43, east: 42, north: 54 } as const;

let cached: Land | null = null;

export function loadUkraineLand(): Land {
  cached ??= buildUkraineLand();
  return cached;
}

function buildUkraineLand(): Land {
  const { units, land } = ukraineLandParts();
  const ukraine = prepareArea({ type: 'GeometryCollection', geometries: units });
  const near = prepareArea({ type: 'MultiPolygon', coordinates: land });
  return { contains: (lon, lat) => ukraine.contains(lon, lat) && near.contains(lon, lat) };
}

/** The two areas whose intersection is Ukraine's land: Ukraine's units, and the land polygons near Ukraine. */
export function ukraineLandParts(): { units: (Polygon | MultiPolygon)[]; land: Position[][][] } {
  const units = JSON.parse(readFileSync(UA_ADM1_URL, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  return { units: units.features.map((f) => f.geometry), land: landNearUkraine() };
}

function landNearUkraine(): Position[][][] {
  const path = createRequire(import.meta.url).resolve(LAND_MODULE);
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ land: TopoGeometryCollection }>;
  const collection = feature(topology, topology.objects.land) as FeatureCollection<Polygon | MultiPolygon | null>;
  const near: Position[][][] = [];
  for (const { geometry } of collection.features) {
    if (geometry === null) continue;
    for (const polygon of polygonParts(geometry)) {
      for (const part of planarPolygonParts(polygon)) {
        const [west, south, east, north] = ringsBbox(part.slice(0, 1));
        if (west <= NEAR_UKRAINE.east && east >= NEAR_UKRAINE.west && south <= NEAR_UKRAINE.north && north >= NEAR_UKRAINE.south) {
          near.push(part);
        }
      }
    }
  }
  return near;
}
