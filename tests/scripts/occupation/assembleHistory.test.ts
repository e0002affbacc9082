// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SnapshotSourceId } from '../../../src/core/occupation/history.ts';
import {
  assembleHistory,
  baselineSnapshot,
  mergeArchives,
  oneSnapshotPerDate,
} from '../../../scripts/occupation/assembleHistory.ts';
import type { ImportedSnapshot, PolygonRings } from '../../../scripts/occupation/importedSnapshot.ts';

const square = (x: number, y: number): PolygonRings => [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]];

function imported(source: SnapshotSourceId, date: string, time: string | null = null, file = `${source}-${date}`): ImportedSnapshot {
  return {
    file,
    date,
    time,
    source,
    expresses: ['occupied', 'contested', 'occupiedBefore2022'],
    areas: { occupied: [square(35, 47)], occupiedBefore2022: [square(34, 45)], contested: [], liberated: [square(30, 50.5)] },
    issues: [],
  };
}

describe('mergeArchives (the seam rule)', () => {
  it('gives the date two archives hold to the one that starts later, and keeps the other dates of both', () => {
    const isw = ['2022-03-27', '2022-04-03'].map((d) => imported('isw', d));
    const raw = ['2022-04-03', '2022-04-04'].map((d) => imported('deepstate-raw', d));
    expect(mergeArchives([raw, isw]).map((s) => [s.date, s.source])).toEqual([
      ['2022-03-27', 'isw'],
      ['2022-04-03', 'deepstate-raw'],
      ['2022-04-04', 'deepstate-raw'],
    ]);
  });

  it('holds for any dates: one snapshot per date, in order, from the latest-starting archive holding it', () => {
    // Archives starting on the same date: the one listed later wins.
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2023-02-${String(d).padStart(2, '0')}`);
    const sources: SnapshotSourceId[] = ['isw', 'deepstate-raw', 'deepstate-occupied'];
    const archives = fc.tuple(...sources.map(() => fc.uniqueArray(day, { minLength: 1, maxLength: 10 })));
    fc.assert(
      fc.property(archives, (dates) => {
        const input = dates.map((list, a) => list.map((d) => imported(sources[a]!, d)));
        const merged = mergeArchives(input);
        const all = [...new Set(dates.flat())].sort();
        expect(merged.map((s) => s.date)).toEqual(all);
        const start = dates.map((list) => [...list].sort()[0]!);
        for (const s of merged) {
          const holders = sources.filter((_, a) => dates[a]!.includes(s.date));
          const latest = holders.reduce((best, id) => (start[sources.indexOf(id)]! >= start[sources.indexOf(best)]! ? id : best));
          expect(s.source).toBe(latest);
        }
      }),
    );
  });
});

describe('oneSnapshotPerDate', () => {
  it('keeps the last file of a UTC day', () => {
    const early = imported('deepstate-raw', '2022-04-03', '2022-04-03T12:33:28.000Z', 'early');
    const late = imported('deepstate-raw', '2022-04-03', '2022-04-03T16:59:26.000Z', 'late');
    expect(oneSnapshotPerDate([late, early]).map((s) => s.file)).toEqual(['late']);
  });
});

describe('assembleHistory', () => {
  const first = imported('deepstate-raw', '2022-04-03', '2022-04-03T12:33:28.000Z');
  const history = assembleHistory({
    deepstateRaw: [first, imported('deepstate-raw', '2022-04-04', '2022-04-04T19:03:00.000Z')],
    deepstateOccupied: [
      {
        ...imported('deepstate-occupied', '2024-07-08'),
        expresses: ['occupied'],
        areas: { occupied: [square(35, 47)], occupiedBefore2022: null, contested: null, liberated: null },
      },
    ],
  });

  it('starts with the 2022-02-23 baseline holding only the areas occupied before 2022', () => {
    expect(history.snapshots[0]).toEqual(baselineSnapshot(first));
    expect(history.snapshots[0]).toMatchObject({
      date: '2022-02-23',
      source: 'baseline',
      occupied: { coordinates: [square(34, 45)] },
      contested: { coordinates: [] },
      occupiedBefore2022: { coordinates: [square(34, 45)] },
    });
  });

  it('counts the areas occupied before 2022 as occupied', () => {
    expect(history.snapshots[1]!.occupied.coordinates).toEqual([square(35, 47), square(34, 45)]);
  });

  it('keeps the liberated areas on the first DeepState snapshot only', () => {
    expect(history.snapshots.map((s) => [s.date, s.liberated !== undefined])).toEqual([
      ['2022-02-23', false],
      ['2022-04-03', true],
      ['2022-04-04', false],
      ['2024-07-08', false],
    ]);
  });

  it('lists the notice of every source it used, and no other', () => {
    expect(history.sources.map((s) => s.id)).toEqual(['baseline', 'deepstate-raw', 'deepstate-occupied']);
    expect(history.sources.every((s) => s.attribution.startsWith('Source: DeepStateMap (deepstatemap.live)'))).toBe(true);
  });

  it('refuses to build without areas occupied before 2022 for the baseline', () => {
    const empty = { ...first, areas: { ...first.areas, occupiedBefore2022: [] } };
    expect(() => assembleHistory({ deepstateRaw: [empty] })).toThrow(/baseline/);
  });
});
