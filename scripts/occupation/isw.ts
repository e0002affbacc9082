// Importer for ISW control-of-terrain maps as mirrored by Le Monde: quantised TopoJSON, one layer per file.
// The layer, not any attribute, gives the status: object UkraineControlMap ("assessed Russian-controlled") is
// occupied, object temp ("assessed Russian advances": operating or attacking, not controlling) is contested.
// ISW merges the pre-2022 areas into its controlled layer, so its snapshots cannot express them separately.
// ISW's terms forbid redistribution: this runs only on files a user holds, and nothing built from them is shipped.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import { featurePolygons, unreadable, type ImportedSnapshot, type PolygonRings } from './importedSnapshot.ts';
import { readSnapshotText } from './readSnapshotFile.ts';
import type { SnapshotIssue } from './snapshotIssues.ts';

export type IswLayer = 'occupied' | 'contested';

const LAYERS: ReadonlyMap<string, IswLayer> = new Map<string, IswLayer>([
  ['UkraineControlMap', 'occupied'],
  ['temp', 'contested'],
]);

export interface IswLayerFile {
  file: string;
  layer: IswLayer | null; // null when the topology holds no known layer
  polygons: PolygonRings[];
  issues: SnapshotIssue[];
}

/** One ISW TopoJSON file: its layer by object name and that layer's repaired polygons. */
export function parseIswTopology(text: string, file: string): IswLayerFile {
  const result: IswLayerFile = { file, layer: null, polygons: [], issues: [] };
  let topology: Topology;
  try {
    topology = JSON.parse(text) as Topology;
  } catch (error) {
    result.issues.push(unreadable(file, `not JSON: ${(error as Error).message}`));
    return result;
  }
  if (topology?.type !== 'Topology' || typeof topology.objects !== 'object' || !Array.isArray(topology.arcs)) {
    result.issues.push(unreadable(file, 'not a TopoJSON Topology'));
    return result;
  }
  const names = Object.keys(topology.objects);
  const name = names.find((n) => LAYERS.has(n));
  if (name === undefined) {
    result.issues.push(unreadable(file, `no known ISW layer (objects: ${names.join(', ') || 'none'})`));
    return result;
  }
  result.layer = LAYERS.get(name)!;
  const object = topology.objects[name]!;
  const members = object.type === 'GeometryCollection' ? object.geometries : [object];
  members.forEach((member, index) => {
    const geometry = (feature(topology, member) as Feature<Geometry | null>).geometry;
    const context = { file, feature: index, issues: result.issues };
    result.polygons.push(...featurePolygons(geometry, name, context));
  });
  return result;
}

const DATE = /(\d{4}-\d{2}-\d{2})/;

/** The date of an ISW file: from its own name (Le Monde's YYYY-MM-DD.topojson) or its folder (the archive's). */
export function iswFileDate(path: string): string | null {
  const parts = path.split(/[\\/]/).reverse();
  for (const part of parts) {
    const match = DATE.exec(part);
    if (match) return match[1]!;
  }
  return null;
}

/**
 * One date's snapshot from its layer files. Without an advances layer the snapshot cannot express contested areas.
 */
export function iswSnapshot(date: string, layers: readonly IswLayerFile[]): ImportedSnapshot {
  const occupied = layers.filter((l) => l.layer === 'occupied');
  const contested = layers.filter((l) => l.layer === 'contested');
  return {
    file: layers.map((l) => l.file).join(' + '),
    date,
    time: null,
    source: 'isw',
    expresses: contested.length > 0 ? ['occupied', 'contested'] : ['occupied'],
    areas: {
      occupied: occupied.flatMap((l) => l.polygons),
      contested: contested.length > 0 ? contested.flatMap((l) => l.polygons) : null,
      occupiedBefore2022: null,
      liberated: null,
    },
    issues: layers.flatMap((l) => l.issues),
  };
}

/** Every *.topojson[.gz] under dir (any depth), grouped by date into snapshots, in date order. */
export function importIswFolder(dir: string): ImportedSnapshot[] {
  const byDate = new Map<string, IswLayerFile[]>();
  for (const path of listTopoJson(dir)) {
    const date = iswFileDate(path);
    if (!date) throw new Error(`${path}: no YYYY-MM-DD date in the file or folder name`);
    const layer = parseIswTopology(readSnapshotText(path), path);
    byDate.set(date, [...(byDate.get(date) ?? []), layer]);
  }
  return [...byDate.keys()].sort().map((date) => iswSnapshot(date, byDate.get(date)!));
}

function listTopoJson(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTopoJson(path));
    else if (/\.topojson(?:\.gz)?$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}
