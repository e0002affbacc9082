// The deposit map page on its own (scripts/bench/pages/map.html, built with the site's public/ folder) in a scratch
// folder served on 127.0.0.1, with any extra files a test needs beside it.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBenchPages } from '../../scripts/bench/buildPages.ts';
import { startStaticServer } from '../../scripts/serve/staticServer.ts';

export interface MapPageSite {
  url: string;
  close(): Promise<void>;
}

export async function startMapPageSite(extraFiles: Record<string, Uint8Array> = {}): Promise<MapPageSite> {
  const site = mkdtempSync(join(tmpdir(), 'nadra-map-page-'));
  await buildBenchPages(site);
  for (const [name, bytes] of Object.entries(extraFiles)) writeFileSync(join(site, name), bytes);
  const server = await startStaticServer(site);
  return {
    url: server.url,
    async close() {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    },
  };
}
