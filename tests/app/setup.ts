// For the component tests (jsdom): jest-dom's matchers, and a clean document after every test. Node-environment
// test files skip it, so they do not load React.
import type {} from '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
