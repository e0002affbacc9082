// The chart fixture for tests that run in jsdom (see tests/fixtures/charts/README.md).

import type { ExplorerData } from '../../src/core/explorer/types.ts';
import stored from '../fixtures/charts/explorer-data.json' with { type: 'json' };

export const CHART_DATA = stored as unknown as ExplorerData;
