// Serves the built site (dist/) on 127.0.0.1 for the end-to-end tests, which read its address with inject('baseURL').

import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/serve/staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/index.html is missing: run `npm run build` before the e2e tests');
  const server = await startStaticServer('dist');
  project.provide('baseURL', server.url);
  return async () => {
    await server.close();
  };
}
