// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareArea } from '../../../src/core/geometry/pointInPolygon.ts';
import { signedRingArea } from '../../../src/core/geometry/rewind.ts';
import { importIswFolder, iswFileDate, parseIswTopology } from '../../../scripts/occupation/isw.ts';

const FIXTURES = new URL('../../fixtures/occupation/isw/', import.meta.url).pathname;
const controlMap = `${FIXTURES}2022-03-27/control_map.topojson`;

describe('parseIswTopology', () => {
  const layer = parseIswTopology(readFileSync(controlMap, 'utf8'), controlMap);

  it('reads UkraineControlMap as the occupied layer, one polygon per part', () => {
    expect(layer.layer).toBe('occupied');
    expect(layer.polygons).toHaveLength(3);
    expect(layer.polygons[0]![0]).toContainEqual([32, 46]);
    expect(layer.polygons[0]![0]).toContainEqual([36, 47.5]);
  });

  it('reports the null geometry with its index and keeps the rest', () => {
    expect(layer.issues).toEqual([
      { file: controlMap, feature: 2, code: 'null-geometry', message: 'UkraineControlMap: feature has no geometry' },
    ]);
  });

  it('rewinds the clockwise exteriors to counter-clockwise and holes to clockwise', () => {
    const [exterior, hole] = layer.polygons[0]!;
    expect(signedRingArea(exterior!)).toBeGreaterThan(0);
    expect(signedRingArea(hole!)).toBeLessThan(0);
  });

  it('keeps a self-intersecting ring rather than failing on it', () => {
    expect(layer.polygons[2]![0]).toHaveLength(5);
  });

  it('reads the temp object as the contested layer', () => {
    const path = `${FIXTURES}2022-03-27/russian_advances.topojson`;
    const advances = parseIswTopology(readFileSync(path, 'utf8'), path);
    expect(advances.layer).toBe('contested');
    expect(advances.polygons).toHaveLength(1);
  });

  it('reports a topology without a known layer, or not JSON, as unreadable', () => {
    const other = '{"type":"Topology","arcs":[],"objects":{"something":{"type":"GeometryCollection","geometries":[]}}}';
    expect(parseIswTopology(other, 'x.topojson').issues[0]).toMatchObject({ code: 'unreadable-file', feature: null });
    expect(parseIswTopology('<html>', 'x.topojson').issues[0]?.code).toBe('unreadable-file');
  });
});

describe('importIswFolder', () => {
  const snapshots = importIswFolder(FIXTURES);

  it('groups the layer files by date', () => {
    expect(snapshots.map((s) => [s.date, s.source])).toEqual([
      ['2022-03-27', 'isw'],
      ['2022-04-03', 'isw'],
    ]);
  });

  it('expresses contested areas only on dates with an advances layer, never the pre-2022 areas apart', () => {
    const [march, april] = snapshots;
    expect(march!.expresses).toEqual(['occupied', 'contested']);
    expect(march!.areas.contested).toHaveLength(1);
    expect(april!.expresses).toEqual(['occupied']);
    expect(april!.areas.contested).toBeNull();
    expect(april!.areas.occupiedBefore2022).toBeNull();
  });

  it('puts Kherson in the occupied area and Mariupol only in the contested one', () => {
    const march = snapshots[0]!;
    const occupied = prepareArea({ type: 'MultiPolygon', coordinates: march.areas.occupied! });
    const contested = prepareArea({ type: 'MultiPolygon', coordinates: march.areas.contested! });
    expect(occupied.contains(32.6169, 46.6354)).toBe(true);
    expect(occupied.contains(33.1, 46.3)).toBe(false); // in the hole
    expect(occupied.contains(37.5434, 47.0971)).toBe(false);
    expect(contested.contains(37.5434, 47.0971)).toBe(true);
  });
});

describe('iswFileDate', () => {
  it("takes the date from Le Monde's file name or from the archive's folder", () => {
    expect(iswFileDate('/x/UkraineControlMap/2022-03-13.topojson')).toBe('2022-03-13');
    expect(iswFileDate('/x/isw/2022-03-13/control_map.topojson.gz')).toBe('2022-03-13');
    expect(iswFileDate('/x/control_map.topojson')).toBeNull();
  });
});
