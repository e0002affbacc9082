// Archive files are stored gzipped or plain; the gzip magic number decides, not the file name.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export function readSnapshotText(path: string): string {
  const bytes = readFileSync(path);
  const gzipped = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** The file's name without its directory, .gz and format extensions. */
export function snapshotStem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.gz$/i, '').replace(/\.(?:geo|topo)?json$/i, '');
}
