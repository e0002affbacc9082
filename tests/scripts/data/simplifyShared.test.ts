// @vitest-environment node
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { simplifySharedPolygons } from '../../../scripts/data/simplifyShared.ts';

/** A border with small wiggles (≈10 m) from (30, 48) to (30, 49), shared by a western and an eastern square. */
const border: Position[] = Array.from({ length: 101 }, (_, i) => [30 + (i % 2 === 0 ? 0 : 0.0001), 48 + i / 100]);
const west: Polygon = { type: 'Polygon', coordinates: [[[29, 48], ...border, [29, 49], [29, 48]]] };
const east: Polygon = { type: 'Polygon', coordinates: [[[31, 48], [31, 49], ...[...border].reverse(), [31, 48]]] };

describe('simplifySharedPolygons', () => {
  it('simplifies a shared border once, the same for both sides', () => {
    const [w, e] = simplifySharedPolygons([west, east], 100, 5);
    const onBorder = (ring: Position[]) => new Set(ring.filter(([x]) => Math.abs(x! - 30) < 0.01).map((p) => p.join(',')));
    const westBorder = onBorder(w!.coordinates[0]!);
    expect(westBorder.size).toBeLessThan(10);
    expect(westBorder).toEqual(onBorder(e!.coordinates[0]!));
  });

  it('keeps the wiggles when the tolerance is below them', () => {
    const [w] = simplifySharedPolygons([west, east], 1, 5);
    expect(w!.coordinates[0]!.length).toBe(west.coordinates[0]!.length);
  });

  it('gives an island the same points whichever way and from wherever its copies run', () => {
    const ring: Position[] = Array.from({ length: 40 }, (_, i) => {
      const a = (i / 40) * 2 * Math.PI;
      return [30 + 0.1 * Math.cos(a) + (i % 3) * 1e-5, 48 + 0.1 * Math.sin(a)];
    });
    const island: Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
    const rotated = [...ring.slice(7), ...ring.slice(0, 7)].reverse();
    const hole: Polygon = { type: 'Polygon', coordinates: [[[29, 47], [31, 47], [31, 49], [29, 49], [29, 47]], [...rotated, rotated[0]!]] };
    const [a, b] = simplifySharedPolygons([island, hole], 200, 5);
    const key = (r: Position[]) => new Set(r.map((p) => p.join(',')));
    expect(key(a!.coordinates[0]!)).toEqual(key(b!.coordinates[1]!));
    expect(a!.coordinates[0]!.length).toBeLessThan(ring.length);
  });
});
