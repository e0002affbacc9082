// @vitest-environment node
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateMrdsCsv, mrdsCsvChunks, mulberry32 } from '../../../scripts/bench/generateMrds.ts';

// The header of the real 45-column MRDS export with `url` (USGS MRDS; its origin is in tests/fixtures/README.md).
const REAL_MRDS_URL_HEADER =
  'dep_id,url,mrds_id,mas_id,site_name,latitude,longitude,region,country,state,county,com_type,commod1,commod2,' +
  'commod3,oper_type,dep_type,prod_size,dev_stat,ore,gangue,other_matl,orebody_fm,work_type,model,alteration,' +
  'conc_proc,names,ore_ctrl,reporter,hrock_unit,hrock_type,arock_unit,arock_type,structure,tectonic,ref,yfp_ba,' +
  'yr_fst_prd,ylp_ba,yr_lst_prd,dy_ba,disc_yr,prod_yrs,discr';

const REAL_DEV_STAT = new Set(['Occurrence', 'Past Producer', 'Producer', 'Prospect', 'Plant', 'Unknown']);

function parse(text: string): Papa.ParseResult<Record<string, string>> {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
}

describe('mulberry32', () => {
  it("matches the reference mulberry32 (Tommy Ettinger's public-domain algorithm) for seed 1", () => {
    const random = mulberry32(1);
    const first = [random(), random(), random()].map((x) => Math.floor(x * 2 ** 32));
    expect(first).toEqual([2693262067, 11749833, 2265367787]);
  });
});

describe('generateMrdsCsv', () => {
  it('is the same text for the same rows and seed, and different for another seed', () => {
    const a = generateMrdsCsv(2000, 7);
    expect(generateMrdsCsv(2000, 7)).toBe(a);
    expect(generateMrdsCsv(2000, 8)).not.toBe(a);
  });

  it('starts with the real 45-column MRDS header', () => {
    const text = generateMrdsCsv(3, 1);
    expect(text.slice(0, text.indexOf('\n'))).toBe(REAL_MRDS_URL_HEADER);
    expect(REAL_MRDS_URL_HEADER.split(',')).toHaveLength(45);
  });

  it('holds exactly the requested number of 45-field records, line breaks in quoted fields included', () => {
    const rows = 20_000;
    const result = parse(generateMrdsCsv(rows, 1));
    expect(result.errors).toEqual([]);
    expect(result.data).toHaveLength(rows);
    expect(result.meta.fields).toEqual(REAL_MRDS_URL_HEADER.split(','));
    expect(result.data.some((record) => (record.ore ?? '').includes('\n'))).toBe(true);
  });

  it('draws real vocabulary values, quotes commodity lists and numbers dep_id from 90000001 with its url', () => {
    const result = parse(generateMrdsCsv(5000, 3));
    for (const [index, record] of result.data.entries()) {
      expect(REAL_DEV_STAT.has(record.dev_stat ?? '')).toBe(true);
      expect(record.dep_id).toBe(String(90_000_001 + index));
      expect(record.url).toBe(`https://mrdata.usgs.gov/mrds/show-mrds.php?dep_id=${record.dep_id}`);
    }
    expect(result.data.some((record) => (record.commod1 ?? '').includes(', '))).toBe(true);
  });

  it('puts about 1 % coordinate defects in: empty, (0, 0) and sign-dropped', () => {
    const rows = 20_000;
    const result = parse(generateMrdsCsv(rows, 1));
    const empty = result.data.filter((r) => r.latitude === '' && r.longitude === '').length;
    const zero = result.data.filter((r) => r.latitude === '0' && r.longitude === '0').length;
    const signDropped = result.data.filter(
      (r) => r.region === 'SA' && Number(r.latitude) > 0 && Number(r.longitude) > 0,
    ).length;
    for (const count of [empty, zero]) {
      expect(count).toBeGreaterThan(rows * 0.001);
      expect(count).toBeLessThan(rows * 0.01);
    }
    expect(signDropped).toBeGreaterThan(0);
  });

  it('streams the same bytes in chunks as it returns whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15_000 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (rows, seed) => {
        const chunks = Array.from(mrdsCsvChunks(rows, seed));
        expect(chunks.join('')).toBe(generateMrdsCsv(rows, seed));
        expect(parse(chunks.join('')).data).toHaveLength(rows);
      }),
      { numRuns: 6 },
    );
  });

  it('rejects a negative or fractional row count', () => {
    expect(() => generateMrdsCsv(-1, 1)).toThrow(RangeError);
    expect(() => generateMrdsCsv(1.5, 1)).toThrow(RangeError);
  });
});
