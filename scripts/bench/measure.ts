// Shared by the benchmarks: run a measured task in a child process (so each has its own peak memory) and report.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateMrdsCsv } from './generateMrds.ts';

export interface Measurement {
  ms: number;
  peakRssMb: number;
}

const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

/** Runs `script args…` under tsx; the script prints one JSON line `{"ms":…}` as its last line of output. */
export function measureChild(script: string, args: readonly string[]): Measurement {
  const child = spawnSync(process.execPath, [TSX, script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`${script} failed (${child.status}):\n${child.stderr}`);
  const last = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as Measurement;
}

/** Printed by a child at its end: the time of its measured work and its own peak resident memory. */
export function reportChild(ms: number): void {
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ms: Math.round(ms), peakRssMb: Math.round(peakRssMb) }));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `--rows N --runs K` of the normalise benchmarks. */
export function rowsAndRuns(): { rows: number; runs: number } {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '300000' }, runs: { type: 'string', default: '3' } } });
  return { rows: Number(values.rows), runs: Number(values.runs) };
}

/** Runs `task` on a deterministic MRDS-layout file of `rows` rows (seed 1) in a scratch folder, removed afterwards. */
export function withGeneratedMrds(rows: number, task: (input: string, work: string) => void): void {
  const work = mkdtempSync(join(tmpdir(), 'nadra-bench-'));
  try {
    const input = join(work, 'mrds.csv');
    writeFileSync(input, generateMrdsCsv(rows, 1));
    task(input, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
