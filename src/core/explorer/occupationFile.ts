// Reading the shipped occupation history (data/explorer/occupation.json.gz: the history codec's JSON, gzipped).
// Uses the standard DecompressionStream, present in browsers and in Node ≥ 18. A server that sends the file with
// `Content-Encoding: gzip` hands over bytes already inflated, so the gzip header decides.

import { decodeHistory, type EncodedHistory } from '../occupation/historyCodec.ts';
import type { OccupationHistory } from '../occupation/history.ts';

const isGzip = (bytes: Uint8Array) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

export async function decodeOccupationFile(buffer: ArrayBuffer): Promise<OccupationHistory> {
  const bytes = new Uint8Array(buffer);
  const json = isGzip(bytes)
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return decodeHistory(JSON.parse(json) as EncodedHistory);
}
