// @vitest-environment node
import fc from 'fast-check';
import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ringsContain } from '../../../src/core/geometry/pointInPolygon.ts';
import type { OccupationHistory, Snapshot } from '../../../src/core/occupation/history.ts';
import { prepareHistory, statusOn, type PointTimeline } from '../../../src/core/occupation/timeline.ts';
import { AREAS, NOTICES, POINTS, syntheticHistory } from '../../fixtures/occupation-timeline/syntheticHistory.ts';

const DEEPSTATE = 'Source: DeepStateMap (deepstatemap.live)';

function timelineOf(point: readonly [number, number], history = syntheticHistory()): PointTimeline {
  return prepareHistory(history).timelineAt(point[0], point[1]);
}

const brackets = (t: PointTimeline) => t.changes.map((c) => [c.to, ...c.between]);

describe('prepareHistory(...).timelineAt', () => {
  it('an area occupied before 2022: occupied from the baseline on, no change', () => {
    const t = timelineOf(POINTS.crimea);
    expect(t).toMatchObject({ since: '2022-02-23', first: 'occupied', latest: 'occupied', occupiedBefore2022: true });
    expect(t.changes).toEqual([]);
  });

  it('occupied in the first real snapshot but not in the baseline: a change bracketed from the baseline', () => {
    const t = timelineOf(POINTS.tokmak);
    expect(t.changes).toEqual([
      { to: 'occupied', between: ['2022-02-23', '2022-04-03'], source: `${DEEPSTATE}, 2022-04-03` },
    ]);
    expect(t).toMatchObject({ first: 'not-occupied', latest: 'occupied', occupiedBefore2022: false });
  });

  it('an area liberated before the first DeepState snapshot shows both changes', () => {
    const t = timelineOf(POINTS.kyiv);
    expect(brackets(t)).toEqual([
      ['occupied', '2022-02-23', '2022-04-03'],
      ['not-occupied', '2022-02-23', '2022-04-03'],
    ]);
    expect(t.changes.every((c) => c.source === `${DEEPSTATE}, 2022-04-03`)).toBe(true);
    expect(t.latest).toBe('not-occupied');
  });

  it('occupied, then freed (Kherson): both changes, each between consecutive snapshots', () => {
    expect(brackets(timelineOf(POINTS.kherson))).toEqual([
      ['occupied', '2022-02-23', '2022-04-03'],
      ['not-occupied', '2022-11-10', '2022-11-11'],
    ]);
  });

  it('occupied, contested, freed (Izium)', () => {
    expect(brackets(timelineOf(POINTS.izium))).toEqual([
      ['occupied', '2022-02-23', '2022-04-03'],
      ['contested', '2022-09-09', '2022-09-10'],
      ['not-occupied', '2022-09-10', '2022-09-11'],
    ]);
  });

  it('never occupied: no change', () => {
    const t = timelineOf(POINTS.held);
    expect(t).toEqual({
      since: '2022-02-23',
      first: 'not-occupied',
      latest: 'not-occupied',
      changes: [],
      occupiedBefore2022: false,
    });
    expect(timelineOf([-70, -10])).toEqual(t);
  });

  it('a point on an edge of an occupied area is occupied', () => {
    const [lon, lat] = AREAS.tokmak[0]![1]!;
    expect(timelineOf([lon!, (lat! + AREAS.tokmak[0]![2]![1]!) / 2]).latest).toBe('occupied');
    expect(timelineOf([lon!, lat!]).latest).toBe('occupied');
  });
});

