// Importer for DeepStateMap whole-map exports (deepstate-raw archive): a KML-derived FeatureCollection named
// <unix-seconds>.geojson, status in each polygon's name backed by its fill; points never count as territory.

import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import {
  featurePolygons,
  unreadable,
  type AreaClass,
  type ImportedSnapshot,
  type PolygonRings,
} from './importedSnapshot.ts';
import {
  createDeepStateClassifier,
  parseNameTable,
  type DeepStateClassifier,
  type DeepStateClass,
} from './deepstateNames.ts';
import { readSnapshotText, snapshotStem } from './readSnapshotFile.ts';
import type { SnapshotIssue } from './snapshotIssues.ts';

const NAME_TABLE_URL = new URL('../../data/occupation/deepstate-polygon-names.tsv', import.meta.url);

let defaultClassifier: DeepStateClassifier | null = null;

/** The classifier built from the committed name table. */
export function deepStateClassifier(): DeepStateClassifier {
  defaultClassifier ??= createDeepStateClassifier(parseNameTable(readFileSync(NAME_TABLE_URL, 'utf8')));
  return defaultClassifier;
}

/** The publication instant in the file name (DeepState history id, unix seconds), or null. */
export function deepStateRawTime(path: string): Date | null {
  const stem = snapshotStem(path);
  return /^\d{9,11}$/.test(stem) ? new Date(Number(stem) * 1000) : null;
}

export function importDeepStateRawFile(path: string, classify = deepStateClassifier()): ImportedSnapshot {
  const time = deepStateRawTime(path);
  if (!time) throw new Error(`${path}: the file name must be the DeepState history id (unix seconds)`);
  return parseDeepStateRaw(readSnapshotText(path), path, time, classify);
}

export function parseDeepStateRaw(
  text: string,
  file: string,
  time: Date,
  classify = deepStateClassifier(),
): ImportedSnapshot {
  const iso = time.toISOString();
  const snapshot: ImportedSnapshot = {
    file,
    date: iso.slice(0, 10),
    time: iso,
    source: 'deepstate-raw',
    expresses: ['occupied', 'contested', 'occupiedBefore2022'],
    areas: { occupied: [], occupiedBefore2022: [], contested: [], liberated: [] },
    issues: [],
  };
  const features = parseFeatures(text, file, snapshot.issues);
  features.forEach((feature, index) => addFeature(feature, index, snapshot, classify));
  return snapshot;
}

function parseFeatures(text: string, file: string, issues: SnapshotIssue[]): Feature[] {
  let parsed: Partial<FeatureCollection>;
  try {
    parsed = JSON.parse(text) as Partial<FeatureCollection>;
  } catch (error) {
    issues.push(unreadable(file, `not JSON: ${(error as Error).message}`));
    return [];
  }
  if (parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) {
    issues.push(unreadable(file, 'not a GeoJSON FeatureCollection'));
    return [];
  }
  return parsed.features;
}

const TARGET: Record<Exclude<DeepStateClass, 'foreign'>, AreaClass> = {
  occupied: 'occupied',
  pre2022: 'occupiedBefore2022',
  unknown: 'contested',
  liberated: 'liberated',
};

function addFeature(feature: Feature, index: number, snapshot: ImportedSnapshot, classify: DeepStateClassifier) {
  const geometryType = feature?.geometry?.type;
  if (geometryType === 'Point' || geometryType === 'MultiPoint') return;
  const properties = feature?.properties ?? {};
  const name = typeof properties.name === 'string' ? properties.name : '';
  const fill = typeof properties.fill === 'string' ? properties.fill : '';
  const context = { file: snapshot.file, feature: index, issues: snapshot.issues };
  const verdict = classify(name, fill);
  if ('issue' in verdict) {
    snapshot.issues.push({ file: snapshot.file, feature: index, code: verdict.issue, message: verdict.message });
    return;
  }
  const label = JSON.stringify(name);
  const polygons: PolygonRings[] = featurePolygons(feature?.geometry ?? null, label, context);
  if (polygons.length === 0) return;
  if (verdict.class === 'foreign') {
    snapshot.issues.push({
      file: snapshot.file,
      feature: index,
      code: 'foreign-area',
      message: `${label}: an area outside Ukraine, never counted`,
    });
    return;
  }
  snapshot.areas[TARGET[verdict.class]]!.push(...polygons);
}
