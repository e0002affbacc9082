// @vitest-environment node
import fc from 'fast-check';
import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { OccupationHistory, Snapshot } from '../../../src/core/occupation/history.ts';
import { decodeHistory, encodeHistory } from '../../../src/core/occupation/historyCodec.ts';

const SCALE = 1e4;
const SOURCES = [
  { id: 'deepstate-raw' as const, name: 'DeepStateMap', attribution: 'Source: DeepStateMap (deepstatemap.live)', terms: 't' },
];

const one = (occupied: MultiPolygon, date = '2022-04-03'): Snapshot => ({
  date,
  source: 'deepstate-raw',
  expresses: ['occupied'],
  occupied,
  contested: null,
  occupiedBefore2022: null,
});

const position = fc.tuple(
  fc.double({ min: 22, max: 40, noNaN: true }),
  fc.double({ min: 44, max: 52, noNaN: true }),
).map(([x, y]): Position => [x, y]);
const ring = fc.array(position, { minLength: 3, maxLength: 12 }).map((points) => [...points, points[0]!]);
const multi = fc.array(fc.array(ring, { minLength: 1, maxLength: 3 }), { maxLength: 3 })
  .map((coordinates): MultiPolygon => ({ type: 'MultiPolygon', coordinates }));
const snapshot = fc.record({
  source: fc.constantFrom('baseline', 'deepstate-raw', 'deepstate-occupied', 'isw'),
  occupied: multi,
  contested: fc.option(multi, { nil: null }),
  occupiedBefore2022: fc.option(multi, { nil: null }),
  liberated: fc.option(multi, { nil: undefined }),
});
const history = fc.array(snapshot, { maxLength: 5 }).map((list): OccupationHistory => ({
  sources: SOURCES,
  snapshots: list.map((s, i): Snapshot => {
    const out: Snapshot = {
      date: `2022-04-${String(i + 1).padStart(2, '0')}`,
      source: s.source,
      expresses: s.contested ? ['occupied', 'contested'] : ['occupied'],
      occupied: s.occupied,
      contested: s.contested,
      occupiedBefore2022: s.occupiedBefore2022,
    };
    if (s.liberated) out.liberated = s.liberated;
    return out;
  }),
}));

/** What the codec promises to keep of a ring: its points on the grid, without repeats, as a cycle. */
function gridCycle(ring: readonly Position[]): string[] | null {
  const points: string[] = [];
  for (const p of ring) {
    const key = `${Math.round(p[0]! * SCALE)},${Math.round(p[1]! * SCALE)}`;
    if (points.at(-1) !== key) points.push(key);
  }
  if (points.length > 1 && points[0] === points.at(-1)) points.pop();
  if (points.length < 3) return null;
  const start = points.indexOf([...points].sort(compareKeys)[0]!);
  return [...points.slice(start), ...points.slice(0, start)];
}

function compareKeys(a: string, b: string): number {
  const [ax, ay] = a.split(',').map(Number);
  const [bx, by] = b.split(',').map(Number);
  return ax! - bx! || ay! - by!;
}

function expectedPolygons(area: MultiPolygon | null | undefined): string[][][] | null {
  if (!area) return null;
  return area.coordinates.flatMap((polygon) => {
    const [exterior, ...holes] = polygon.map(gridCycle);
    if (!exterior) return [];
    return [[exterior, ...holes.filter((h): h is string[] => h !== null)]];
  });
}

describe('encodeHistory / decodeHistory', () => {
  it('keeps dates, sources and what each snapshot expresses, and every ring on the 1e-4° grid', () => {
    fc.assert(
      fc.property(history, (h) => {
        const decoded = decodeHistory(JSON.parse(JSON.stringify(encodeHistory(h))));
        expect(decoded.sources).toEqual(h.sources);
        expect(decoded.snapshots.map((s) => [s.date, s.source, s.expresses])).toEqual(
          h.snapshots.map((s) => [s.date, s.source, s.expresses]),
        );
        h.snapshots.forEach((original, i) => {
          const back = decoded.snapshots[i]!;
          for (const field of ['occupied', 'contested', 'occupiedBefore2022', 'liberated'] as const) {
            expect(expectedPolygons(back[field])).toEqual(expectedPolygons(original[field]));
          }
        });
      }),
    );
  });

  it('moves no vertex by more than half a grid step', () => {
    const ring: Position[] = [[30.123456, 50.987654], [30.2, 50.9], [30.3, 51.0], [30.123456, 50.987654]];
    const h: OccupationHistory = { sources: SOURCES, snapshots: [one({ type: 'MultiPolygon', coordinates: [[ring]] })] };
    const back = decodeHistory(encodeHistory(h)).snapshots[0]!.occupied.coordinates[0]![0]!;
    expect(back[0]).toEqual([30.1235, 50.9877]);
    expect(back).toHaveLength(4);
  });

  it('stores a boundary shared by two snapshots once: a one-vertex edit adds only the edited arc', () => {
    const square = (corner: Position): MultiPolygon => ({
      type: 'MultiPolygon',
      coordinates: [[[[30, 50], [30.5, 50], [30.5, 50.5], corner, [30, 50.5], [30, 50.25], [30, 50]]]],
    });
    const first = one(square([30.25, 50.5]));
    const edited = one(square([30.25, 50.6]), '2022-04-04');
    const single = encodeHistory({ sources: SOURCES, snapshots: [first] });
    const two = encodeHistory({ sources: SOURCES, snapshots: [first, edited] });
    const points = (e: typeof single) => e.arcs.reduce((n, arc) => n + arc.length / 2, 0);
    expect(points(single)).toBe(7);
    // Cut at the two neighbours of the moved vertex: one shared arc of 5 points and two 3-point arcs, not 2 × 7.
    expect(points(two)).toBe(5 + 3 + 3);
    expect(two.rings).toHaveLength(2);
  });

  it('is its own fixed point: encoding what it decoded gives the same object', () => {
    fc.assert(
      fc.property(history, (h) => {
        const once = encodeHistory(h);
        expect(encodeHistory(decodeHistory(once))).toEqual(once);
      }),
    );
  });

  it('simplifies shared arcs once, with every kept point a point of the original', () => {
    const wiggly: Position[] = Array.from({ length: 50 }, (_, i) => [30 + i * 0.01, 50 + (i % 2) * 0.0001]);
    const ring = [...wiggly, [30.5, 49.5], wiggly[0]!];
    const h: OccupationHistory = { sources: SOURCES, snapshots: [one({ type: 'MultiPolygon', coordinates: [[ring]] })] };
    const kept = decodeHistory(encodeHistory(h, { toleranceMetres: 50 })).snapshots[0]!.occupied.coordinates[0]![0]!;
    expect(kept.length).toBeLessThan(10);
    const original = new Set(ring.map((p) => `${p[0]!.toFixed(4)},${p[1]!.toFixed(4)}`));
    for (const p of kept) expect(original.has(`${p[0]!.toFixed(4)},${p[1]!.toFixed(4)}`)).toBe(true);
  });

  it('refuses data of another format', () => {
    expect(() => decodeHistory({ format: 'x', version: 1 } as never)).toThrow(/not an occupation history/);
  });
});
