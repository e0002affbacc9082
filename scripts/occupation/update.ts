// Extends the embedded occupation history with the daily occupied-area files published after its last date
// (DeepStateMap's occupied area as extracted by github.com/cyterat/deepstate-map-data; see data/occupation/README.md).
// Every file is fetched and imported before anything is written, and the history is replaced in one rename: a failed
// update leaves it byte for byte as it was. A date without a file (HTTP 404) is skipped and reported: the upstream
// misses some days.

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { OccupationHistory, Snapshot } from '../../src/core/occupation/history.ts';
import { decodeHistory, encodeHistory, type EncodedHistory } from '../../src/core/occupation/historyCodec.ts';
import { toSnapshot } from './assembleHistory.ts';
import { HISTORY_FILE } from './buildHistory.ts';
import { parseDeepStateOccupied } from './deepstateOccupied.ts';
import { SOURCE_NOTICES } from './sourceNotices.ts';

/** `{date}` stands for the date as YYYYMMDD. */
export const DEFAULT_SOURCE =
  'https://raw.githubusercontent.com/cyterat/deepstate-map-data/main/data/deepstatemap_data_{date}.geojson';
export const SOURCE_ENV = 'NADRA_OCCUPATION_SOURCE';
export const DEFAULT_TIMEOUT_MS = 30_000;
const GZIP_LEVEL = 9;
const DAY_MS = 86_400_000;

export interface UpdateOptions {
  /** Folder holding the history file (data/occupation). */
  dir: string;
  /** URL template with `{date}`. */
  source?: string;
  /** Last date to fetch, YYYY-MM-DD; today (UTC) by default. */
  until?: string;
  timeoutMs?: number;
}

export interface SkippedDate {
  date: string;
  url: string;
  reason: string;
}

export interface UpdateResult {
  added: string[];
  skipped: SkippedDate[];
  /** Problems inside files that were still imported (a feature without geometry, …), one line each. */
  warnings: string[];
  lastDate: string;
  written: boolean;
}

export class UpdateError extends Error {}

export async function updateOccupation(options: UpdateOptions): Promise<UpdateResult> {
  const source = options.source ?? DEFAULT_SOURCE;
  if (!source.includes('{date}')) throw new UpdateError(`the source URL must contain {date}: ${source}`);
  const until = options.until ?? new Date().toISOString().slice(0, 10);
  if (!isDate(until)) throw new UpdateError(`--until must be a date, YYYY-MM-DD: ${until}`);
  const path = join(options.dir, HISTORY_FILE);
  const encoded = readHistory(path);
  const history = decodeHistory(encoded);
  const lastKnown = history.snapshots[history.snapshots.length - 1]?.date;
  if (!lastKnown) throw new UpdateError(`${path}: the history has no snapshots`);

  const added: Snapshot[] = [];
  const skipped: SkippedDate[] = [];
  const warnings: string[] = [];
  for (const date of datesAfter(lastKnown, until)) {
    const url = source.replaceAll('{date}', date.replaceAll('-', ''));
    const text = await fetchText(url, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if (text === null) {
      skipped.push({ date, url, reason: 'no file for this date (HTTP 404)' });
      continue;
    }
    added.push(importSnapshot(text, url, date, warnings));
  }

  const result = { added: added.map((s) => s.date), skipped, warnings, lastDate: lastKnown, written: false };
  if (added.length === 0) return result;
  const extended = extend(history, added);
  const bytes = gzipSync(JSON.stringify(encodeHistory(extended, { scale: encoded.scale })), { level: GZIP_LEVEL });
  writeFileSync(`${path}.tmp`, bytes);
  renameSync(`${path}.tmp`, path);
  return { ...result, lastDate: added[added.length - 1]!.date, written: true };
}

function readHistory(path: string): EncodedHistory {
  try {
    return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as EncodedHistory;
  } catch (error) {
    throw new UpdateError(`${path}: cannot read the occupation history: ${(error as Error).message}`);
  }
}

export function isDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

/** Every date after `last`, up to and including `until`. */
export function datesAfter(last: string, until: string): string[] {
  const dates: string[] = [];
  for (let t = Date.parse(`${last}T00:00:00Z`) + DAY_MS; t <= Date.parse(`${until}T00:00:00Z`); t += DAY_MS) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

/** The body of a 200 answer; null for a 404; an UpdateError for anything else. */
async function fetchText(url: string, timeoutMs: number): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new UpdateError(`${url}: cannot fetch: ${fetchFailure(error, timeoutMs)}`);
  }
  if (response.status === 404) {
    await response.body?.cancel();
    return null;
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new UpdateError(`${url}: HTTP ${response.status} ${response.statusText}`.trimEnd());
  }
  try {
    return await response.text();
  } catch (error) {
    throw new UpdateError(`${url}: the download broke off: ${fetchFailure(error, timeoutMs)}`);
  }
}

function fetchFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const detail = cause?.code ?? cause?.message;
  const message = error instanceof Error ? error.message : String(error);
  return detail ? `${message} (${detail})` : message;
}

function importSnapshot(text: string, url: string, date: string, warnings: string[]): Snapshot {
  const imported = parseDeepStateOccupied(text, url, date);
  const unreadable = imported.issues.find((i) => i.code === 'unreadable-file');
  if (unreadable) throw new UpdateError(`${url}: malformed: ${unreadable.message}`);
  if ((imported.areas.occupied ?? []).length === 0) {
    const why = imported.issues.map((i) => i.message).join('; ');
    throw new UpdateError(`${url}: malformed: no occupied area in the file${why ? ` (${why})` : ''}`);
  }
  for (const issue of imported.issues) warnings.push(`${url}: ${issue.code}: ${issue.message}`);
  return toSnapshot(imported, false);
}

function extend(history: OccupationHistory, snapshots: readonly Snapshot[]): OccupationHistory {
  const sources = history.sources.some((s) => s.id === 'deepstate-occupied')
    ? history.sources
    : [...history.sources, { ...SOURCE_NOTICES['deepstate-occupied'] }];
  return { sources, snapshots: [...history.snapshots, ...snapshots] };
}