describe('seams: an archive that cannot express contested', () => {
  it('contested before the seam and outside the occupied area after it: no change until a real one', () => {
    const t = timelineOf(POINTS.seamContested);
    expect(brackets(t)).toEqual([
      ['contested', '2022-11-11', '2024-07-07'],
      ['occupied', '2024-07-08', '2024-07-15'],
    ]);
    expect(t.changes[1]!.source).toBe(`${DEEPSTATE}, 2024-07-15`);
    expect(statusOn(t, '2024-07-08')).toBe('contested');
  });

  it('occupied before the seam and outside the occupied area after it: a change to not occupied', () => {
    expect(brackets(timelineOf(POINTS.seamOccupied))).toEqual([
      ['occupied', '2022-11-10', '2022-11-11'],
      ['not-occupied', '2024-07-07', '2024-07-08'],
    ]);
  });

  it('carries the contested status to the end when the occupied-area archive never contradicts it', () => {
    const history = syntheticHistory();
    history.snapshots.pop();
    const t = timelineOf(POINTS.seamContested, history);
    expect(t.latest).toBe('contested');
    expect(brackets(t)).toEqual([['contested', '2022-11-11', '2024-07-07']]);
  });

  it('occupiedBefore2022 comes from the latest snapshot that expresses it, and is null when none does', () => {
    const history = syntheticHistory();
    expect(timelineOf(POINTS.crimea, history).occupiedBefore2022).toBe(true);
    for (const s of history.snapshots) s.occupiedBefore2022 = null;
    expect(timelineOf(POINTS.crimea, history).occupiedBefore2022).toBeNull();
  });
});

describe('liberated areas', () => {
  it('add no occupation when an earlier snapshot already showed one (a user-supplied ISW file)', () => {
    const history = syntheticHistory();
    const isw: Snapshot = {
      date: '2022-03-06',
      source: 'isw',
      expresses: ['occupied', 'contested'],
      occupied: { type: 'MultiPolygon', coordinates: [AREAS.crimea, AREAS.kyiv] },
      contested: { type: 'MultiPolygon', coordinates: [] },
      occupiedBefore2022: null,
    };
    history.snapshots.splice(1, 0, isw);
    const t = timelineOf(POINTS.kyiv, history);
    expect(t.changes).toEqual([
      { to: 'occupied', between: ['2022-02-23', '2022-03-06'], source: 'Source: ISW, 2022-03-06' },
      { to: 'not-occupied', between: ['2022-03-06', '2022-04-03'], source: `${DEEPSTATE}, 2022-04-03` },
    ]);
  });
});

describe('statusOn', () => {
  const t = timelineOf(POINTS.kherson);

  it('is unknown before the first snapshot', () => {
    expect(statusOn(t, '2022-02-22')).toBe('unknown');
  });

  it('is the status of the latest snapshot on or before the date', () => {
    expect(statusOn(t, '2022-02-23')).toBe('not-occupied');
    expect(statusOn(t, '2022-04-02')).toBe('not-occupied');
    expect(statusOn(t, '2022-04-03')).toBe('occupied');
    expect(statusOn(t, '2022-11-10')).toBe('occupied');
    expect(statusOn(t, '2022-11-11')).toBe('not-occupied');
    expect(statusOn(t, '2030-01-01')).toBe('not-occupied');
  });

  it('applies the two changes of a liberated area on the same date', () => {
    expect(statusOn(timelineOf(POINTS.kyiv), '2022-04-03')).toBe('not-occupied');
  });
});

describe('prepareHistory', () => {
  it('gives the same timelines when no polygon object is shared between snapshots', () => {
    const shared = syntheticHistory();
    const copied = structuredClone(shared);
    for (const point of Object.values(POINTS)) {
      expect(timelineOf(point, copied)).toEqual(timelineOf(point, shared));
    }
  });

  it('cites every snapshot with its source attribution and date', () => {
    const prepared = prepareHistory(syntheticHistory());
    expect(prepared.citations[0]).toBe('Source: test baseline, 2022-02-23');
    expect(prepared.citations.at(-1)).toBe(`${DEEPSTATE}, 2024-07-15`);
    expect(prepared.dates).toHaveLength(10);
  });

  it('refuses a history without a source notice for one of its snapshots', () => {
    const history = syntheticHistory();
    history.sources = history.sources.filter((s) => s.id !== 'deepstate-occupied');
    expect(() => prepareHistory(history)).toThrow(/deepstate-occupied/);
  });

  it('refuses an empty history', () => {
    expect(() => prepareHistory({ sources: NOTICES, snapshots: [] })).toThrow(/no snapshots/);
  });
});

