// Ring clean-up for polygons read from outside: close rings, drop rings that enclose nothing, and wind them the way
// RFC 7946 asks (exterior counter-clockwise, holes clockwise). The point-in-polygon rule does not depend on winding;
// other GeoJSON readers (d3-geo, some GIS tools) do, which is why what the project writes is rewound.
// Every function returns a new geometry and leaves its argument untouched; non-areal geometries pass through.

import type { Geometry, Position } from 'geojson';

type Rings = Position[][];

/**
 * Shoelace area of a ring in square degrees (planar lon/lat): positive when counter-clockwise, negative when
 * clockwise, 0 for a ring that encloses nothing. The ring is closed implicitly.
 */
export function signedRingArea(ring: readonly Position[]): number {
  const n = ring.length;
  if (n < 3) return 0;
  // Coordinates relative to the first vertex keep the products small, so the sum loses less to cancellation.
  const x0 = ring[0]![0]!;
  const y0 = ring[0]![1]!;
  let twiceArea = 0;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    twiceArea += (a[0]! - x0) * (b[1]! - y0) - (b[0]! - x0) * (a[1]! - y0);
  }
  return twiceArea / 2;
}

/** Exterior rings counter-clockwise, holes clockwise. */
export function rewindRfc7946<G extends Geometry>(geometry: G): G {
  return mapPolygons(geometry, (rings) =>
    rings.map((ring, index) => {
      const area = signedRingArea(ring);
      const wantCounterClockwise = index === 0;
      return (wantCounterClockwise ? area < 0 : area > 0) ? [...ring].reverse() : ring.slice();
    }),
  );
}

/** Appends the first position to every ring whose last position differs from it. */
export function closeRings<G extends Geometry>(geometry: G): G {
  return mapPolygons(geometry, (rings) =>
    rings.map((ring) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first === undefined || last === undefined) return ring.slice();
      return first[0] === last[0] && first[1] === last[1] ? ring.slice() : [...ring, first.slice()];
    }),
  );
}

/**
 * Removes rings with fewer than 4 positions (a closed ring needs at least a triangle plus the closing position)
 * or with zero area. A polygon whose exterior ring goes loses its holes too; a MultiPolygon loses the emptied
 * polygons. Expects closed rings (see `closeRings`).
 */
export function dropDegenerateRings<G extends Geometry>(geometry: G): G {
  return mapPolygons(geometry, (rings) => {
    const exterior = rings[0];
    if (exterior === undefined || isDegenerateRing(exterior)) return [];
    return rings.filter((ring) => !isDegenerateRing(ring));
  });
}

function isDegenerateRing(ring: readonly Position[]): boolean {
  return ring.length < 4 || signedRingArea(ring) === 0;
}

// Applies `change` to each polygon's rings; a MultiPolygon drops the polygons `change` empties.
function mapPolygons<G extends Geometry>(geometry: G, change: (rings: Rings) => Rings): G {
  return mapGeometry(geometry, change) as G;
}

function mapGeometry(geometry: Geometry, change: (rings: Rings) => Rings): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: change(geometry.coordinates) };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map(change).filter((rings) => rings.length > 0),
      };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((member) => mapGeometry(member, change)) };
    default:
      return geometry;
  }
}
