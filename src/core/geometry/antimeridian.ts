// Spherical polygons made planar. Data made for spherical renderers (TopoJSON stitched with --spherical, such as
// world-atlas) has rings that step from +180° to -180° longitude; read in the plane those steps are edges across
// the whole map, and the point-in-polygon rule would see nonsense. Here such a polygon is unwrapped so its
// longitudes run on continuously (past ±180°), and a copy shifted by 360° covers the other side of the map;
// a ring that still does not close after unwrapping goes round a pole, and is closed along that pole.

import type { Position } from 'geojson';

type Rings = Position[][];

/** The polygon as planar parts: itself when no edge steps across the antimeridian, else the unwrapped polygon and
 * its copy shifted back by 360°. */
export function planarPolygonParts(rings: Rings): Rings[] {
  if (!rings.some(crossesAntimeridian)) return [rings];
  const exterior = unwrapRing(rings[0]!);
  const [exteriorMin, exteriorMax] = lonRange(exterior);
  const holes = rings.slice(1).map((ring) => {
    const unwrapped = unwrapRing(ring);
    const [min, max] = lonRange(unwrapped);
    const shift = max < exteriorMin ? 360 : min > exteriorMax ? -360 : 0;
    return shift === 0 ? unwrapped : unwrapped.map(([lon, lat]) => [lon! + shift, lat!]);
  });
  const unwrapped = [exterior, ...holes];
  const back = exteriorMax > 180 ? -360 : 360;
  return [unwrapped, unwrapped.map((ring) => ring.map(([lon, lat]) => [lon! + back, lat!]))];
}

function crossesAntimeridian(ring: readonly Position[]): boolean {
  for (let i = 1; i < ring.length; i++) {
    if (Math.abs(ring[i]![0]! - ring[i - 1]![0]!) > 180) return true;
  }
  return false;
}

function unwrapRing(ring: readonly Position[]): Position[] {
  const unwrapped: Position[] = [];
  let offset = 0;
  let previous: number | null = null;
  for (const [lon, lat] of ring) {
    if (previous !== null) {
      const step = lon! - previous;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    previous = lon!;
    unwrapped.push([lon! + offset, lat!]);
  }
  if (offset !== 0) closeAlongPole(unwrapped);
  return unwrapped;
}

// After unwrapping, a ring round a pole ends 360° away from where it started: close it along the pole it encloses
// (the one on the side of its mean latitude).
function closeAlongPole(ring: Position[]): void {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  const meanLat = ring.reduce((sum, position) => sum + position[1]!, 0) / ring.length;
  const pole = meanLat < 0 ? -90 : 90;
  ring.push([last[0]!, pole], [first[0]!, pole], [first[0]!, first[1]!]);
}

function lonRange(ring: readonly Position[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const position of ring) {
    min = Math.min(min, position[0]!);
    max = Math.max(max, position[0]!);
  }
  return [min, max];
}
