// The explorer's files beside the embedded dataset: OUT/explorer/{points.bin, index.json, occupation.json.gz} and
// the full records in shards, OUT/records/<n>.json (RECORDS_PER_SHARD deposits each, by index). Written into a
// staging folder and renamed into place, so a failed run leaves the previous files; same input, same bytes.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Deposit } from '../../src/core/deposit.ts';
import {
  encodeExplorerIndex,
  encodeExplorerPoints,
  RECORDS_PER_SHARD,
  toExplorerData,
  type RecordShard,
} from '../../src/core/explorer/compact.ts';
import { decodeHistory, type EncodedHistory } from '../../src/core/occupation/historyCodec.ts';

/** The embedded occupation history (scripts/occupation/buildHistory.ts writes it). */
export const EMBEDDED_HISTORY = fileURLToPath(new URL('../../data/occupation/history.json.gz', import.meta.url));

const FOLDERS = ['explorer', 'records'] as const;

export interface ExplorerOutput {
  points: number; // bytes
  index: number;
  shards: number;
  history: boolean;
}

export function writeExplorerData(
  outDir: string,
  deposits: readonly Deposit[],
  occupation: { asOf: string | null; source: string | null } | null,
  historyFile: string = EMBEDDED_HISTORY,
): ExplorerOutput {
  assertSortedById(deposits);
  const data = toExplorerData(deposits, occupation?.asOf ?? null, occupation?.source ?? null);
  const points = encodeExplorerPoints(data);
  const index = JSON.stringify(encodeExplorerIndex(data));
  const history = existsSync(historyFile) ? readCheckedHistory(historyFile) : null;

  const target = resolve(outDir);
  mkdirSync(target, { recursive: true });
  const staging = mkdtempSync(join(target, '.explorer.partial-'));
  try {
    mkdirSync(join(staging, 'explorer'));
    mkdirSync(join(staging, 'records'));
    writeFileSync(join(staging, 'explorer', 'points.bin'), points);
    writeFileSync(join(staging, 'explorer', 'index.json'), index);
    if (history) writeFileSync(join(staging, 'explorer', 'occupation.json.gz'), history);
    const shards = Math.ceil(deposits.length / RECORDS_PER_SHARD);
    for (let shard = 0; shard < shards; shard++) {
      const first = shard * RECORDS_PER_SHARD;
      const content: RecordShard = { schema: 1, first, deposits: deposits.slice(first, first + RECORDS_PER_SHARD) };
      writeFileSync(join(staging, 'records', `${shard}.json`), JSON.stringify(content));
    }
    for (const folder of FOLDERS) {
      rmSync(join(target, folder), { recursive: true, force: true });
      renameSync(join(staging, folder), join(target, folder));
    }
    return { points: points.length, index: Buffer.byteLength(index), shards, history: history !== null };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** An index must mean the same deposit in deposits.json and in the explorer's files. */
function assertSortedById(deposits: readonly Deposit[]) {
  for (let i = 1; i < deposits.length; i++) {
    if (!(deposits[i - 1]!.id < deposits[i]!.id)) {
      throw new Error(`deposits must be sorted by id, without repeats: "${deposits[i - 1]!.id}" before "${deposits[i]!.id}"`);
    }
  }
}

/** The history's bytes as built, once they are known to decode. */
function readCheckedHistory(path: string): Uint8Array {
  const bytes = readFileSync(path);
  decodeHistory(JSON.parse(gunzipSync(bytes).toString('utf8')) as EncodedHistory);
  return bytes;
}
