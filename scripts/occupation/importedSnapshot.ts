// The common result of the archive importers: one file's areas by status, with its date, source and issues.

import type { Geometry, Position } from 'geojson';
import type { AreaKind, SnapshotSourceId } from '../../src/core/occupation/history.ts';
import { repairPolygon, type Ring } from './polygonRepair.ts';
import type { SnapshotIssue } from './snapshotIssues.ts';

export type PolygonRings = Ring[];

/** 'liberated': occupied after 2022-02-24 and retaken by the file's date (DeepState raw only). */
export type AreaClass = 'occupied' | 'occupiedBefore2022' | 'contested' | 'liberated';

export interface ImportedSnapshot {
  file: string;
  date: string; // YYYY-MM-DD, UTC
  time: string | null; // ISO 8601 UTC instant when the file carries one (DeepState raw), to order same-day files
  source: SnapshotSourceId;
  expresses: readonly AreaKind[];
  /** Polygons per class, RFC 7946 winding; null where the archive cannot express the class. */
  areas: Record<AreaClass, PolygonRings[] | null>;
  issues: SnapshotIssue[];
}

/** Generous box around Ukraine with its territorial sea (lon 22.1–40.2, lat 44.4–52.4). */
const UKRAINE_BBOX = { west: 21.9, south: 44.0, east: 40.6, north: 52.6 } as const;

interface FeatureContext {
  file: string;
  feature: number;
  issues: SnapshotIssue[];
}

/**
 * The repaired polygons of one feature's geometry (Polygon, MultiPolygon, GeometryCollection of those), or none with
 * an issue: null geometry, other types, nothing valid left, or a centre outside Ukraine's bounding box.
 */
export function featurePolygons(geometry: Geometry | null, label: string, at: FeatureContext): PolygonRings[] {
  const report = (code: SnapshotIssue['code'], message: string) => {
    at.issues.push({ file: at.file, feature: at.feature, code, message: `${label}: ${message}` });
    return [];
  };
  if (!geometry || !geometry.type) return report('null-geometry', 'feature has no geometry');
  const raw: Position[][][] = [];
  const unsupported = collectPolygons(geometry, raw);
  if (unsupported) return report('unsupported-geometry', `geometry type ${unsupported} is not an area`);
  const polygons: PolygonRings[] = [];
  for (const rings of raw) {
    const repaired = repairPolygon(rings);
    if (repaired) polygons.push(repaired);
  }
  if (polygons.length === 0) return report('invalid-geometry', 'no valid ring after repair');
  const [lon, lat] = bboxCentre(polygons);
  if (lon < UKRAINE_BBOX.west || lon > UKRAINE_BBOX.east || lat < UKRAINE_BBOX.south || lat > UKRAINE_BBOX.north) {
    return report('outside-ukraine', `centre ${lon.toFixed(3)},${lat.toFixed(3)} is outside Ukraine's bounding box`);
  }
  return polygons;
}

/** Pushes every polygon's rings; returns the first geometry type that is not an area, if any. */
function collectPolygons(geometry: Geometry, into: Position[][][]): string | null {
  switch (geometry.type) {
    case 'Polygon':
      into.push(geometry.coordinates);
      return null;
    case 'MultiPolygon':
      into.push(...geometry.coordinates);
      return null;
    case 'GeometryCollection':
      for (const member of geometry.geometries) {
        const unsupported = collectPolygons(member, into);
        if (unsupported) return unsupported;
      }
      return null;
    default:
      return geometry.type;
  }
}

function bboxCentre(polygons: readonly PolygonRings[]): [number, number] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0]!) {
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
    }
  }
  return [(west + east) / 2, (south + north) / 2];
}

export function unreadable(file: string, message: string): SnapshotIssue {
  return { file, feature: null, code: 'unreadable-file', message };
}
