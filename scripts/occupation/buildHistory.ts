// Builds the compact occupation history from a folder of archives (a developer's build step; see
// data/occupation/README.md). ISW files are merged only when given with --isw, for a user's own build: nothing built
// from them may be published.
//
//   tsx scripts/occupation/buildHistory.ts --archives DIR --out DIR [--isw DIR] [--tolerance METRES] [--verify N]

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import type { OccupationHistory } from '../../src/core/occupation/history.ts';
import { decodeHistory, encodeHistory, type EncodedHistory } from '../../src/core/occupation/historyCodec.ts';
import { assembleHistory } from './assembleHistory.ts';
import { boundaryDeviationMetres } from './boundaryDeviation.ts';
import { importDeepStateOccupiedFile } from './deepstateOccupied.ts';
import { importDeepStateRawFile } from './deepstateRaw.ts';
import type { ImportedSnapshot } from './importedSnapshot.ts';
import { importIswFolder } from './isw.ts';
import { snapshotStem } from './readSnapshotFile.ts';
import { countIssues, issuesTsv, type SnapshotIssue } from './snapshotIssues.ts';

export const HISTORY_FILE = 'history.json.gz';
export const DEFAULT_TOLERANCE_METRES = 20;
const GZIP_LEVEL = 9;

const RAW_FILE = /^\d{9,11}\.geojson(?:\.gz)?$/;
const OCCUPIED_FILE = /^deepstatemap_data_\d{8}\.geojson(?:\.gz)?$/;

/**
 * The archive's files matching the name pattern, minus those its dates.tsv marks as kept for reference only
 * (matched by name without .gz and format extensions, so a decompressed copy is recognised too).
 */
export function listArchive(dir: string, pattern: RegExp): string[] {
  const referenceOnly = new Set<string>();
  const datesFile = join(dir, 'dates.tsv');
  if (existsSync(datesFile)) {
    const [header = '', ...rows] = readFileSync(datesFile, 'utf8').split('\n');
    const columns = header.split('\t');
    const fileAt = columns.indexOf('file');
    const selectionAt = columns.indexOf('selection');
    for (const row of rows) {
      const cells = row.split('\t');
      if (/reference only/i.test(cells[selectionAt] ?? '')) referenceOnly.add(snapshotStem(cells[fileAt] ?? ''));
    }
  }
  return readdirSync(dir)
    .filter((name) => pattern.test(name) && !referenceOnly.has(snapshotStem(name)))
    .sort()
    .map((name) => join(dir, name));
}

export interface BuildOptions {
  archives: string; // holds deepstate-raw/ and, optionally, deepstate-occupied/
  isw?: string;
  toleranceMetres?: number;
}

export interface BuildResult {
  history: OccupationHistory;
  encoded: EncodedHistory;
  gzipped: Uint8Array;
  imported: ImportedSnapshot[];
  issues: SnapshotIssue[];
}

export function buildHistory(options: BuildOptions): BuildResult {
  const rawDir = join(options.archives, 'deepstate-raw');
  const occupiedDir = join(options.archives, 'deepstate-occupied');
  const deepstateRaw = listArchive(rawDir, RAW_FILE).map((path) => importDeepStateRawFile(path));
  const deepstateOccupied = existsSync(occupiedDir)
    ? listArchive(occupiedDir, OCCUPIED_FILE).map(importDeepStateOccupiedFile)
    : [];
  const isw = options.isw ? importIswFolder(options.isw) : [];
  const history = assembleHistory({ deepstateRaw, deepstateOccupied, isw });
  const encoded = encodeHistory(history, { toleranceMetres: options.toleranceMetres ?? DEFAULT_TOLERANCE_METRES });
  const gzipped = gzipSync(JSON.stringify(encoded), { level: GZIP_LEVEL });
  const imported = [...deepstateRaw, ...deepstateOccupied, ...isw];
  return { history, encoded, gzipped, imported, issues: imported.flatMap((s) => s.issues) };
}

/**
 * Largest boundary deviation, in metres, between the built and the stored geometry of every step-th snapshot.
 * Rings with fewer than three distinct points on the 1/scale° grid (slivers of a few metres) vanish on purpose and
 * are not measured.
 */
export function maxDeviationMetres(
  history: OccupationHistory,
  stored: OccupationHistory,
  step: number,
  scale: number,
): number {
  let worst = 0;
  for (let i = 0; i < history.snapshots.length; i += step) {
    const a = history.snapshots[i]!;
    const b = stored.snapshots[i]!;
    for (const field of ['occupied', 'contested', 'liberated'] as const) {
      const original = (a[field]?.coordinates ?? []).map((p) => p.filter((ring) => survivesGrid(ring, scale)));
      const kept = b[field]?.coordinates ?? [];
      if (original.length > 0 || kept.length > 0) worst = Math.max(worst, boundaryDeviationMetres(original, kept));
    }
  }
  return worst;
}

function survivesGrid(ring: readonly Position[], scale: number): boolean {
  const distinct = new Set(ring.map((p) => `${Math.round(p[0]! * scale)},${Math.round(p[1]! * scale)}`));
  return distinct.size >= 3;
}

function writeAtomically(path: string, data: string | Uint8Array) {
  writeFileSync(`${path}.tmp`, data);
  renameSync(`${path}.tmp`, path);
}

function main() {
  const { values } = parseArgs({
    options: {
      archives: { type: 'string' },
      out: { type: 'string' },
      isw: { type: 'string' },
      tolerance: { type: 'string' },
      verify: { type: 'string' },
    },
  });
  if (!values.archives || !values.out) {
    console.error('usage: buildHistory --archives DIR --out DIR [--isw DIR] [--tolerance METRES] [--verify STEP]');
    process.exit(2);
  }
  const started = performance.now();
  const result = buildHistory({
    archives: values.archives,
    isw: values.isw,
    toleranceMetres: values.tolerance === undefined ? undefined : Number(values.tolerance),
  });
  const built = performance.now();
  const archives = resolve(values.archives);
  const relativeIssues = result.issues.map((i) => ({ ...i, file: relative(archives, resolve(i.file)) }));
  mkdirSync(values.out, { recursive: true });
  writeAtomically(join(values.out, HISTORY_FILE), result.gzipped);
  writeAtomically(join(values.out, 'issues.tsv'), issuesTsv(relativeIssues));
  const { snapshots } = result.history;
  console.log(`snapshots: ${snapshots.length} (${snapshots[0]?.date} → ${snapshots.at(-1)?.date})`);
  const { arcs, rings, polygons } = result.encoded;
  console.log(`arcs: ${arcs.length}, rings: ${rings.length}, polygons: ${polygons.length}`);
  console.log(`${HISTORY_FILE}: ${result.gzipped.length} bytes; built in ${((built - started) / 1000).toFixed(1)} s`);
  console.log(`issues: ${countIssues(result.issues).map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
  if (values.verify) {
    const stored = decodeHistory(result.encoded);
    const deviation = maxDeviationMetres(result.history, stored, Number(values.verify), result.encoded.scale);
    console.log(`max boundary deviation (every ${values.verify}th snapshot): ${deviation.toFixed(1)} m`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
