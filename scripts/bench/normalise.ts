// Benchmark (not a test): normalise a deterministic 300,000-row MRDS-layout file end to end, as a ratio to papaparse
// tokenising the same file into array rows, measured alternately in the same run; plus each side's peak memory.
//   npm run bench:normalise [-- --rows 300000 --runs 3]

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateMrdsCsv } from './generateMrds.ts';
import { measureChild, median, type Measurement } from './measure.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '300000' }, runs: { type: 'string', default: '3' } } });
const rows = Number(values.rows);
const runs = Number(values.runs);
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

const work = mkdtempSync(join(tmpdir(), 'nadra-bench-'));
try {
  const input = join(work, 'mrds.csv');
  writeFileSync(input, generateMrdsCsv(rows, 1));
  const baseline: Measurement[] = [];
  const normalise: Measurement[] = [];
  for (let run = 0; run < runs; run++) {
    baseline.push(measureChild(here('papaparseBaseline.ts'), [input]));
    normalise.push(measureChild(here('normaliseChild.ts'), ['--out', join(work, 'out'), input]));
  }
  const b = median(baseline.map((m) => m.ms));
  const n = median(normalise.map((m) => m.ms));
  console.log(`rows: ${rows}, runs: ${runs} (medians)`);
  console.log(`papaparse to array rows: ${b.toFixed(0)} ms, peak RSS ${Math.max(...baseline.map((m) => m.peakRssMb))} MB`);
  console.log(`normalise end to end:    ${n.toFixed(0)} ms, peak RSS ${Math.max(...normalise.map((m) => m.peakRssMb))} MB`);
  console.log(`ratio normalise / papaparse: ${(n / b).toFixed(2)} (target ≤ 2)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
