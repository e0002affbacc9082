// @vitest-environment node
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareArea } from '../../../src/core/geometry/pointInPolygon.ts';
import { signedRingArea } from '../../../src/core/geometry/rewind.ts';
import {
  createDeepStateClassifier,
  normaliseDeepStateName,
  parseNameTable,
} from '../../../scripts/occupation/deepstateNames.ts';
import { deepStateRawTime, importDeepStateRawFile, parseDeepStateRaw } from '../../../scripts/occupation/deepstateRaw.ts';
import type { PolygonRings } from '../../../scripts/occupation/importedSnapshot.ts';

const ARCHIVE = new URL('../../fixtures/occupation/archives/deepstate-raw/', import.meta.url).pathname;
const TABLE = new URL('../../../data/occupation/deepstate-polygon-names.tsv', import.meta.url);

const contains = (polygons: PolygonRings[] | null, lon: number, lat: number) =>
  prepareArea({ type: 'MultiPolygon', coordinates: polygons ?? [] }).contains(lon, lat);

describe('importDeepStateRawFile on the first archived file (cut down)', () => {
  const file = `${ARCHIVE}1648989208.geojson`;
  const snapshot = importDeepStateRawFile(file);

  it('dates the snapshot by the UTC instant in the file name', () => {
    expect(snapshot).toMatchObject({ date: '2022-04-03', time: '2022-04-03T12:33:28.000Z', source: 'deepstate-raw' });
    expect(snapshot.expresses).toEqual(['occupied', 'contested', 'occupiedBefore2022']);
  });

  it('sorts the polygons by status: Crimea and ORDLO before 2022, the rest by name or fill', () => {
    expect(snapshot.areas.occupiedBefore2022).toHaveLength(3); // Crimea is a GeometryCollection of two polygons
    expect(contains(snapshot.areas.occupiedBefore2022, 34.1024, 44.9521)).toBe(true); // Simferopol
    expect(contains(snapshot.areas.occupiedBefore2022, 37.8028, 48.0159)).toBe(true); // Donetsk
    expect(contains(snapshot.areas.occupied, 32.6169, 46.6354)).toBe(true); // Kherson
    expect(contains(snapshot.areas.liberated, 30.2124, 50.5435)).toBe(true); // Bucha
    expect(contains(snapshot.areas.occupied, 30.2124, 50.5435)).toBe(false);
    expect(snapshot.areas.contested).toHaveLength(1);
    expect(snapshot.areas.occupied!.length).toBeGreaterThanOrEqual(2); // the unnamed red polygon counts by its fill
  });

  it('reports the unknown name, Transnistria and Karelia with their feature index, and skips points silently', () => {
    expect(snapshot.issues.map((i) => [i.feature, i.code])).toEqual([
      [6, 'foreign-area'],
      [8, 'unknown-name'],
      [9, 'outside-ukraine'],
    ]);
    expect(snapshot.issues.every((i) => i.file === file)).toBe(true);
  });

  it('rewinds every exterior to counter-clockwise and drops the z coordinate', () => {
    for (const polygon of [...snapshot.areas.occupied!, ...snapshot.areas.occupiedBefore2022!]) {
      expect(signedRingArea(polygon[0]!)).toBeGreaterThan(0);
      expect(polygon[0]![0]).toHaveLength(2);
    }
  });
});

describe('DeepState raw names with i18n keys (the 2025 reference file, cut down)', () => {
  const snapshot = importDeepStateRawFile(`${ARCHIVE}1754251105.geojson`);

  it('classifies by the key, and drops the Kuril islands as outside Ukraine', () => {
    expect(snapshot.areas.occupiedBefore2022).toHaveLength(1);
    expect(snapshot.areas.occupied).toHaveLength(1);
    expect(snapshot.areas.contested).toHaveLength(1);
    expect(snapshot.areas.liberated).toHaveLength(1);
    expect(snapshot.issues.map((i) => [i.feature, i.code])).toEqual([[4, 'outside-ukraine']]);
  });
});

