// Benchmark (not a test): normalise a deterministic 300,000-row MRDS-layout file end to end with linking, as a ratio
// to the same run with --no-link, measured alternately in the same run (target ≤ 1.5); plus each side's peak memory.
//   npm run bench:linking [-- --rows 300000 --runs 3]

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
const child = fileURLToPath(new URL('normaliseChild.ts', import.meta.url));

const work = mkdtempSync(join(tmpdir(), 'nadra-bench-'));
try {
  const input = join(work, 'mrds.csv');
  writeFileSync(input, generateMrdsCsv(rows, 1));
  const unlinked: Measurement[] = [];
  const linked: Measurement[] = [];
  for (let run = 0; run < runs; run++) {
    unlinked.push(measureChild(child, ['--no-link', '--out', join(work, 'unlinked'), input]));
    linked.push(measureChild(child, ['--out', join(work, 'linked'), input]));
  }
  const u = median(unlinked.map((m) => m.ms));
  const l = median(linked.map((m) => m.ms));
  console.log(`rows: ${rows}, runs: ${runs} (medians)`);
  console.log(`normalise --no-link:  ${u.toFixed(0)} ms, peak RSS ${Math.max(...unlinked.map((m) => m.peakRssMb))} MB`);
  console.log(`normalise (linking): ${l.toFixed(0)} ms, peak RSS ${Math.max(...linked.map((m) => m.peakRssMb))} MB`);
  console.log(`ratio linking / no linking: ${(l / u).toFixed(2)} (target ≤ 1.5)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
