// USGS Professional Paper 1802 critical-mineral points: the attribute export with X/Y, the shapefile (DBF) field
// names, and a GeoPandas export with an index column and WKT geometry are one reader.

import { countryCode } from '../../src/core/countries.ts';
import type { LocationPrecision } from '../../src/core/deposit.ts';
import type { FormatReader, RawCoordinates, RowValues } from './format.ts';
import { coordinatesFrom, mineralsFrom, optionalText, requireName } from './fields.ts';

export const pp1802: FormatReader = {
  dataset: 'pp1802',
  title: 'USGS PP1802 critical minerals',
  columns: {
    name: [['DEPOSIT_NAME', 'DEPOSIT_NA']],
    minerals: [['CRITICAL_MINERAL', 'CRITICAL_M']],
    // X/Y are the point geometry; LATITUDE/LONGITUDE are attributes rounded in one row.
    lat: [['Y'], ['LATITUDE']],
    lon: [['X'], ['LONGITUDE']],
    coordinates: [['geometry']],
    country: [['LOCATION']],
    adminArea: [['LOC_DETAIL']],
  },
  required: ['name', 'minerals', 'country', ['lat', 'coordinates']],

  read(row, report) {
    const name = requireName(row, report);
    if (name === null) return null;
    const location = row.get('country');
    const country = location === '' ? null : countryCode(location);
    return {
      recordId: null,
      url: null,
      name,
      minerals: mineralsFrom(row, report),
      coordinates: coordinatesOf(row),
      precision: precisionOfName(name, location),
      country,
      oblastText: null,
      adminArea: optionalText(row, 'adminArea'),
      devStatus: { id: 'unknown', asWritten: null },
      reserves: [],
      reported: null,
    };
  },
};

const WKT_POINT = /^POINT\s*\(\s*(\S+)\s+(\S+)\s*\)$/i;

function coordinatesOf(row: RowValues): RawCoordinates | null {
  const coordinates = coordinatesFrom(row);
  if (coordinates?.kind !== 'combined') return coordinates;
  const point = WKT_POINT.exec(coordinates.text);
  // WKT is x y, i.e. longitude first, which a generic coordinate pair would read the other way round.
  if (point) return { kind: 'separate', lat: point[2]!, lon: point[1]!, latField: coordinates.field, lonField: coordinates.field };
  return coordinates;
}

// PP1802 has no precision field: its names say what a point stands for (USGS README: "district", "belt", whole
// provinces and countries used as points).
const DISTRICT_WORDS =
  /\b(district|districts|area|areas|belt|basin|zone|field|fields|mountains|trend|complex|massif|intrusion|pluton|mines|deposits|group|lake|river|suture)\b/i;

export function precisionOfName(name: string, location: string): LocationPrecision {
  if (name === location || countryCode(name) !== null) return 'region';
  if (/\b(regions?|provinces?)\b/i.test(name)) return 'region';
  if (DISTRICT_WORDS.test(name)) return 'district';
  return 'approximate';
}
