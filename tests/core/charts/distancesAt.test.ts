// @vitest-environment node

import { describe, expect, it } from 'vitest';
import { depositsByDistance } from '../../../src/core/charts/distanceBands.ts';
import { distancesAt, snapshotOn } from '../../../src/core/charts/distancesAt.ts';
import { selectDeposits } from '../../../src/core/charts/selection.ts';
import { NO_FILTERS } from '../../../src/core/explorer/filter.ts';
import { landFromFile } from '../../../src/core/occupation/landFile.ts';
import { buildSearchKeys } from '../../../src/core/search.ts';
import { buildLandFile } from '../../../scripts/data/land.ts';
import { loadHistory } from '../../../scripts/occupation/loadHistory.ts';
import { loadUkraineLand } from '../../../scripts/occupation/ukraineLand.ts';
import { enrichedExplorerData, SHEVCHENKIVSKE } from './enrichedFixture.ts';

const data = enrichedExplorerData();
const history = loadHistory();
const latest = data.asOf!;
const shipped = landFromFile(buildLandFile());
const keys = () => buildSearchKeys(data.deposits);
const shevchenkivske = data.deposits.findIndex((d) => d.id === SHEVCHENKIVSKE);

describe('distances at a date', () => {
  it('gives the pipeline’s distances at the latest date, with its land and with the shipped outline', () => {
    const stored = data.deposits.map((d) => d.distanceKm);
    expect(stored.filter((km) => km !== null).length).toBeGreaterThan(20);
    expect(distancesAt(history, loadUkraineLand(), data.deposits, latest)).toEqual(stored);
    expect(distancesAt(history, shipped, data.deposits, latest)).toEqual(stored);
  });

  it('measures Shevchenkivske outside the line on 2025-01-01 and inside it at the latest date', () => {
    expect(distancesAt(history, shipped, data.deposits, '2025-01-01')[shevchenkivske]).toBeGreaterThan(0);
    expect(distancesAt(history, shipped, data.deposits, latest)[shevchenkivske]).toBeLessThan(0);
  });

  it('uses the snapshot in force on the date: the last on or before it, the first before the history', () => {
    const [first, second] = history.snapshots;
    expect(snapshotOn(history, '2000-01-01')).toBe(first);
    expect(snapshotOn(history, second!.date)).toBe(second);
    expect(snapshotOn(history, '2099-01-01')).toBe(history.snapshots[history.snapshots.length - 1]);
  });

  it('bands the deposits at the view’s date when the selection has the line to measure with', () => {
    const selection = selectDeposits(data, NO_FILTERS, '2025-01-01', keys, { history, land: shipped });
    const bands = depositsByDistance(selection);
    expect(bands.date).toBe('2025-01-01');
    expect(bands.otherDate).toBe(false);
    expect(bands.total).toBe(selection.count);
    const fallback = depositsByDistance(selectDeposits(data, NO_FILTERS, '2025-01-01', keys));
    expect(fallback.otherDate).toBe(true);
    expect(fallback.counts.inside - bands.counts.inside).toBeGreaterThanOrEqual(1);
  });

  it('filters by distance at the view’s date when the selection has the line, as the explorer does', () => {
    const insideOnly = { ...NO_FILTERS, distanceMax: 0 };
    const atDate = selectDeposits(data, insideOnly, '2025-01-01', keys, { history, land: shipped });
    const atLatest = selectDeposits(data, insideOnly, '2025-01-01', keys);
    expect(atDate.visible[shevchenkivske]).toBe(0);
    expect(atLatest.visible[shevchenkivske]).toBe(1);
  });
});
