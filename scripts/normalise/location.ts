// Turning a row's coordinates into a location that may go on the map: parsed, range-checked, and checked against the
// country the row names. A location that fails is reported and left out, never drawn as it is.

import { parseCoordinate, parseCoordinatePair } from '../../src/core/coordinates.ts';
import type { Location, LocationPrecision } from '../../src/core/deposit.ts';
import { countryName } from '../../src/core/countries.ts';
import type { RawCoordinates } from '../formats/format.ts';
import type { Places } from '../geo/places.ts';
import type { RecordReporter } from './issues.ts';

export function resolveLocation(
  raw: RawCoordinates | null,
  precision: LocationPrecision,
  country: string | null,
  places: Places,
  report: RecordReporter,
): Location | null {
  if (raw === null) return null;
  const parsed = parseRaw(raw, report);
  if (parsed === null) return null;
  const field = raw.kind === 'separate' ? `${raw.latField}+${raw.lonField}` : raw.field;
  let lat = round6(parsed.lat);
  let lon = round6(parsed.lon);

  if (lat === 0 && lon === 0) {
    report.warn(field, 'zero-coordinates', 'coordinates are (0, 0), a placeholder rather than a place: location left out');
    return null;
  }
  if (Math.abs(lat) > 90) {
    if (Math.abs(lon) <= 90) {
      report.warn(field, 'swapped-coordinates', `latitude ${lat} is out of range and longitude ${lon} is a latitude: taken as swapped`);
      [lat, lon] = [lon, lat];
    } else {
      report.warn(field, 'coordinate-out-of-range', `latitude must be between -90 and 90, got ${lat}: location left out`);
      return null;
    }
  }
  if (Math.abs(lon) > 180) {
    report.warn(field, 'coordinate-out-of-range', `longitude must be between -180 and 180, got ${lon}: location left out`);
    return null;
  }
  if (country !== null && places.inCountry(country, lon, lat) === false) {
    const name = countryName(country) ?? country;
    if (places.inCountry(country, lat, lon) === true && Math.abs(lon) <= 90) {
      report.warn(
        field,
        'swapped-coordinates',
        `(${lat}, ${lon}) lies outside ${name}, (${lon}, ${lat}) inside it: latitude and longitude taken as swapped`,
      );
      return { lat: lon, lon: lat, precision };
    }
    report.warn(field, 'outside-country', `(${lat}, ${lon}) lies outside ${name}, the country the row names: location left out`);
    return null;
  }
  return { lat, lon, precision };
}

/** Sources carry float noise (47.5340699996308); 6 decimals is 0.1 m, finer than any source's precision. */
function round6(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}


function parseRaw(raw: RawCoordinates, report: RecordReporter): { lat: number; lon: number } | null {
  if (raw.kind === 'combined') {
    const pair = parseCoordinatePair(raw.text);
    if (!pair.ok) {
      report.warn(raw.field, 'invalid-coordinates', `"${raw.text}": ${pair.reason}; location left out`);
      return null;
    }
    return pair;
  }
  if (raw.lat === '' || raw.lon === '') {
    const [missing, given] = raw.lat === '' ? [raw.latField, raw.lonField] : [raw.lonField, raw.latField];
    report.warn(missing, 'incomplete-coordinates', `${missing} is empty while ${given} is given: location left out`);
    return null;
  }
  const lat = parseCoordinate(raw.lat, 'lat');
  const lon = parseCoordinate(raw.lon, 'lon');
  if (!lat.ok) report.warn(raw.latField, 'invalid-coordinate', `"${raw.lat}": ${lat.reason}; location left out`);
  if (!lon.ok) report.warn(raw.lonField, 'invalid-coordinate', `"${raw.lon}": ${lon.reason}; location left out`);
  return lat.ok && lon.ok ? { lat: lat.value, lon: lon.value } : null;
}