describe('parseDeepStateRaw', () => {
  const time = new Date('2022-06-01T20:00:00Z');

  it('reads gzipped files by their content', () => {
    expect(importDeepStateRawFile(`${ARCHIVE}1649005166.geojson.gz`).time).toBe('2022-04-03T16:59:26.000Z');
  });

  it('reports a file that is not a FeatureCollection, and a null geometry', () => {
    expect(parseDeepStateRaw('{"map":{}}', 'f', time).issues[0]?.code).toBe('unreadable-file');
    const nullGeometry = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'Окуповано' }, geometry: null }],
    });
    const issues = parseDeepStateRaw(nullGeometry, 'f', time).issues;
    expect(issues.map((i) => [i.feature, i.code])).toEqual([[0, 'null-geometry']]);
  });

  it('reports a polygon whose latitude and longitude are swapped as outside Ukraine', () => {
    const ring = [[51.1, 31.6, 0], [51.2, 31.6, 0], [51.2, 31.7, 0], [51.1, 31.6, 0]];
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'Статус невідомий /// Unknown status', fill: '#bcaaa4' },
        geometry: { type: 'Polygon', coordinates: [ring] } }],
    });
    const snapshot = parseDeepStateRaw(text, 'f', time);
    expect(snapshot.issues.map((i) => i.code)).toEqual(['outside-ukraine']);
    expect(snapshot.areas.contested).toEqual([]);
  });

  it('takes the time from the history id in the file name', () => {
    expect(deepStateRawTime('/a/1720385367.geojson.gz')?.toISOString()).toBe('2024-07-07T20:49:27.000Z');
    expect(deepStateRawTime('/a/latest.geojson')).toBeNull();
  });
});

describe('DeepState name classification', () => {
  const classify = createDeepStateClassifier(parseNameTable(readFileSync(TABLE, 'utf8')));

  it('normalises whitespace, separators and dates the way the table is written', () => {
    expect(normaliseDeepStateName('Звільнено 31.03-02.04')).toBe('Звільнено DD.MM');
    expect(normaliseDeepStateName('Звільнено 27-31.03.2022')).toBe('Звільнено 27-DD.MM');
    expect(normaliseDeepStateName('Окупована область Петсамо\n///\nOccupied Petsamo\n')).toBe(
      'Окупована область Петсамо /// Occupied Petsamo',
    );
    expect(normaliseDeepStateName('Окупований Крим /// Occupied Crimea\u00a0/// x')).toBe(
      'Окупований Крим /// Occupied Crimea /// x',
    );
  });

  it('normalising twice changes nothing', () => {
    const text = fc.string({ unit: fc.constantFrom('1', '2', '.', '-', '/', ' ', '\n', '\u00a0', 'a', 'З') });
    fc.assert(
      fc.property(text, (name) => normaliseDeepStateName(normaliseDeepStateName(name)) === normaliseDeepStateName(name)),
    );
  });

  it('knows every wording of the three periods', () => {
    expect(classify('Окуповано', '#a52714')).toEqual({ class: 'occupied' });
    expect(classify('Окуповано /// Occupied', '#a52714')).toEqual({ class: 'occupied' });
    expect(classify('ОРДЛО /// CADR and CALR /// geoJSON.territories.ordlo', '#880e4f')).toEqual({ class: 'pre2022' });
    expect(classify('Під питанням /// Contensed', '#bcaaa4')).toEqual({ class: 'unknown' });
    expect(classify('Звільнено 12.09 /// Liberated 12.09 /// geoJSON.status.dismissed_at {{at:12.09}}', '#0f9d58'))
      .toEqual({ class: 'liberated' });
  });

  it('lets the name win over a disagreeing fill, and the fill decide where the name cannot', () => {
    expect(classify('Окуповано', '#0288d1')).toEqual({ class: 'occupied' });
    expect(classify('Зміїний /// Snake Island', '#a52714')).toEqual({ class: 'occupied' });
    expect(classify('Зміїний /// Snake Island', '#0f9d58')).toEqual({ class: 'liberated' });
    expect(classify('Багатокутник 112', '#bdbdbd')).toEqual({ class: 'unknown' });
    expect(classify('Багатокутник 112', '#123456')).toMatchObject({ issue: 'unknown-fill' });
  });

  it('makes an unknown name or key an issue, not a guess, even when a keyword looks right', () => {
    expect(classify('Ок��повано знову /// Occupied again', '#a52714')).toMatchObject({ issue: 'unknown-name' });
    expect(classify('Нове /// New /// geoJSON.status.something', '#a52714')).toMatchObject({ issue: 'unknown-name' });
  });

  it('knows the damaged Karelia name as foreign, not occupied', () => {
    const damaged = 'Тимчасово окупована територія Кар��лії. /// The temporarily occupied territory of Karelia.';
    expect(classify(damaged, '#ff5252')).toEqual({ class: 'foreign' });
  });
});
