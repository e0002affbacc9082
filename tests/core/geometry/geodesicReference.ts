// An independent reference for geodesic distances on the WGS 84 ellipsoid, for tests only: the geodesic's
// differential equations in latitude, longitude and azimuth, integrated with fourth-order Runge–Kutta, and the
// inverse problem solved by shooting (Newton's method on the start azimuth and the length). Slow, but it shares
// nothing with Vincenty's series, which the code under test uses.

const A_KM = 6378.137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const RAD = Math.PI / 180;
const STEP_KM = 2;

type State = [lat: number, lon: number, azimuth: number];

function derivative([lat, , azimuth]: State): State {
  const s = Math.sin(lat);
  const w = Math.sqrt(1 - E2 * s * s);
  const normal = A_KM / w;
  const meridional = (A_KM * (1 - E2)) / (w * w * w);
  return [
    Math.cos(azimuth) / meridional,
    Math.sin(azimuth) / (normal * Math.cos(lat)),
    (Math.sin(azimuth) * Math.tan(lat)) / normal,
  ];
}

/** Where the geodesic from (lat, lon) in radians with the given azimuth ends after `lengthKm`. */
function travel(lat: number, lon: number, azimuth: number, lengthKm: number): State {
  const steps = Math.max(8, Math.ceil(Math.abs(lengthKm) / STEP_KM));
  const h = lengthKm / steps;
  let y: State = [lat, lon, azimuth];
  const add = (a: State, b: State, k: number): State => [a[0] + k * b[0], a[1] + k * b[1], a[2] + k * b[2]];
  for (let i = 0; i < steps; i++) {
    const k1 = derivative(y);
    const k2 = derivative(add(y, k1, h / 2));
    const k3 = derivative(add(y, k2, h / 2));
    const k4 = derivative(add(y, k3, h));
    y = [
      y[0] + (h / 6) * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]),
      y[1] + (h / 6) * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]),
      y[2] + (h / 6) * (k1[2] + 2 * k2[2] + 2 * k3[2] + k4[2]),
    ];
  }
  return y;
}

/** Geodesic distance in km between two points (degrees), for separations of up to a few thousand km. */
export function referenceGeodesicKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const p1 = lat1 * RAD;
  const l1 = lon1 * RAD;
  const p2 = lat2 * RAD;
  const l2 = lon2 * RAD;
  if (p1 === p2 && l1 === l2) return 0;
  const mid = (p1 + p2) / 2;
  const w = Math.sqrt(1 - E2 * Math.sin(mid) ** 2);
  const dx = (l2 - l1) * (A_KM / w) * Math.cos(mid);
  const dy = (p2 - p1) * ((A_KM * (1 - E2)) / (w * w * w));
  let azimuth = Math.atan2(dx, dy);
  let length = Math.hypot(dx, dy);
  const residual = (az: number, len: number): [number, number] => {
    const [lat, lon] = travel(p1, l1, az, len);
    return [lat - p2, (lon - l2) * Math.cos(p2)];
  };
  for (let iteration = 0; iteration < 30; iteration++) {
    const r = residual(azimuth, length);
    if (Math.hypot(r[0], r[1]) < 1e-14) break;
    const dAz = 1e-7;
    const dLen = Math.max(1e-6, length * 1e-7);
    const ra = residual(azimuth + dAz, length);
    const rl = residual(azimuth, length + dLen);
    const j11 = (ra[0] - r[0]) / dAz;
    const j21 = (ra[1] - r[1]) / dAz;
    const j12 = (rl[0] - r[0]) / dLen;
    const j22 = (rl[1] - r[1]) / dLen;
    const det = j11 * j22 - j12 * j21;
    azimuth -= (r[0] * j22 - r[1] * j12) / det;
    length -= (j11 * r[1] - j21 * r[0]) / det;
  }
  return Math.abs(length);
}
