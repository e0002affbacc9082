// @vitest-environment node
import { readFileSync } from 'node:fs';
import { geoContains } from 'd3';
import fc from 'fast-check';
import type { Feature, Geometry, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bboxContains, ringsBbox } from '../../../src/core/geometry/bbox.ts';
import { prepareArea, ringsContain } from '../../../src/core/geometry/pointInPolygon.ts';

const kyiv = JSON.parse(
  readFileSync(new URL('../../fixtures/geo/ua-30-kyiv.geojson', import.meta.url), 'utf8'),
) as Feature<Polygon>;

// 10×10 square, counter-clockwise, with a clockwise 2×2 hole at (2..4, 2..4).
const squareWithHole: Position[][] = [
  [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
  [[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]],
];

function reverseRings(rings: Position[][]): Position[][] {
  return rings.map((ring) => [...ring].reverse());
}

// Same closed ring starting at another vertex.
function rotateRing(ring: Position[], by: number): Position[] {
  const open = ring.slice(0, -1);
  const k = by % open.length;
  const rotated = [...open.slice(k), ...open.slice(0, k)];
  return [...rotated, rotated[0]!];
}

function contains(geometry: Geometry, lon: number, lat: number): boolean {
  return prepareArea(geometry).contains(lon, lat);
}

describe('ringsContain and prepareArea: known answers', () => {
  const cases: [string, number, number, boolean][] = [
    ['inside', 5, 5, true],
    ['inside the hole', 3, 3, false],
    ['on the hole edge', 2, 3, true],
    ['on a hole vertex', 4, 4, true],
    ['on the outer edge', 10, 5, true],
    ['on the bottom edge', 5, 0, true],
    ['on an outer vertex', 10, 10, true],
    ['outside, east', 11, 5, false],
    ['outside, west, ray along the bottom edge', -1, 0, false],
    ['outside, west, ray along the top edge', -1, 10, false],
    ['inside, ray through the hole', 1, 3, true],
    ['inside, ray along the hole bottom edge', 1, 2, true],
    ['inside, ray through a hole vertex row', 5, 4, true],
  ];
  for (const [label, lon, lat, expected] of cases) {
    it(`square with hole: ${label} (${lon}, ${lat})`, () => {
      expect(ringsContain(squareWithHole, lon, lat)).toBe(expected);
      expect(ringsContain(reverseRings(squareWithHole), lon, lat)).toBe(expected);
      expect(contains({ type: 'Polygon', coordinates: squareWithHole }, lon, lat)).toBe(expected);
      expect(contains({ type: 'Polygon', coordinates: reverseRings(squareWithHole) }, lon, lat)).toBe(expected);
    });
  }

  it('handles horizontal edges at the ray level (an L-shaped polygon)', () => {
    const ell: Position[][] = [[[0, 0], [4, 0], [4, 2], [2, 2], [2, 4], [0, 4], [0, 0]]];
    const expectations: [number, number, boolean][] = [
      [1, 2, true], // ray runs along the horizontal edge (2..4, 2)
      [3, 2, true], // on that edge
      [3, 3, false], // in the notch
      [5, 2, false],
      [-1, 2, false],
      [-1, 4, false],
      [3, 1, true],
      [1, 3, true],
      [2, 3, true], // on the vertical edge of the notch
      [4, 2, true], // vertex
    ];
    for (const [lon, lat, expected] of expectations) {
      expect([lon, lat, ringsContain(ell, lon, lat)]).toEqual([lon, lat, expected]);
      expect([lon, lat, contains({ type: 'Polygon', coordinates: ell }, lon, lat)]).toEqual([lon, lat, expected]);
    }
  });

  it('counts a point on a slanted edge as inside, and a point just beyond it as outside', () => {
    const triangle: Position[][] = [[[0, 0], [4, 0], [0, 4], [0, 0]]];
    expect(ringsContain(triangle, 2, 2)).toBe(true);
    expect(ringsContain(triangle, 2 + 1e-9, 2)).toBe(false);
    expect(ringsContain(triangle, 1, 1)).toBe(true);
  });

  it('accepts rings that are not closed', () => {
    const open: Position[][] = [[[0, 0], [10, 0], [10, 10], [0, 10]]];
    expect(ringsContain(open, 5, 5)).toBe(true);
    expect(ringsContain(open, 0, 5)).toBe(true);
    expect(contains({ type: 'Polygon', coordinates: open }, 0, 5)).toBe(true);
    expect(ringsContain(open, -1, 5)).toBe(false);
  });

  it('evaluates MultiPolygon parts one by one: overlapping parts do not cancel', () => {
    const a: Position[][] = [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]];
    const b: Position[][] = [[[2, 2], [6, 2], [6, 6], [2, 6], [2, 2]]];
    const far: Position[][] = [[[20, 20], [21, 20], [21, 21], [20, 21], [20, 20]]];
    const multi: Geometry = { type: 'MultiPolygon', coordinates: [a, b, far] };
    expect(contains(multi, 3, 3)).toBe(true); // in both parts
    expect(contains(multi, 1, 1)).toBe(true);
    expect(contains(multi, 5, 5)).toBe(true);
    expect(contains(multi, 20.5, 20.5)).toBe(true);
    expect(contains(multi, 10, 10)).toBe(false);
    // Even-odd over all rings at once would say "outside" in the overlap; the rule is part by part.
    expect(ringsContain([...a, ...b], 3, 3)).toBe(false);
  });

  it('evaluates (nested) GeometryCollections of polygons', () => {
    const collection: Geometry = {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', coordinates: squareWithHole },
        {
          type: 'GeometryCollection',
          geometries: [{ type: 'MultiPolygon', coordinates: [[[[20, 0], [22, 0], [22, 2], [20, 0]]]] }],
        },
      ],
    };
    const area = prepareArea(collection);
    expect(area.bbox).toEqual([0, 0, 22, 10]);
    expect(area.contains(5, 5)).toBe(true);
    expect(area.contains(3, 3)).toBe(false);
    expect(area.contains(21.5, 1)).toBe(true);
    expect(area.contains(20.5, 1.5)).toBe(false);
  });

  it('gives an empty area for an empty MultiPolygon', () => {
    const area = prepareArea({ type: 'MultiPolygon', coordinates: [] });
    expect(area.contains(0, 0)).toBe(false);
  });

  it('rejects geometries that are not areas, naming the type', () => {
    expect(() => prepareArea({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toThrow(/LineString/);
    expect(() => prepareArea({ type: 'Point', coordinates: [0, 0] })).toThrow(
      /Polygon, a MultiPolygon or a GeometryCollection/,
    );
    expect(() =>
      prepareArea({ type: 'GeometryCollection', geometries: [{ type: 'MultiPoint', coordinates: [] }] }),
    ).toThrow(/MultiPoint/);
  });
});

describe('a real unit: Kyiv (UA-30), with the Kotsiubynske enclave as a hole', () => {
  const area = prepareArea(kyiv.geometry);
  const rings = kyiv.geometry.coordinates;

  it('places known points', () => {
    expect(area.contains(30.5234, 50.4501)).toBe(true); // Maidan Nezalezhnosti
    expect(area.contains(30.335, 50.487)).toBe(false); // Kotsiubynske, in the hole (Kyiv Oblast)
    expect(area.contains(30.7903, 50.5111)).toBe(false); // Brovary, Kyiv Oblast
    expect(area.contains(30.9516, 50.3451)).toBe(false); // Boryspil
  });

  it('counts every vertex and every edge midpoint as inside', () => {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1]!;
        const [x2, y2] = ring[i]!;
        expect(area.contains(x1!, y1!)).toBe(true);
        if (x1 === x2 || y1 === y2) expect(area.contains((x1! + x2!) / 2, (y1! + y2!) / 2)).toBe(true);
      }
    }
  });

  it('agrees with d3.geoContains given d3 winding (clockwise exterior); d3 inverts RFC 7946 winding', () => {
    const d3Wound: Polygon = { type: 'Polygon', coordinates: reverseRings(rings) };
    const [minLon, minLat, maxLon, maxLat] = area.bbox;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (u, v) => {
        const lon = minLon + u * (maxLon - minLon);
        const lat = minLat + v * (maxLat - minLat);
        const ours = area.contains(lon, lat);
        expect(geoContains(d3Wound, [lon, lat])).toBe(ours);
        expect(geoContains(kyiv.geometry, [lon, lat])).toBe(!ours);
      }),
      { numRuns: 500 },
    );
  });
});

