// @vitest-environment node
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prepareArea } from '../../../src/core/geometry/pointInPolygon.ts';
import { signedRingArea } from '../../../src/core/geometry/rewind.ts';
import {
  deepStateOccupiedDate,
  importDeepStateOccupiedFile,
  parseDeepStateOccupied,
} from '../../../scripts/occupation/deepstateOccupied.ts';

const FILE = new URL(
  '../../fixtures/occupation/archives/deepstate-occupied/deepstatemap_data_20240708.geojson.gz',
  import.meta.url,
).pathname;

describe('importDeepStateOccupiedFile (first archived file, cut down)', () => {
  const snapshot = importDeepStateOccupiedFile(FILE);
  const area = prepareArea({ type: 'MultiPolygon', coordinates: snapshot.areas.occupied! });

  it('dates the snapshot by the file name and expresses only occupied areas', () => {
    expect(snapshot).toMatchObject({ date: '2024-07-08', time: null, source: 'deepstate-occupied', issues: [] });
    expect(snapshot.expresses).toEqual(['occupied']);
    expect(snapshot.areas.contested).toBeNull();
    expect(snapshot.areas.occupiedBefore2022).toBeNull();
    expect(snapshot.areas.liberated).toBeNull();
  });

  it('keeps every part, Crimea and ORDLO included, and Velykyi Tokmak', () => {
    expect(snapshot.areas.occupied).toHaveLength(3);
    expect(area.contains(34.1024, 44.9521)).toBe(true); // Simferopol
    expect(area.contains(37.8028, 48.0159)).toBe(true); // Donetsk
    expect(area.contains(35.7, 47.25)).toBe(true); // Velykyi Tokmak
    expect(area.contains(35.1396, 47.8388)).toBe(false); // Zaporizhzhia
  });

  it('rewinds the clockwise exteriors of the source to counter-clockwise, holes to clockwise', () => {
    const source = JSON.parse(gunzipSync(readFileSync(FILE)).toString('utf8'));
    expect(signedRingArea(source.features[0].geometry.coordinates[0][0])).toBeLessThan(0);
    const holes = snapshot.areas.occupied!.flatMap((polygon) => polygon.slice(1));
    expect(holes.length).toBeGreaterThan(0);
    for (const polygon of snapshot.areas.occupied!) expect(signedRingArea(polygon[0]!)).toBeGreaterThan(0);
    for (const hole of holes) expect(signedRingArea(hole)).toBeLessThan(0);
  });
});

describe('parseDeepStateOccupied', () => {
  it('reports a null geometry and an area outside Ukraine with their feature index', () => {
    const far = [[147.1, 44.5], [147.3, 44.5], [147.3, 44.7], [147.1, 44.5]];
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: null },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [far] } },
      ],
    });
    const snapshot = parseDeepStateOccupied(text, 'f.geojson', '2025-01-06');
    expect(snapshot.issues.map((i) => [i.feature, i.code])).toEqual([
      [0, 'null-geometry'],
      [1, 'outside-ukraine'],
    ]);
    expect(snapshot.areas.occupied).toEqual([]);
  });

  it('reports a file that is not JSON', () => {
    expect(parseDeepStateOccupied('not json', 'f', '2025-01-06').issues[0]).toMatchObject({
      code: 'unreadable-file',
      feature: null,
    });
  });

  it('reads the date from the file name', () => {
    expect(deepStateOccupiedDate('/d/deepstatemap_data_20260822.geojson.gz')).toBe('2026-08-22');
    expect(deepStateOccupiedDate('/d/deepstate-map-data.geojson.gz')).toBeNull();
  });
});
