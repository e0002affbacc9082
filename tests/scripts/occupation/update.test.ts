// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decodeHistory, encodeHistory } from '../../../src/core/occupation/historyCodec.ts';
import type { OccupationHistory } from '../../../src/core/occupation/history.ts';
import { prepareHistory } from '../../../src/core/occupation/timeline.ts';
import { HISTORY_FILE } from '../../../scripts/occupation/buildHistory.ts';
import { datesAfter, updateOccupation } from '../../../scripts/occupation/update.ts';
import { POINTS, syntheticHistory } from '../../fixtures/occupation-timeline/syntheticHistory.ts';

const FIXTURES = new URL('../../fixtures/occupation-timeline/updates/', import.meta.url);

let server: Server;
let base: string;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const name = (request.url ?? '/').slice(1);
    requested.push(name);
    if (name === 'deepstatemap_data_20240721.geojson') {
      response.writeHead(500, 'Internal Server Error').end();
      return;
    }
    try {
      const body = readFileSync(new URL(name, FIXTURES));
      response.writeHead(200, { 'content-type': 'application/geo+json' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let dir: string;
let historyPath: string;
let originalBytes: Buffer;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nadra-update-'));
  historyPath = join(dir, HISTORY_FILE);
  originalBytes = gzipSync(JSON.stringify(encodeHistory(syntheticHistory())), { level: 9 });
  writeFileSync(historyPath, originalBytes);
  requested.length = 0;
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const source = () => `${base}/deepstatemap_data_{date}.geojson`;
const stored = (): OccupationHistory => decodeHistory(JSON.parse(gunzipSync(readFileSync(historyPath)).toString()));

describe('updateOccupation', () => {
  it('adds each day after the last one, skips and reports a missing day (404)', async () => {
    const result = await updateOccupation({ dir, source: source(), until: '2024-07-18' });
    expect(result.added).toEqual(['2024-07-16', '2024-07-17']);
    expect(result.skipped).toEqual([
      {
        date: '2024-07-18',
        url: `${base}/deepstatemap_data_20240718.geojson`,
        reason: 'no file for this date (HTTP 404)',
      },
    ]);
    expect(result).toMatchObject({ written: true, lastDate: '2024-07-17', warnings: [] });

    const history = stored();
    const before = decodeHistory(encodeHistory(syntheticHistory()));
    expect(history.snapshots.slice(0, before.snapshots.length)).toEqual(before.snapshots);
    expect(history.snapshots.slice(-2).map((s) => [s.date, s.source, s.expresses, s.contested])).toEqual([
      ['2024-07-16', 'deepstate-occupied', ['occupied'], null],
      ['2024-07-17', 'deepstate-occupied', ['occupied'], null],
    ]);
    const timeline = prepareHistory(history).timelineAt(...POINTS.seamOccupied);
    expect(timeline.changes.at(-1)).toEqual({
      to: 'occupied',
      between: ['2024-07-16', '2024-07-17'],
      source: 'Source: DeepStateMap (deepstatemap.live), 2024-07-17',
    });
  });

  it('stops on a malformed file, naming its URL and what is wrong, and leaves the history byte for byte', async () => {
    const update = updateOccupation({ dir, source: source(), until: '2024-07-19' });
    await expect(update).rejects.toThrow(`${base}/deepstatemap_data_20240719.geojson: malformed: not JSON`);
    expect(readFileSync(historyPath).equals(originalBytes)).toBe(true);
  });

  it('stops on an HTTP error other than 404, naming the URL, and leaves the history as it was', async () => {
    writeFileSync(historyPath, gzipSync(JSON.stringify(encodeHistory(withLastDate('2024-07-20')))));
    const bytes = readFileSync(historyPath);
    const update = updateOccupation({ dir, source: source(), until: '2024-07-21' });
    await expect(update).rejects.toThrow(`${base}/deepstatemap_data_20240721.geojson: HTTP 500 Internal Server Error`);
    expect(readFileSync(historyPath).equals(bytes)).toBe(true);
  });

  it('stops when the server cannot be reached (connection refused), leaving the history as it was', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const url = `http://127.0.0.1:${port}/deepstatemap_data_{date}.geojson`;
    const update = updateOccupation({ dir, source: url, until: '2024-07-16', timeoutMs: 5000 });
    await expect(update).rejects.toThrow(`http://127.0.0.1:${port}/deepstatemap_data_20240716.geojson: cannot fetch`);
    await expect(updateOccupation({ dir, source: url, until: '2024-07-16' })).rejects.toThrow(/ECONNREFUSED/);
    expect(readFileSync(historyPath).equals(originalBytes)).toBe(true);
  });

  it('asks for nothing and writes nothing when the history is up to date', async () => {
    const result = await updateOccupation({ dir, source: source(), until: '2024-07-15' });
    expect(result).toEqual({ added: [], skipped: [], warnings: [], lastDate: '2024-07-15', written: false });
    expect(requested).toEqual([]);
    expect(readFileSync(historyPath).equals(originalBytes)).toBe(true);
  });

  it('refuses a source URL without {date}', async () => {
    await expect(updateOccupation({ dir, source: `${base}/latest.geojson`, until: '2024-07-16' })).rejects.toThrow(
      /\{date\}/,
    );
  });
});

describe('datesAfter', () => {
  it('lists the days after the last one up to the end, across months and leap days', () => {
    expect(datesAfter('2024-02-27', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(datesAfter('2024-07-15', '2024-07-15')).toEqual([]);
    expect(datesAfter('2024-07-15', '2024-07-01')).toEqual([]);
  });
});

function withLastDate(date: string): OccupationHistory {
  const history = syntheticHistory();
  history.snapshots[history.snapshots.length - 1]!.date = date;
  return history;
}
