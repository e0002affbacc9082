// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ringsContain } from '../../../src/core/geometry/pointInPolygon.ts';
import {
  closeRings,
  dropDegenerateRings,
  rewindRfc7946,
  signedRingArea,
} from '../../../src/core/geometry/rewind.ts';

const kyiv = JSON.parse(
  readFileSync(new URL('../../fixtures/geo/ua-30-kyiv.geojson', import.meta.url), 'utf8'),
) as Feature<Polygon>;

const ccwSquare: Position[] = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
const cwHole: Position[] = [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]];
const reversed = (ring: Position[]): Position[] => [...ring].reverse();

describe('signedRingArea', () => {
  it('is positive counter-clockwise, negative clockwise, in square degrees', () => {
    expect(signedRingArea(ccwSquare)).toBe(16);
    expect(signedRingArea(reversed(ccwSquare))).toBe(-16);
    expect(signedRingArea(cwHole)).toBe(-1);
  });

  it('is the same for an unclosed ring and 0 for rings that enclose nothing', () => {
    expect(signedRingArea(ccwSquare.slice(0, -1))).toBe(16);
    expect(signedRingArea([[0, 0], [1, 1], [2, 2], [0, 0]])).toBe(0);
    expect(signedRingArea([[0, 0], [1, 1]])).toBe(0);
    expect(signedRingArea([])).toBe(0);
  });

  it('gives the real Kyiv unit a counter-clockwise exterior and a clockwise hole (as the source states)', () => {
    const [exterior, hole] = kyiv.geometry.coordinates;
    expect(signedRingArea(exterior!)).toBeGreaterThan(0.1);
    expect(signedRingArea(hole!)).toBeLessThan(0);
  });
});

describe('rewindRfc7946', () => {
  it('winds exteriors counter-clockwise and holes clockwise, without touching its argument', () => {
    const polygon: Polygon = { type: 'Polygon', coordinates: [reversed(ccwSquare), reversed(cwHole)] };
    const copy = structuredClone(polygon);
    const rewound = rewindRfc7946(polygon);
    expect(rewound.coordinates).toEqual([ccwSquare, cwHole]);
    expect(polygon).toEqual(copy);
  });

  it('leaves correctly wound polygons as they are (the real Kyiv unit)', () => {
    expect(rewindRfc7946(kyiv.geometry)).toEqual(kyiv.geometry);
  });

  it('rewinds every polygon of a MultiPolygon and of a GeometryCollection; other geometries pass through', () => {
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[reversed(ccwSquare)], [ccwSquare, reversed(cwHole)]],
    };
    const line: Geometry = { type: 'LineString', coordinates: [[0, 0], [1, 1]] };
    const rewound = rewindRfc7946({ type: 'GeometryCollection', geometries: [multi, line] });
    expect(rewound).toEqual({
      type: 'GeometryCollection',
      geometries: [{ type: 'MultiPolygon', coordinates: [[ccwSquare], [ccwSquare, cwHole]] }, line],
    });
  });

  it('gives the signs RFC 7946 asks for, keeps the areas, and changes no point-in-polygon answer', () => {
    const coordinate = fc.integer({ min: -5, max: 5 });
    const ring = fc
      .array(fc.tuple(coordinate, coordinate), { minLength: 3, maxLength: 8 })
      .map((points) => [...points, points[0]!].map(([x, y]) => [x, y]));
    fc.assert(
      fc.property(fc.array(ring, { minLength: 1, maxLength: 3 }), coordinate, coordinate, (rings, x, y) => {
        const rewound = rewindRfc7946({ type: 'Polygon', coordinates: rings } as Polygon).coordinates;
        rewound.forEach((r, index) => {
          const area = signedRingArea(r);
          expect(Math.abs(area)).toBe(Math.abs(signedRingArea(rings[index]!)));
          if (index === 0) expect(area).toBeGreaterThanOrEqual(0);
          else expect(area).toBeLessThanOrEqual(0);
        });
        expect(ringsContain(rewound, x + 0.5, y + 0.25)).toBe(ringsContain(rings, x + 0.5, y + 0.25));
      }),
      { numRuns: 500 },
    );
  });
});

describe('closeRings', () => {
  it('appends the first position to open rings only', () => {
    const open = ccwSquare.slice(0, -1);
    const closed = closeRings({ type: 'Polygon', coordinates: [open, cwHole] });
    expect(closed.coordinates).toEqual([ccwSquare, cwHole]);
    expect(open).toHaveLength(4);
  });
});

describe('dropDegenerateRings', () => {
  it('drops rings with fewer than 4 positions or zero area, and polygons whose exterior goes', () => {
    const sliver: Position[] = [[0, 0], [1, 1], [2, 2], [0, 0]];
    const triangleOpen: Position[] = [[0, 0], [1, 0], [0, 1]];
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [ccwSquare, sliver, cwHole, triangleOpen],
        [sliver, cwHole],
        [triangleOpen],
      ],
    };
    expect(dropDegenerateRings(multi).coordinates).toEqual([[ccwSquare, cwHole]]);
    expect(dropDegenerateRings({ type: 'Polygon', coordinates: [sliver, cwHole] }).coordinates).toEqual([]);
  });

  it('keeps the real Kyiv unit whole', () => {
    expect(dropDegenerateRings(kyiv.geometry)).toEqual(kyiv.geometry);
  });
});
