// The polygons inside an areal geometry, flattened: each part is one polygon's rings (exterior first, then holes).

import type { Geometry, Position } from 'geojson';

export type PolygonRings = Position[][];

export function polygonParts(geometry: Geometry): PolygonRings[] {
  const parts: PolygonRings[] = [];
  collectParts(geometry, parts);
  return parts;
}

function collectParts(geometry: Geometry, parts: PolygonRings[]): void {
  switch (geometry.type) {
    case 'Polygon':
      parts.push(geometry.coordinates);
      return;
    case 'MultiPolygon':
      parts.push(...geometry.coordinates);
      return;
    case 'GeometryCollection':
      for (const member of geometry.geometries) collectParts(member, parts);
      return;
    default:
      throw new Error(
        `an area must be a Polygon, a MultiPolygon or a GeometryCollection of them, not a ${geometry.type}`,
      );
  }
}
