// @vitest-environment node
import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { occupationLayerAt } from '../../../src/app/data/occupationLayer.ts';
import type { OccupationHistory, Snapshot } from '../../../src/core/occupation/history.ts';

// Synthetic squares; the dates and sources are those of the shipped history's seams.
const square = (x: number): MultiPolygon => ({ type: 'MultiPolygon', coordinates: [[[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]]] });
const snapshot = (date: string, source: Snapshot['source'], parts: Partial<Snapshot>): Snapshot => ({
  date, source, expresses: ['occupied'], occupied: square(0), contested: null, occupiedBefore2022: null, ...parts,
});
const HISTORY: OccupationHistory = {
  sources: [
    { id: 'baseline', name: 'Baseline', attribution: 'Source: areas occupied before 2022', terms: '' },
    { id: 'deepstate-raw', name: 'DeepStateMap', attribution: 'Source: DeepStateMap (deepstatemap.live)', terms: '' },
    { id: 'deepstate-occupied', name: 'DeepStateMap', attribution: 'Source: DeepStateMap (deepstatemap.live)', terms: '' },
  ],
  snapshots: [
    snapshot('2022-02-23', 'baseline', { occupiedBefore2022: square(9) }),
    snapshot('2022-04-03', 'deepstate-raw', { occupied: square(1), contested: square(2), occupiedBefore2022: square(9) }),
    snapshot('2024-07-08', 'deepstate-occupied', { occupied: square(3) }),
  ],
};

describe('occupationLayerAt', () => {
  it('takes the latest snapshot on or before the date, with its source', () => {
    expect(occupationLayerAt(HISTORY, '2022-02-22')).toBeNull();
    expect(occupationLayerAt(HISTORY, '2022-04-02')?.attribution).toBe('Source: areas occupied before 2022, 2022-02-23');
    const layer = occupationLayerAt(HISTORY, '2023-01-01')!;
    expect(layer).toEqual({
      date: '2022-04-03', occupied: square(1), contested: square(2), occupiedBefore2022: square(9),
      attribution: 'Source: DeepStateMap (deepstatemap.live), 2022-04-03',
    });
  });

  it('borrows the pre-2022 area from the nearest snapshot that has one', () => {
    const layer = occupationLayerAt(HISTORY, '2026-01-01')!;
    expect([layer.date, layer.occupied, layer.contested, layer.occupiedBefore2022]).toEqual(['2024-07-08', square(3), null, square(9)]);
  });
});
