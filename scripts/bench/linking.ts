// Benchmark (not a test): normalise a deterministic 300,000-row MRDS-layout file end to end with linking, as a ratio
// to the same run with --no-link, measured alternately in the same run (target ≤ 1.5); plus each side's peak memory.
//   npm run bench:linking [-- --rows 300000 --runs 3]

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureChild, median, rowsAndRuns, withGeneratedMrds, type Measurement } from './measure.ts';

const { rows, runs } = rowsAndRuns();
const child = fileURLToPath(new URL('normaliseChild.ts', import.meta.url));

withGeneratedMrds(rows, (input, work) => {
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
});
