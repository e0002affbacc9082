/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Component tests opt into jsdom with a first line `// @vitest-environment jsdom`; the setup only acts there.
    setupFiles: ['./tests/app/setup.ts'],
    testTimeout: 30_000,
  },
});
