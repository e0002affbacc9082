// The charts' test data: the 52 real deposits of tests/fixtures/explorer/deposits.json, enriched with the real
// embedded occupation history (data/occupation/history.json.gz) by the pipeline's own enrichment, then put in the
// explorer's compact form, as `npm run data` would.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DepositFile } from '../../../src/core/deposit.ts';
import { toExplorerData } from '../../../src/core/explorer/compact.ts';
import type { ExplorerData } from '../../../src/core/explorer/types.ts';
import { loadPlaces } from '../../../scripts/geo/places.ts';
import { enrichDeposits } from '../../../scripts/occupation/enrich.ts';
import { loadHistory } from '../../../scripts/occupation/loadHistory.ts';

// A path, not a URL object: jsdom's URL is not one that node:fs accepts.
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/explorer/deposits.json');

let cached: ExplorerData | null = null;

export function enrichedExplorerData(): ExplorerData {
  if (cached !== null) return cached;
  const file = JSON.parse(readFileSync(FIXTURE, 'utf8')) as DepositFile;
  const deposits = enrichDeposits(file.deposits, loadHistory(), loadPlaces());
  const located = deposits.find((d) => d.occupation.source !== null)!;
  cached = toExplorerData(deposits, located.occupation.asOf, located.occupation.source);
  return cached;
}

export const PRIPYAT = 'pp1802:pripyat-gallium-51.34n-29.95e';
export const SHEVCHENKIVSKE = 'ua-register:shevchenkivske-rodovyshche-litiievykh-rud-beryllium-47.91n-36.71e';
export const KRASNY_OKTYABR = 'pp1802:krasny-oktyabr-gallium-47.64n-38.05e';
export const NIKOPOL = 'pp1802:nikopol-manganese-47.57n-34.42e';