describe('properties', () => {
  // Small integer coordinates make vertices, edges and horizontal edges at the query's latitude common.
  const gridCoordinate = fc.integer({ min: -6, max: 6 });
  const closedRing = (maxLength: number) =>
    fc
      .array(fc.tuple(gridCoordinate, gridCoordinate), { minLength: 3, maxLength })
      .map((points) => [...points, points[0]!].map(([x, y]) => [x, y]));
  const rings = (maxLength: number) => fc.array(closedRing(maxLength), { minLength: 1, maxLength: 3 });
  const coordinate = fc.oneof(gridCoordinate, fc.double({ min: -7, max: 7, noNaN: true }), fc.constant(0.5));
  const point = fc.tuple(coordinate, coordinate);

  it('prepared areas answer exactly as the plain rule (small and banded polygons)', () => {
    fc.assert(
      fc.property(fc.oneof(rings(8), rings(120)), fc.array(point, { minLength: 1, maxLength: 30 }), (rs, points) => {
        const area = prepareArea({ type: 'Polygon', coordinates: rs });
        for (const [lon, lat] of points) expect(area.contains(lon, lat)).toBe(ringsContain(rs, lon, lat));
      }),
      { numRuns: 400 },
    );
  });

  it('a MultiPolygon contains a point exactly when one of its parts does', () => {
    fc.assert(
      fc.property(fc.array(rings(10), { minLength: 1, maxLength: 3 }), point, (parts, [lon, lat]) => {
        const expected = parts.some((part) => ringsContain(part, lon, lat));
        expect(contains({ type: 'MultiPolygon', coordinates: parts }, lon, lat)).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('does not depend on ring winding', () => {
    fc.assert(
      fc.property(rings(12), point, (rs, [lon, lat]) => {
        expect(ringsContain(reverseRings(rs), lon, lat)).toBe(ringsContain(rs, lon, lat));
      }),
      { numRuns: 1000 },
    );
  });

  it("does not depend on a ring's start vertex", () => {
    fc.assert(
      fc.property(rings(12), fc.nat(), point, (rs, by, [lon, lat]) => {
        const rotated = rs.map((ring) => rotateRing(ring, by));
        expect(ringsContain(rotated, lon, lat)).toBe(ringsContain(rs, lon, lat));
      }),
      { numRuns: 1000 },
    );
  });

  it('never finds a point inside that lies outside the bounding box', () => {
    fc.assert(
      fc.property(rings(12), point, (rs, [lon, lat]) => {
        if (ringsContain(rs, lon, lat)) expect(bboxContains(ringsBbox(rs), lon, lat)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('prepared and plain rule agree on a large polygon with real coordinates (Kyiv) at random points', () => {
    const area = prepareArea(kyiv.geometry);
    const [minLon, minLat, maxLon, maxLat] = area.bbox;
    fc.assert(
      fc.property(
        fc.double({ min: minLon - 0.01, max: maxLon + 0.01, noNaN: true }),
        fc.double({ min: minLat - 0.01, max: maxLat + 0.01, noNaN: true }),
        (lon, lat) => {
          expect(area.contains(lon, lat)).toBe(ringsContain(kyiv.geometry.coordinates, lon, lat));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
