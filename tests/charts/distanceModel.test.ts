// @vitest-environment node
// The distance chart at a past date, measured with the real history and the shipped land outline, against the
// pipeline's distances on the real fixture deposits.

import { describe, expect, it } from 'vitest';
import { parseView } from '../../src/app/state/url.ts';
import { buildChartModel, type ChartModel } from '../../src/charts/model.ts';
import { landFromFile } from '../../src/core/occupation/landFile.ts';
import { buildLandFile } from '../../scripts/data/land.ts';
import { loadHistory } from '../../scripts/occupation/loadHistory.ts';
import { enrichedExplorerData } from '../core/charts/enrichedFixture.ts';

const data = enrichedExplorerData();
const line = { history: loadHistory(), land: landFromFile(buildLandFile()) };
const model = (search: string, withLine = true) =>
  buildChartModel(data, { kind: 'distance', view: parseView(search), title: null, methodUrl: 'method.html', line: withLine ? line : null });
const inside = (m: ChartModel) => m.table.rows[0]![1];

describe('the distance chart at a date', () => {
  it('measures the distances at the view’s date and says so', () => {
    const past = model('?chart=distance&date=2025-01-01');
    expect(past.frame.date).toBe('Distances to the line as it stood on Jan 1, 2025, measured for that date.');
    // Shevchenkivske lay outside the line on 2025-01-01 and inside it at the latest date.
    expect(inside(model('?chart=distance'))).toBe(Number(inside(past)) + 1);
  });

  it('matches the stored distances at the latest date, and falls back to them without the line', () => {
    expect(model('?chart=distance').table).toEqual(model('?chart=distance', false).table);
    const fallback = model('?chart=distance&date=2025-01-01', false);
    expect(fallback.frame.date).toContain('the line for it could not be loaded');
    expect(fallback.table).toEqual(model('?chart=distance', false).table);
  });
});
