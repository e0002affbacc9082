// Builds the standalone map page and the bare baseline page (scripts/bench/pages/) with Vite into OUT, with the
// site's public/ folder copied in (base map and embedded data), so one static server serves everything.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const PUBLIC = fileURLToPath(new URL('../../public/', import.meta.url));

export async function buildBenchPages(outDir: string): Promise<void> {
  const out = resolve(outDir);
  for (const needed of ['basemap', 'data/explorer/points.bin']) {
    if (!existsSync(join(PUBLIC, needed))) throw new Error(`public/${needed} is missing: run \`npm run data\` first`);
  }
  await build({
    root: PAGES,
    base: '/',
    configFile: false,
    logLevel: 'warn',
    publicDir: PUBLIC,
    build: {
      outDir: out,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: { map: join(PAGES, 'map.html'), bare: join(PAGES, 'bare.html') } },
    },
  });
}
