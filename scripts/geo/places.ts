// Where is this point: its oblast of Ukraine, and whether it lies in a given country.
//
// Ukraine and its oblasts come from data/boundaries/ua_adm1.geojson (OpenStreetMap via geoBoundaries, ~100 m
// detail, territorial sea included): Crimea and Sevastopol are Ukraine. Other countries come from Natural Earth
// 1:10m admin-0 (npm package world-atlas 2.0.2, countries-10m.json; 1:50m lacks the small islands real mines sit
// on), whose outlines are still generalised, so a point within COUNTRY_TOLERANCE_KM of a country's outline counts as in it: coastal mines
// otherwise fall into the sea. Ukraine's own outline is precise and needs no tolerance, and it takes precedence:
// a point inside it is in Ukraine and in no other country. That is also how Crimea stays out of Russia
// (Natural Earth's default view draws it inside Russia's polygon) without editing Natural Earth's shapes.
// world-atlas is stitched for spherical use: its rings across the antimeridian (Russia, Fiji, Antarctica) are made
// planar first.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, GeometryCollection as TopoGeometryCollection, Topology } from 'topojson-specification';
import { countryCodeFromNumeric } from '../../src/core/countries.ts';
import type { Oblast } from '../../src/core/deposit.ts';
import { planarPolygonParts } from '../../src/core/geometry/antimeridian.ts';
import { type BBox, bboxContains, emptyBbox, unionBbox } from '../../src/core/geometry/bbox.ts';
import { prepareSegments, type SegmentIndex } from '../../src/core/geometry/distance.ts';
import { type PreparedArea, prepareArea } from '../../src/core/geometry/pointInPolygon.ts';
import { polygonParts } from '../../src/core/geometry/polygonParts.ts';

export interface Places {
  /** The oblast (ISO 3166-2:UA unit) containing the point, or null outside Ukraine. On a shared border, the unit
   * with the lower code. */
  oblastAt(lon: number, lat: number): Oblast | null;
  /** Whether the point is in the country (ISO 3166-1 alpha-2, any case); null when there is no shape for it. */
  inCountry(iso2: string, lon: number, lat: number): boolean | null;
}

export const COUNTRY_TOLERANCE_KM = 10;

const UA_ADM1_URL = new URL('../../data/boundaries/ua_adm1.geojson', import.meta.url);
const WORLD_ATLAS_MODULE = 'world-atlas/countries-10m.json';

// Natural Earth units that have no ISO numeric code in world-atlas, by name: those that belong to one ISO country.
// Siachen Glacier (disputed) and "Indian Ocean Ter." (two ISO codes, CX and CC) are left out.
const COUNTRY_OF_UNIT_WITHOUT_CODE: Readonly<Record<string, string>> = {
  Kosovo: 'XK',
  'N. Cyprus': 'CY',
  Somaliland: 'SO',
};

// Sources that do not recognise a later border name the country that claims the territory: USGS PP1802 puts
// Trepča (Kosovo) in Serbia. A point in the claimed territory is accepted for the claimant.
const ALSO_ACCEPTED: Readonly<Record<string, readonly string[]>> = { RS: ['XK'] };

// 10 km is less than 0.1° of latitude anywhere, and less than 0.1°/cos(latitude) of longitude.
const TOLERANCE_MARGIN_LAT_DEG = 0.1;

interface OblastArea {
  oblast: Oblast;
  area: PreparedArea;
}

interface CountryShape {
  iso2: string;
  area: PreparedArea;
  geometry: MultiPolygon;
  /** The country's box widened by the tolerance: outside it, the point is too far from the outline. */
  toleranceBox: BBox;
  outline: SegmentIndex | null;
}

let cached: Places | null = null;

/** Loads the boundaries once (synchronously) and answers from memory afterwards. */
export function loadPlaces(): Places {
  cached ??= buildPlaces();
  return cached;
}

function buildPlaces(): Places {
  const oblastAreas: OblastArea[] = loadOblasts().map(({ oblast, geometry }) => ({
    oblast,
    area: prepareArea(geometry),
  }));
  const ukraineBox = oblastAreas.reduce<BBox>((box, { area }) => unionBbox(box, area.bbox), emptyBbox());
  const countries = lazyCountries();

  const oblastAreaAt = (lon: number, lat: number): OblastArea | null => {
    if (!bboxContains(ukraineBox, lon, lat)) return null;
    for (const oblastArea of oblastAreas) {
      if (oblastArea.area.contains(lon, lat)) return oblastArea;
    }
    return null;
  };
  const inUkraine = (lon: number, lat: number): boolean => oblastAreaAt(lon, lat) !== null;

  const inShape = (shape: CountryShape, lon: number, lat: number): boolean => {
    if (shape.area.contains(lon, lat)) return true;
    return distanceToOutlineKm(shape, lon, lat) <= COUNTRY_TOLERANCE_KM;
  };

  return {
    oblastAt(lon, lat) {
      return oblastAreaAt(lon, lat)?.oblast ?? null;
    },

    inCountry(iso2, lon, lat) {
      const code = iso2.toUpperCase();
      if (code === 'UA') return inUkraine(lon, lat);
      const shape = countries.get(code);
      if (shape === undefined) return null;
      if (inUkraine(lon, lat)) return false;
      if (inShape(shape, lon, lat)) return true;
      return (ALSO_ACCEPTED[code] ?? []).some((claimed) => {
        const claimedShape = countries.get(claimed);
        return claimedShape !== undefined && inShape(claimedShape, lon, lat);
      });
    },
  };
}

