// Benchmark (not a test): 300,000 deterministic points (a tenth inside Ukraine's box, 44–52.5°N 22–40.5°E, the rest
// anywhere on Earth) classified against the whole embedded occupation history (status, changes, pre-2022 area);
// compared, in the same run, with a plain ray-casting loop over the same points and the latest snapshot only.
// Target: under 5 s for the whole history.
//   npm run bench:occupation [-- --points 300000 --seed 1 --history FILE]

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { ringsContain } from '../../src/core/geometry/pointInPolygon.ts';
import { decodeHistory, type EncodedHistory } from '../../src/core/occupation/historyCodec.ts';
import type { OccupationHistory } from '../../src/core/occupation/history.ts';
import { prepareHistory } from '../../src/core/occupation/timeline.ts';
import { mulberry32 } from './generateMrds.ts';

const DEFAULT_HISTORY = fileURLToPath(new URL('../../data/occupation/history.json.gz', import.meta.url));
const UKRAINE_BOX = { west: 22, south: 44, east: 40.5, north: 52.5 } as const;

const { values } = parseArgs({
  options: {
    points: { type: 'string', default: '300000' },
    seed: { type: 'string', default: '1' },
    history: { type: 'string', default: DEFAULT_HISTORY },
  },
});

function makePoints(count: number, seed: number): Float64Array {
  const random = mulberry32(seed);
  const points = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    const inUkraine = i % 10 === 0;
    points[2 * i] = inUkraine ? UKRAINE_BOX.west + random() * (UKRAINE_BOX.east - UKRAINE_BOX.west) : random() * 360 - 180;
    points[2 * i + 1] = inUkraine
      ? UKRAINE_BOX.south + random() * (UKRAINE_BOX.north - UKRAINE_BOX.south)
      : (Math.asin(2 * random() - 1) * 180) / Math.PI;
  }
  return points;
}

// Peak resident memory: the kernel's high-water mark where there is one, else the largest sample taken.
let sampledPeak = 0;
function sampleMemory(): void {
  sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
}
function peakMemoryMb(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux: fall back to the samples
  }
  return sampledPeak / 1024 / 1024;
}

function loadHistory(path: string): OccupationHistory {
  return decodeHistory(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as EncodedHistory);
}

const count = Number(values.points);
const points = makePoints(count, Number(values.seed));
const history = loadHistory(values.history);
const { snapshots } = history;
sampleMemory();

const started = performance.now();
const prepared = prepareHistory(history);
const preparedAt = performance.now();
sampleMemory();
const latest: Record<string, number> = { occupied: 0, contested: 0, 'not-occupied': 0 };
let changes = 0;
for (let i = 0; i < count; i++) {
  const timeline = prepared.timelineAt(points[2 * i]!, points[2 * i + 1]!);
  latest[timeline.latest]!++;
  changes += timeline.changes.length;
  if (i % 50_000 === 0) sampleMemory();
}
const finished = performance.now();

const plainStarted = performance.now();
const polygons = snapshots[snapshots.length - 1]!.occupied.coordinates;
let plainOccupied = 0;
for (let i = 0; i < count; i++) {
  const lon = points[2 * i]!;
  const lat = points[2 * i + 1]!;
  if (polygons.some((rings) => ringsContain(rings, lon, lat))) plainOccupied++;
}
const plainMs = performance.now() - plainStarted;
sampleMemory();

const wholeMs = finished - started;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `${count} points (${Math.ceil(count / 10)} in Ukraine's box), history of ${snapshots.length} snapshots ` +
    `(${snapshots[0]!.date} → ${snapshots[snapshots.length - 1]!.date})`,
);
console.log(`whole history: ${seconds(wholeMs)} (prepare ${seconds(preparedAt - started)}, classify ${seconds(finished - preparedAt)}); target < 5 s`);
console.log(`plain ray casting, latest snapshot only: ${seconds(plainMs)}`);
console.log(`ratio whole history / plain latest: ${(wholeMs / plainMs).toFixed(2)}`);
console.log(`peak memory: ${peakMemoryMb().toFixed(0)} MB`);
console.log(
  `latest status: occupied ${latest.occupied} (plain loop: ${plainOccupied}), contested ${latest.contested}, ` +
    `not occupied ${latest['not-occupied']}; changes: ${changes}`,
);
