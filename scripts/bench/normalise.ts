// Benchmark (not a test): normalise a deterministic 300,000-row MRDS-layout file end to end, as a ratio to papaparse
// tokenising the same file into array rows, measured alternately in the same run; plus each side's peak memory.
// Measured with the command's defaults (linking, occupation enrichment) and reading alone (--no-link --occupation
// none), so the cost of each stage is visible; and writing the outputs alone, from deposits read untimed: the part
// of the time that the output contract (three full copies of the data, ~9× the input's bytes) costs by itself.
//   npm run bench:normalise [-- --rows 300000 --runs 3]

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureChild, median, rowsAndRuns, withGeneratedMrds, type Measurement } from './measure.ts';

const { rows, runs } = rowsAndRuns();
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

withGeneratedMrds(rows, (input, work) => {
  const variants = {
    'normalise, defaults': ['--out', join(work, 'out'), input],
    'normalise, reading only': ['--out', join(work, 'out'), '--no-link', '--occupation', 'none', input],
  };
  const writingOnly: Measurement[] = [];
  const baseline: Measurement[] = [];
  const measured = new Map<string, Measurement[]>(Object.keys(variants).map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    baseline.push(measureChild(here('papaparseBaseline.ts'), [input]));
    for (const [name, args] of Object.entries(variants)) measured.get(name)!.push(measureChild(here('normaliseChild.ts'), args));
    writingOnly.push(measureChild(here('writeOutputsChild.ts'), [join(work, 'out'), input]));
  }
  const b = median(baseline.map((m) => m.ms));
  const peak = (ms: Measurement[]) => Math.max(...ms.map((m) => m.peakRssMb));
  console.log(`rows: ${rows}, runs: ${runs} (medians)`);
  console.log(`papaparse to array rows:  ${b.toFixed(0).padStart(6)} ms, peak RSS ${peak(baseline)} MB`);
  for (const [name, ms] of measured) {
    const n = median(ms.map((m) => m.ms));
    console.log(`${(name + ':').padEnd(25)} ${n.toFixed(0).padStart(6)} ms, peak RSS ${peak(ms)} MB, ratio ${(n / b).toFixed(2)} (target ≤ 2)`);
  }
  const w = median(writingOnly.map((m) => m.ms));
  console.log(`${'writing the outputs only:'.padEnd(25)} ${w.toFixed(0).padStart(6)} ms, ratio ${(w / b).toFixed(2)} (the floor under both)`);
});