// Random histories whose snapshots all express every status: the timeline must then read, at every snapshot's
// date, exactly what the plain point-in-polygon rule says about that snapshot.
describe('property: agrees with the plain rule snapshot by snapshot', () => {
  // Both small polygons and ones large enough to be rasterised (64 vertices or more).
  const radius = fc.double({ min: 0.05, max: 1.5, noNaN: true });
  const starPolygon = fc
    .record({
      lon: fc.double({ min: 30, max: 36, noNaN: true }),
      lat: fc.double({ min: 45, max: 50, noNaN: true }),
      radii: fc.oneof(
        fc.array(radius, { minLength: 3, maxLength: 12 }),
        fc.array(radius, { minLength: 64, maxLength: 200 }),
      ),
    })
    .map(({ lon, lat, radii }): Position[][] => {
      const ring = radii.map((r, i): Position => {
        const angle = (2 * Math.PI * i) / radii.length;
        return [lon + r * Math.cos(angle), lat + r * Math.sin(angle)];
      });
      return [[...ring, ring[0]!]];
    });

  const historyArbitrary = fc
    .array(starPolygon, { minLength: 1, maxLength: 8 })
    .chain((pool) =>
      fc
        .array(
          fc.record({
            occupied: fc.subarray(pool.map((_, i) => i)),
            contested: fc.subarray(pool.map((_, i) => i)),
          }),
          { minLength: 1, maxLength: 12 },
        )
        .map((picks): OccupationHistory => {
          const multi = (ids: number[]): MultiPolygon => ({ type: 'MultiPolygon', coordinates: ids.map((i) => pool[i]!) });
          const snapshots = picks.map(
            (pick, i): Snapshot => ({
              date: `2023-01-${String(i + 1).padStart(2, '0')}`,
              source: 'deepstate-raw',
              expresses: ['occupied', 'contested', 'occupiedBefore2022'],
              occupied: multi(pick.occupied),
              contested: multi(pick.contested),
              occupiedBefore2022: multi([]),
            }),
          );
          return { sources: NOTICES, snapshots };
        }),
    );

  const pointArbitrary = (history: OccupationHistory) => {
    const vertices = history.snapshots.flatMap((s) => s.occupied.coordinates.flat(2));
    const random = fc.tuple(fc.double({ min: 28, max: 38, noNaN: true }), fc.double({ min: 43, max: 52, noNaN: true }));
    return vertices.length > 0
      ? fc.oneof(random, fc.constantFrom(...vertices).map((v) => [v[0]!, v[1]!] as [number, number]))
      : random;
  };

  const inAny = (area: MultiPolygon | null, lon: number, lat: number) =>
    (area?.coordinates ?? []).some((rings) => ringsContain(rings, lon, lat));

  it('statusOn(each date) is the snapshot reading; changes alternate and are bracketed by consecutive dates', () => {
    fc.assert(
      fc.property(
        historyArbitrary.chain((h) => fc.tuple(fc.constant(h), fc.array(pointArbitrary(h), { minLength: 1, maxLength: 20 }))),
        ([history, points]) => {
          const prepared = prepareHistory(history);
          for (const [lon, lat] of points) {
            const t = prepared.timelineAt(lon, lat);
            history.snapshots.forEach((s) => {
              const expected = inAny(s.occupied, lon, lat)
                ? 'occupied'
                : inAny(s.contested, lon, lat)
                  ? 'contested'
                  : 'not-occupied';
              expect(statusOn(t, s.date)).toBe(expected);
            });
            let previous = t.first;
            for (const change of t.changes) {
              expect(change.to).not.toBe(previous);
              const at = prepared.dates.indexOf(change.between[1]);
              expect(at).toBeGreaterThan(0);
              expect(change.between[0]).toBe(prepared.dates[at - 1]);
              expect(change.source).toBe(prepared.citations[at]);
              previous = change.to as typeof previous;
            }
            expect(previous).toBe(t.latest);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
