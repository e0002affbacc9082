// @vitest-environment node
// Golden tests: each format's fixtures through the whole pipeline, every output compared with a reviewed file.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlaces } from '../../../scripts/geo/places.ts';
import { OUTPUT_FILES, writeOutputs } from '../../../scripts/normalise/outputs.ts';
import { normaliseInputs } from '../../../scripts/normalise/run.ts';
import type { ColumnMap } from '../../../scripts/normalise/columns.ts';

const places = loadPlaces();
const work = mkdtempSync(join(tmpdir(), 'nadra-golden-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CASES: { name: string; files: string[]; columns?: ColumnMap }[] = [
  { name: 'pp1802', files: ['tests/fixtures/pp1802/pp1802-sample.csv', 'tests/fixtures/pp1802/pp1802-shp-sample.csv'] },
  {
    name: 'mrds',
    files: ['tests/fixtures/mrds/mrds-44.csv', 'tests/fixtures/mrds/mrds-45-url.csv', 'tests/fixtures/mrds/mrds-46-score.csv'],
  },
  {
    name: 'ua-register',
    files: [
      'tests/fixtures/ua-register/register-cp1251.csv',
      'tests/fixtures/ua-register/register-russian-utf8.csv',
      'tests/fixtures/ua-register/register-combined-coords.csv',
      'tests/fixtures/ua-register/register-bad.csv',
      'tests/fixtures/ua-register/empty.csv',
      'tests/fixtures/ua-register/header-only.csv',
      'tests/fixtures/ua-register/utf16.csv',
      'tests/fixtures/ua-register/not-a-table.xlsx',
      'tests/fixtures/ua-register/unknown-header.csv',
    ],
  },
  {
    name: 'ua-register-columns',
    files: ['tests/fixtures/ua-register/register-unusual-columns.csv'],
    columns: JSON.parse(readFileSync('tests/fixtures/ua-register/register-unusual-columns.columns.json', 'utf8')),
  },
];

describe.each(CASES)('$name fixtures', ({ name, files, columns }) => {
  const inputs = files.map((path) => ({ path, bytes: readFileSync(path) }));
  const result = normaliseInputs(inputs, { format: null, columns: columns ?? {}, places });
  const out = join(work, name);
  writeOutputs(out, result);

  it.each(OUTPUT_FILES)('%s matches the reviewed output', async (file) => {
    await expect(readFileSync(join(out, file), 'utf8')).toMatchFileSnapshot(`golden/${name}/${file}`);
  });

  it('accounts for every row of every file', () => {
    for (const file of result.report.files) expect(file.rowsIn).toBe(file.rowsOut + file.rowsRejected);
    const rejectedLines = new Set(
      result.issues.filter((issue) => issue.severity === 'error' && issue.line > 0).map((i) => `${i.file}:${i.line}`),
    );
    const rejected = result.report.files.reduce((n, file) => n + file.rowsRejected, 0);
    expect(rejectedLines.size).toBeGreaterThanOrEqual(rejected);
    for (const deposit of result.deposits) {
      const source = deposit.sources[0]!;
      expect(rejectedLines.has(`${source.file}:${source.line}`)).toBe(false);
    }
  });

  it('gives byte-identical outputs for the same inputs', () => {
    const again = join(work, `${name}-again`);
    writeOutputs(again, normaliseInputs(inputs, { format: null, columns: columns ?? {}, places }));
    for (const file of OUTPUT_FILES) {
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file)))).toBe(true);
    }
  });
});
