// Importer for the DeepStateMap occupied-area archive (deepstate-occupied): one MultiPolygon per file, named
// deepstatemap_data_YYYYMMDD.geojson. Everything in it is occupied, including Crimea and ORDLO, which it cannot tell
// apart; it has no contested areas. So its snapshots express only 'occupied'.

import type { FeatureCollection } from 'geojson';
import { featurePolygons, unreadable, type ImportedSnapshot } from './importedSnapshot.ts';
import { readSnapshotText, snapshotStem } from './readSnapshotFile.ts';

/** The run date in the file name (YYYYMMDD → YYYY-MM-DD), or null. */
export function deepStateOccupiedDate(path: string): string | null {
  const match = /(\d{4})(\d{2})(\d{2})$/.exec(snapshotStem(path));
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

export function importDeepStateOccupiedFile(path: string): ImportedSnapshot {
  const date = deepStateOccupiedDate(path);
  if (!date) throw new Error(`${path}: the file name must end in the date, YYYYMMDD`);
  return parseDeepStateOccupied(readSnapshotText(path), path, date);
}

export function parseDeepStateOccupied(text: string, file: string, date: string): ImportedSnapshot {
  const snapshot: ImportedSnapshot = {
    file,
    date,
    time: null,
    source: 'deepstate-occupied',
    expresses: ['occupied'],
    areas: { occupied: [], occupiedBefore2022: null, contested: null, liberated: null },
    issues: [],
  };
  let collection: Partial<FeatureCollection>;
  try {
    collection = JSON.parse(text) as Partial<FeatureCollection>;
  } catch (error) {
    snapshot.issues.push(unreadable(file, `not JSON: ${(error as Error).message}`));
    return snapshot;
  }
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    snapshot.issues.push(unreadable(file, 'not a GeoJSON FeatureCollection'));
    return snapshot;
  }
  collection.features.forEach((feature, index) => {
    const context = { file, feature: index, issues: snapshot.issues };
    snapshot.areas.occupied!.push(...featurePolygons(feature?.geometry ?? null, 'occupied area', context));
  });
  return snapshot;
}
