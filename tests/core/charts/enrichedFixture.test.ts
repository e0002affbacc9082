// @vitest-environment node
// The stored chart fixture (tests/fixtures/charts/explorer-data.json) is what the pipeline makes today.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enrichedExplorerData } from './enrichedFixture.ts';

describe('the stored chart fixture', () => {
  it('equals the fixture deposits enriched with the embedded history now', () => {
    const stored: unknown = JSON.parse(readFileSync(new URL('../../fixtures/charts/explorer-data.json', import.meta.url), 'utf8'));
    expect(stored).toEqual(enrichedExplorerData());
  });
});
