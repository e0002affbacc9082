// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { prepareArea } from '../../../src/core/geometry/pointInPolygon.ts';
import { decodeHistory } from '../../../src/core/occupation/historyCodec.ts';
import type { Snapshot } from '../../../src/core/occupation/history.ts';
import { buildHistory, listArchive, maxDeviationMetres } from '../../../scripts/occupation/buildHistory.ts';
import { gunzipSync } from 'node:zlib';

const FIXTURES = new URL('../../fixtures/occupation/', import.meta.url).pathname;
const ARCHIVES = `${FIXTURES}archives`;

const at = (s: Snapshot | undefined, field: 'occupied' | 'contested' | 'liberated', lon: number, lat: number) =>
  prepareArea(s?.[field] ?? { type: 'MultiPolygon', coordinates: [] }).contains(lon, lat);

describe('buildHistory on the fixture archives', () => {
  const result = buildHistory({ archives: ARCHIVES });
  const stored = decodeHistory(JSON.parse(gunzipSync(result.gzipped).toString('utf8')));
  const byDate = new Map(stored.snapshots.map((s) => [s.date, s]));

  it('has the baseline, one DeepState raw snapshot per date and the occupied-area archive, not the reference file', () => {
    expect(stored.snapshots.map((s) => [s.date, s.source])).toEqual([
      ['2022-02-23', 'baseline'],
      ['2022-04-03', 'deepstate-raw'],
      ['2024-07-08', 'deepstate-occupied'],
    ]);
  });

  it('takes the last file of 2022-04-03 (without the grey polygon of the earlier one)', () => {
    expect(byDate.get('2022-04-03')!.contested!.coordinates).toEqual([]);
  });

  it('answers the known places', () => {
    const baseline = byDate.get('2022-02-23');
    const april = byDate.get('2022-04-03');
    expect(at(baseline, 'occupied', 34.1024, 44.9521)).toBe(true); // Simferopol, before 2022
    expect(at(baseline, 'occupied', 32.6169, 46.6354)).toBe(false); // Kherson
    expect(at(april, 'occupied', 32.6169, 46.6354)).toBe(true);
    expect(at(april, 'occupied', 30.2124, 50.5435)).toBe(false); // Bucha: already retaken …
    expect(at(april, 'liberated', 30.2124, 50.5435)).toBe(true); // … and marked so
    expect(at(byDate.get('2024-07-08'), 'occupied', 35.7, 47.25)).toBe(true); // Velykyi Tokmak
  });

  it('stores every boundary within 100 m of the imported one, and the measure notices a coarser build', () => {
    expect(maxDeviationMetres(result.history, stored, 1, result.encoded.scale)).toBeLessThanOrEqual(100);
    const coarse = buildHistory({ archives: ARCHIVES, toleranceMetres: 2000 });
    expect(maxDeviationMetres(coarse.history, decodeHistory(coarse.encoded), 1, 1e4)).toBeGreaterThan(100);
  });

  it('gives the same bytes for the same inputs', () => {
    expect(Buffer.from(buildHistory({ archives: ARCHIVES }).gzipped).equals(Buffer.from(result.gzipped))).toBe(true);
  });

  it('collects the issues of every imported file', () => {
    expect(result.issues.map((i) => i.code).sort()).toEqual([
      'foreign-area', 'foreign-area', 'outside-ukraine', 'outside-ukraine', 'unknown-name', 'unknown-name',
    ]);
  });
});

describe('buildHistory with a user-supplied ISW folder', () => {
  const history = buildHistory({ archives: ARCHIVES, isw: `${FIXTURES}isw` }).history;

  it('adds the ISW dates before DeepState and lets DeepState win on the shared date 2022-04-03', () => {
    expect(history.snapshots.map((s) => [s.date, s.source])).toEqual([
      ['2022-02-23', 'baseline'],
      ['2022-03-27', 'isw'],
      ['2022-04-03', 'deepstate-raw'],
      ['2024-07-08', 'deepstate-occupied'],
    ]);
    expect(history.sources.map((s) => s.id)).toContain('isw');
  });
});

describe('listArchive', () => {
  it('leaves out the files dates.tsv keeps for reference only', () => {
    const files = listArchive(`${ARCHIVES}/deepstate-raw`, /^\d+\.geojson(?:\.gz)?$/).map((f) => f.split('/').pop());
    expect(files).toEqual(['1648989208.geojson', '1649005166.geojson.gz']);
  });
});
