// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { writeExplorerData } from '../../../scripts/data/explorer.ts';
import { singleSourceDeposit, unknownOccupation, type Deposit } from '../../../src/core/deposit.ts';
import { decodeExplorerData, decodeExplorerPoints, recordShardOf, type ExplorerIndex, type RecordShard } from '../../../src/core/explorer/compact.ts';
import { decodeOccupationFile } from '../../../src/core/explorer/occupationFile.ts';
import { encodeHistory } from '../../../src/core/occupation/historyCodec.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nadra-explorer-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** n deposits sorted by id, as deposits.json holds them. */
function deposits(n: number): Deposit[] {
  return Array.from({ length: n }, (_, i) =>
    singleSourceDeposit({
    id: `pp1802:${String(i).padStart(5, '0')}`,
    name: { original: `Deposit ${i}`, latin: null },
    minerals: [{ id: i % 2 ? 'lithium' : 'titanium', asWritten: 'x' }],
    location: i % 7 ? { lat: 48 + i / 1000, lon: 30 + i / 1000, precision: 'approximate' } : null,
    country: 'UA',
    oblast: null,
    adminArea: null,
    devStatus: { id: 'unknown', asWritten: null },
    reserves: [],
    occupation: unknownOccupation(),
    sources: [{ dataset: 'pp1802', file: 'data/usgs/pp1802-critical-minerals-global.csv', line: i + 2, recordId: String(i), url: null }],
    }),
  );
}

const arrayBuffer = (bytes: Buffer) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('writeExplorerData', () => {
  it('writes points, index and record shards a deposit can be found in by its index', () => {
    const out = tempDir();
    const all = deposits(1203);
    const written = writeExplorerData(out, all, null, join(out, 'no-history.json.gz'));
    expect(written).toMatchObject({ points: 16 + 11 * 1203, shards: 3, history: false });
    expect(readdirSync(join(out, 'records')).sort()).toEqual(['0.json', '1.json', '2.json']);
    for (const index of [0, 499, 500, 1202]) {
      const shard = JSON.parse(readFileSync(join(out, 'records', `${recordShardOf(index)}.json`), 'utf8')) as RecordShard;
      expect(shard.deposits[index - shard.first]).toEqual(all[index]);
    }
    const points = decodeExplorerPoints(arrayBuffer(readFileSync(join(out, 'explorer', 'points.bin'))));
    const index = JSON.parse(readFileSync(join(out, 'explorer', 'index.json'), 'utf8')) as ExplorerIndex;
    const data = decodeExplorerData(points, index);
    expect(data.deposits.map((d) => d.id)).toEqual(all.map((d) => d.id));
    expect(data.deposits[7]!.lat).toBeNull();
    expect(existsSync(join(out, 'explorer', 'occupation.json.gz'))).toBe(false);
  });

  it('gives the same bytes for the same deposits, and drops shards a smaller dataset no longer has', () => {
    const a = tempDir();
    const b = tempDir();
    writeExplorerData(a, deposits(1203), null, join(a, 'none'));
    writeExplorerData(b, deposits(1203), null, join(b, 'none'));
    for (const file of ['explorer/points.bin', 'explorer/index.json', 'records/2.json']) {
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file)))).toBe(true);
    }
    writeExplorerData(a, deposits(10), null, join(a, 'none'));
    expect(readdirSync(join(a, 'records'))).toEqual(['0.json']);
  });

  it('ships the occupation history the client can decode', async () => {
    const out = tempDir();
    const history = {
      sources: [{ id: 'baseline' as const, name: 'Baseline', attribution: 'Baseline', terms: 't' }],
      snapshots: [
        {
          date: '2022-02-23',
          source: 'baseline' as const,
          expresses: ['occupied' as const],
          occupied: { type: 'MultiPolygon' as const, coordinates: [[[[33, 45], [34, 45], [34, 46], [33, 45]]]] },
          contested: null,
          occupiedBefore2022: null,
        },
      ],
    };
    const file = join(out, 'history.json.gz');
    writeFileSync(file, gzipSync(JSON.stringify(encodeHistory(history))));
    expect(writeExplorerData(out, deposits(3), { asOf: '2022-02-23', source: 'Baseline' }, file).history).toBe(true);
    const shipped = readFileSync(join(out, 'explorer', 'occupation.json.gz'));
    expect(shipped.equals(readFileSync(file))).toBe(true);
    expect(await decodeOccupationFile(arrayBuffer(shipped))).toEqual(history);
  });

  it('refuses deposits out of id order, since an index must mean the same deposit everywhere', () => {
    const out = tempDir();
    expect(() => writeExplorerData(out, deposits(3).reverse(), null, join(out, 'none'))).toThrow(/sorted by id/);
  });
});
