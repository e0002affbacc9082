// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { singleSourceDeposit, unknownOccupation, type Deposit } from '../../../src/core/deposit.ts';
import { geodesicDistanceKm } from '../../../src/core/geometry/distance.ts';
import { loadPlaces } from '../../../scripts/geo/places.ts';
import { describeHistory, enrichDeposits } from '../../../scripts/occupation/enrich.ts';
import { POINTS, syntheticHistory } from '../../fixtures/occupation-timeline/syntheticHistory.ts';

const DEEPSTATE_LATEST = 'Source: DeepStateMap (deepstatemap.live), 2024-07-15';

function deposit(id: string, at: readonly [number, number] | null): Deposit {
  return singleSourceDeposit({
    id,
    name: { original: id, latin: id },
    minerals: [],
    location: at && { lon: at[0], lat: at[1], precision: 'exact' },
    country: null,
    oblast: null,
    adminArea: null,
    devStatus: { id: 'unknown', asWritten: null },
    reserves: [],
    occupation: unknownOccupation({ text: 'reported as occupied', source: 'https://example.invalid/report' }),
    sources: [],
  });
}

describe('enrichDeposits', () => {
  const deposits = [
    deposit('tokmak', POINTS.tokmak),
    deposit('kyiv', POINTS.kyiv),
    deposit('held', POINTS.held),
    deposit('crimea', POINTS.crimea),
    deposit('peru', [-76.4, -13.1]),
    deposit('unlocated', null),
  ];
  const snapshotOfInput = structuredClone(deposits);
  const enriched = enrichDeposits(deposits, syntheticHistory(), loadPlaces());
  const byId = new Map(enriched.map((d) => [d.id, d.occupation]));

  it('an occupied deposit: status, date and source of the latest snapshot, its change, a negative distance', () => {
    const occupation = byId.get('tokmak')!;
    expect(occupation).toMatchObject({
      status: 'occupied',
      asOf: '2024-07-15',
      source: DEEPSTATE_LATEST,
      occupiedBefore2022: false,
      changes: [{ to: 'occupied', between: ['2022-02-23', '2022-04-03'] }],
    });
    // The square's west edge is its nearest: 0.2° of longitude away.
    expect(occupation.distanceKm).toBeCloseTo(-geodesicDistanceKm(35.7, 47.25, 35.5, 47.25), 0);
  });

  it('a deposit freed before the first DeepState snapshot keeps both changes and is not occupied now', () => {
    const occupation = byId.get('kyiv')!;
    expect(occupation.status).toBe('not-occupied');
    expect(occupation.changes.map((c) => c.to)).toEqual(['occupied', 'not-occupied']);
    expect(occupation.distanceKm).toBeGreaterThan(0);
  });

  it('rounds the distance to 0.1 km', () => {
    for (const { occupation } of enriched) {
      if (occupation.distanceKm !== null) expect(occupation.distanceKm * 10).toBe(Math.round(occupation.distanceKm * 10));
    }
  });

  it('a deposit in an area occupied before 2022', () => {
    expect(byId.get('crimea')).toMatchObject({ status: 'occupied', occupiedBefore2022: true, changes: [] });
  });

  it('a deposit never occupied', () => {
    expect(byId.get('held')).toMatchObject({ status: 'not-occupied', occupiedBefore2022: false, changes: [] });
  });

  it('a deposit outside Ukraine is not-applicable, with no history and no distance', () => {
    expect(byId.get('peru')).toMatchObject({
      status: 'not-applicable',
      asOf: '2024-07-15',
      source: null,
      occupiedBefore2022: null,
      changes: [],
      distanceKm: null,
    });
  });

  it('a deposit without a location stays unknown', () => {
    expect(byId.get('unlocated')).toMatchObject({ status: 'unknown', asOf: null, source: null, distanceKm: null });
  });

  it('keeps what a cited source reports, and leaves its input untouched', () => {
    for (const { occupation } of enriched) {
      expect(occupation.reported).toEqual({ text: 'reported as occupied', source: 'https://example.invalid/report' });
    }
    expect(deposits).toEqual(snapshotOfInput);
  });
});

describe('describeHistory', () => {
  it('gives the dates covered, the snapshot count and each source with its own period', () => {
    const summary = describeHistory(syntheticHistory());
    expect(summary).toMatchObject({ from: '2022-02-23', to: '2024-07-15', snapshots: 10 });
    expect(summary.sources.map((s) => [s.id, s.from, s.to, s.snapshots, s.expresses])).toEqual([
      ['baseline', '2022-02-23', '2022-02-23', 1, ['contested', 'occupied', 'occupiedBefore2022']],
      ['deepstate-raw', '2022-04-03', '2024-07-07', 7, ['contested', 'occupied', 'occupiedBefore2022']],
      ['deepstate-occupied', '2024-07-08', '2024-07-15', 2, ['occupied']],
    ]);
    expect(summary.sources[1]!.attribution).toBe('Source: DeepStateMap (deepstatemap.live)');
  });
});
