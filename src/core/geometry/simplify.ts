// Douglas–Peucker line simplification with a tolerance in metres. Distances are measured in a local equirectangular
// projection at the path's mean latitude (within 1 % over the few degrees of latitude one path spans in Ukraine),
// so the tolerance means the same on the ground in Crimea and in Chernihiv.

/** Mean metres per degree of latitude on the sphere of the WGS 84 mean radius (6,371,008.8 m). */
const METRES_PER_DEGREE = 111_195.08;

/**
 * Indices of the points Douglas–Peucker keeps (always the first and the last), in order. Points are
 * [longitude, latitude] in degrees multiplied by `unitsPerDegree` (1 for degrees, 1e4 for 1e-4° integers).
 * A closed path (first point = last point) is handled: the farthest point from the start is kept first.
 */
export function simplifyPath(
  points: readonly (readonly number[])[],
  toleranceMetres: number,
  unitsPerDegree = 1,
): number[] {
  const n = points.length;
  if (n <= 2 || toleranceMetres <= 0) return Array.from({ length: n }, (_, i) => i);
  const { xs, ys } = project(points, unitsPerDegree);
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tolerance2 = toleranceMetres * toleranceMetres;
  const stack: number[] = [0, n - 1];
  while (stack.length > 0) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    let farthest = -1;
    let farthest2 = tolerance2;
    for (let i = first + 1; i < last; i++) {
      const d2 = segmentDistance2(xs, ys, i, first, last);
      if (d2 > farthest2) {
        farthest2 = d2;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push(first, farthest, farthest, last);
    }
  }
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) kept.push(i);
  return kept;
}

function project(points: readonly (readonly number[])[], unitsPerDegree: number) {
  let latSum = 0;
  for (const p of points) latSum += p[1]!;
  const meanLat = latSum / points.length / unitsPerDegree;
  const kx = (Math.cos((meanLat * Math.PI) / 180) * METRES_PER_DEGREE) / unitsPerDegree;
  const ky = METRES_PER_DEGREE / unitsPerDegree;
  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  points.forEach((p, i) => {
    xs[i] = p[0]! * kx;
    ys[i] = p[1]! * ky;
  });
  return { xs, ys };
}

/** Squared distance from point i to the segment first–last (to the point when the segment is degenerate). */
function segmentDistance2(xs: Float64Array, ys: Float64Array, i: number, first: number, last: number): number {
  const ax = xs[first]!;
  const ay = ys[first]!;
  const dx = xs[last]! - ax;
  const dy = ys[last]! - ay;
  const px = xs[i]! - ax;
  const py = ys[i]! - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
  const ex = px - t * dx;
  const ey = py - t * dy;
  return ex * ex + ey * ey;
}
