// Distances between nearby points for linking, in km: on the plane tangent at the pair's mean latitude, scaled by
// the WGS 84 radii of curvature there (tabulated every 0.05° and interpolated, so no trigonometry per pair). Within
// 0.1 % of the geodesic (Vincenty) distance up to 100 km at Ukraine's latitudes (tests/core/linking/
// nearDistance.test.ts), which is all a link radius needs, at a fraction of the cost of the iterative formula over
// millions of candidate pairs.

import { meridionalRadiusKm, normalRadiusKm } from '../geometry/ellipsoid.ts';

const RAD = Math.PI / 180;

const STEP_DEG = 0.05;
const SIZE = Math.round(180 / STEP_DEG) + 1;
const MERIDIONAL = new Float64Array(SIZE);
const PARALLEL = new Float64Array(SIZE);
for (let i = 0; i < SIZE; i++) {
  const lat = (-90 + i * STEP_DEG) * RAD;
  MERIDIONAL[i] = meridionalRadiusKm(lat) * RAD;
  PARALLEL[i] = Math.max(0, normalRadiusKm(lat) * Math.cos(lat)) * RAD;
}

export function nearDistanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const position = ((lat1 + lat2) / 2 + 90) / STEP_DEG;
  const i = Math.min(SIZE - 2, Math.floor(position));
  const f = position - i;
  const kmPerDegreeLat = MERIDIONAL[i]! + (MERIDIONAL[i + 1]! - MERIDIONAL[i]!) * f;
  const kmPerDegreeLonHere = PARALLEL[i]! + (PARALLEL[i + 1]! - PARALLEL[i]!) * f;
  let dLon = lon2 - lon1;
  if (dLon > 180) dLon -= 360;
  else if (dLon < -180) dLon += 360;
  const x = dLon * kmPerDegreeLonHere;
  const y = (lat2 - lat1) * kmPerDegreeLat;
  return Math.sqrt(x * x + y * y);
}

/** Kilometres per degree of latitude at its shortest (at the equator): a degree span never covers less. */
export const MIN_KM_PER_DEGREE_LAT = meridionalRadiusKm(0) * RAD;

/** Kilometres per degree of longitude at a latitude. */
export function kmPerDegreeLon(lat: number): number {
  return normalRadiusKm(lat * RAD) * Math.cos(lat * RAD) * RAD;
}
