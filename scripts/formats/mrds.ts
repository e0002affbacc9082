// USGS Mineral Resources Data System: the 44-column export, the 45-column one with `url` (and `names` for
// `prev_name`), and the 46-column 2022 dump with `score` are one layout, read by column name.

import { recogniseDevStatus } from '../../src/core/devStatus.ts';
import { countryCode } from '../../src/core/countries.ts';
import type { FormatReader } from './format.ts';
import { mineralsFrom, requireName } from './fields.ts';

const RECORD_URL = 'https://mrdata.usgs.gov/mrds/show-mrds.php?dep_id=';

export const mrds: FormatReader = {
  dataset: 'mrds',
  title: 'USGS MRDS',
  columns: {
    recordId: [['dep_id']],
    url: [['url']],
    name: [['site_name']],
    minerals: [['commod1'], ['commod2'], ['commod3']],
    lat: [['latitude']],
    lon: [['longitude']],
    country: [['country']],
    adminArea: [['county'], ['state']],
    devStatus: [['dev_stat']],
  },
  required: ['recordId', 'name', 'minerals', 'lat', 'lon', 'devStatus'],

  read(row, report) {
    const recordId = row.get('recordId');
    if (recordId === '') {
      report.error(row.columnName('recordId'), 'missing-id', 'dep_id is empty: expected the MRDS record id');
      return null;
    }
    const name = requireName(row, report);
    if (name === null) return null;
    const countryText = row.get('country');
    const country = countryText === '' ? null : countryCode(countryText);
    if (countryText !== '' && country === null) {
      report.warn(row.columnName('country'), 'unknown-country', `country "${countryText}" is not a known country name`);
    }
    const adminArea = row.all('adminArea').filter((part) => part !== '').join(', ');
    const lat = row.get('lat');
    const lon = row.get('lon');
    return {
      recordId,
      url: row.get('url') || RECORD_URL + encodeURIComponent(recordId),
      name,
      minerals: mineralsFrom(row, report),
      coordinates:
        lat === '' && lon === ''
          ? null
          : { kind: 'separate', lat, lon, latField: row.columnName('lat'), lonField: row.columnName('lon') },
      precision: decimalPlaces(lat) >= 4 && decimalPlaces(lon) >= 4 ? 'exact' : 'approximate',
      country,
      oblastText: null,
      adminArea: adminArea === '' ? null : adminArea,
      devStatus: recogniseDevStatus(row.get('devStatus')),
      reserves: [],
      reported: null,
    };
  },
};

/** MRDS writes site positions to 5 decimals (about 1 m); 1–3 decimals mean a position known to 100 m–10 km. */
function decimalPlaces(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
