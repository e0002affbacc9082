// The WGS 84 ellipsoid and its radii of curvature, in kilometres.

export const WGS84_A_KM = 6378.137;
export const WGS84_F = 1 / 298.257223563;
export const WGS84_B_KM = WGS84_A_KM * (1 - WGS84_F);
const E2 = WGS84_F * (2 - WGS84_F);

/** Radius of curvature along the meridian at a latitude (radians): km per radian of latitude. */
export function meridionalRadiusKm(latRad: number): number {
  const s = Math.sin(latRad);
  const w2 = 1 - E2 * s * s;
  return (WGS84_A_KM * (1 - E2)) / (w2 * Math.sqrt(w2));
}

/** Radius of curvature in the prime vertical at a latitude (radians); times cos(lat), km per radian of longitude. */
export function normalRadiusKm(latRad: number): number {
  const s = Math.sin(latRad);
  return WGS84_A_KM / Math.sqrt(1 - E2 * s * s);
}
