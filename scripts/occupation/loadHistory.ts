// Reads a built occupation history (gzipped or plain JSON in the compact form) into memory.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { OccupationHistory } from '../../src/core/occupation/history.ts';
import { decodeHistory, type EncodedHistory } from '../../src/core/occupation/historyCodec.ts';

export const EMBEDDED_HISTORY = fileURLToPath(new URL('../../data/occupation/history.json.gz', import.meta.url));

/** path: the history file, or a folder holding history.json.gz; default the embedded history in data/occupation. */
export function loadHistory(path: string = EMBEDDED_HISTORY): OccupationHistory {
  const file = statSync(path).isDirectory() ? join(path, 'history.json.gz') : path;
  const bytes = readFileSync(file);
  const gzipped = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
  return decodeHistory(JSON.parse(text) as EncodedHistory);
}
