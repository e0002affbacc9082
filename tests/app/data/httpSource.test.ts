// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { explorerDataFromDeposits } from '../../../src/app/data/fromDeposits.ts';
import { httpSource } from '../../../src/app/data/httpSource.ts';
import { encodeExplorerIndex, encodeExplorerPoints, RECORDS_PER_SHARD } from '../../../src/core/explorer/compact.ts';
import { DEPOSITS, FILE, SHEVCHENKIVSKE } from '../fixture.ts';

const BASE = 'http://127.0.0.1:9/site/';

/** A site whose files are given by path; everything else is a 404 (or, like a development server, the app page). */
function serve(files: Record<string, BodyInit>, missing: 'not-found' | 'page' = 'not-found') {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const path = url.slice(BASE.length);
    requested.push(path);
    const body = files[path];
    if (body !== undefined) return new Response(body, { status: 200 });
    return missing === 'page'
      ? new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } })
      : new Response('not found', { status: 404 });
  });
  return requested;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const data = explorerDataFromDeposits(FILE);
const compactFiles = {
  'data/explorer/points.bin': new Blob([encodeExplorerPoints(data) as Uint8Array<ArrayBuffer>]),
  'data/explorer/index.json': JSON.stringify(encodeExplorerIndex(data)),
};

describe('httpSource', () => {
  it('reads the compact files, and full records from their shard', async () => {
    const requested = serve({
      ...compactFiles,
      'data/records/0.json': JSON.stringify({ schema: 1, first: 0, deposits: DEPOSITS }),
    });
    const source = httpSource(BASE);
    const loaded = await source.explorer();
    expect(loaded.deposits.map((d) => d.id)).toEqual(DEPOSITS.map((d) => d.id));
    expect(loaded.asOf).toBe('2025-06-01');
    expect((await source.record(SHEVCHENKIVSKE))?.name.original).toBe('Шевченківське родовище (літієвих руд)');
    expect(await source.record('mrds:00000000')).toBeNull();
    expect((await source.records([SHEVCHENKIVSKE, 'nowhere', DEPOSITS[0]!.id])).map((d) => d.id)).toEqual([SHEVCHENKIVSKE, DEPOSITS[0]!.id]);
    expect(await source.occupation('2024-01-01')).toBeNull();
    expect(requested.filter((p) => p === 'data/records/0.json')).toHaveLength(1);
    expect(requested).not.toContain('data/deposits.json');
    expect(RECORDS_PER_SHARD).toBeGreaterThan(DEPOSITS.length);
  });

  it('falls back to deposits.json where the compact files or shards are missing, also behind a development server', async () => {
    for (const missing of ['not-found', 'page'] as const) {
      const requested = serve({ 'data/deposits.json': JSON.stringify(FILE) }, missing);
      const source = httpSource(BASE);
      expect((await source.explorer()).deposits).toHaveLength(52);
      expect((await source.record(SHEVCHENKIVSKE))?.id).toBe(SHEVCHENKIVSKE);
      expect(requested.filter((p) => p === 'data/deposits.json')).toHaveLength(1);
    }
  });

  it('reports a server error instead of falling back', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 503 }));
    await expect(httpSource(BASE).explorer()).rejects.toThrow('HTTP 503');
  });
});
