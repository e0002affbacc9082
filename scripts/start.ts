// npm start: build the embedded data when its inputs changed, build the site, and serve it on 127.0.0.1.
//   PORT=8080 npm start   (default 4173)

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startStaticServer } from './serve/staticServer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

// What public/data is made from: the embedded inputs and the code that turns them into it.
const DATA_INPUTS = ['data', 'scripts', 'src/core', 'package-lock.json'];
const STAMP = 'public/data/.inputs-hash';

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of DATA_INPUTS.flatMap(filesUnder)) hash.update(relative(root, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

const hash = inputsHash();
if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) {
  console.log('public/data is up to date with data/ and the pipeline');
} else {
  const data = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data.ts'], { stdio: 'inherit' });
  if (data.status !== 0) process.exit(data.status ?? 1);
  writeFileSync(STAMP, hash);
}

await build({ logLevel: 'warn' });
const server = await startStaticServer('dist', Number(process.env.PORT ?? 4173));
console.log(`Nadra explorer: ${server.url}/   (Ctrl-C to stop)`);