// Infinity when the point is clearly farther than the tolerance; the outline index is built on first need.
function distanceToOutlineKm(shape: CountryShape, lon: number, lat: number): number {
  if (!bboxContains(shape.toleranceBox, lon, lat)) return Infinity;
  shape.outline ??= prepareSegments(polygonParts(shape.geometry).flat());
  return shape.outline.nearestKm(lon, lat) ?? Infinity;
}

interface OblastGeometry {
  oblast: Oblast;
  geometry: Polygon | MultiPolygon;
}

interface OblastProperties {
  iso_3166_2: string;
  name_en_short: string;
  name_uk: string;
}

function loadOblasts(): OblastGeometry[] {
  const collection = JSON.parse(readFileSync(UA_ADM1_URL, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    OblastProperties
  >;
  return collection.features
    .map(({ geometry, properties }) => ({
      oblast: Object.freeze({
        code: properties.iso_3166_2,
        name: properties.name_en_short,
        nameUk: properties.name_uk,
      }),
      geometry,
    }))
    .sort((a, b) => (a.oblast.code < b.oblast.code ? -1 : a.oblast.code > b.oblast.code ? 1 : 0));
}

interface Countries {
  get(iso2: string): CountryShape | undefined;
}

// world-atlas is read on first need, and each country decoded and prepared on first need: a run over one country's
// deposits pays for that country only.
function lazyCountries(): Countries {
  let topology: Topology<{ countries: TopoGeometryCollection<{ name: string }> }> | null = null;
  let unitsByCode: Map<string, GeometryObject<{ name: string }>[]> | null = null;
  const shapes = new Map<string, CountryShape>();

  const units = (): Map<string, GeometryObject<{ name: string }>[]> => {
    if (unitsByCode === null) {
      const path = createRequire(import.meta.url).resolve(WORLD_ATLAS_MODULE);
      topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{
        countries: TopoGeometryCollection<{ name: string }>;
      }>;
      unitsByCode = new Map();
      for (const unit of topology.objects.countries.geometries) {
        const iso2 = unitCountry(unit.id, (unit.properties as { name?: string } | undefined)?.name);
        if (iso2 === null || iso2 === 'UA') continue;
        unitsByCode.set(iso2, [...(unitsByCode.get(iso2) ?? []), unit]);
      }
    }
    return unitsByCode;
  };

  const get = (iso2: string): CountryShape | undefined => {
    const known = shapes.get(iso2);
    if (known !== undefined) return known;
    const countryUnits = units().get(iso2);
    if (countryUnits === undefined || topology === null) return undefined;
    const parts: Position[][][] = [];
    for (const unit of countryUnits) {
      const { geometry } = feature(topology, unit) as Feature<Polygon | MultiPolygon | null>;
      if (geometry === null) continue;
      for (const polygon of polygonParts(geometry)) parts.push(...planarPolygonParts(polygon));
    }
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: parts };
    const area = prepareArea(geometry);
    const shape: CountryShape = { iso2, area, geometry, toleranceBox: toleranceBox(area.bbox), outline: null };
    shapes.set(iso2, shape);
    return shape;
  };

  return { get };
}

function toleranceBox([minLon, minLat, maxLon, maxLat]: BBox): BBox {
  const south = Math.max(-90, minLat - TOLERANCE_MARGIN_LAT_DEG);
  const north = Math.min(90, maxLat + TOLERANCE_MARGIN_LAT_DEG);
  const cosLat = Math.cos((Math.max(Math.abs(south), Math.abs(north)) * Math.PI) / 180);
  const lonMargin = cosLat > TOLERANCE_MARGIN_LAT_DEG / 180 ? TOLERANCE_MARGIN_LAT_DEG / cosLat : 180;
  return [minLon - lonMargin, south, maxLon + lonMargin, north];
}

function unitCountry(id: string | number | undefined, name: string | undefined): string | null {
  if (id !== undefined) return countryCodeFromNumeric(id);
  return name === undefined ? null : (COUNTRY_OF_UNIT_WITHOUT_CODE[name] ?? null);
}
