// The mineral taxonomy: canonical ids, their names in English and Ukrainian, the critical flag, and recognition of
// the sources' own wording (MRDS, PP1802, Ukrainian and Russian registers). The table is in minerals/table.ts.

import { MINERAL_ENTRIES, type MineralId } from './minerals/table.ts';

export type { MineralId } from './minerals/table.ts';
export { recogniseMinerals, type RecognisedMinerals } from './minerals/recognise.ts';

export interface MineralInfo {
  id: MineralId;
  en: string;
  uk: string;
  critical: boolean;
}

export const CRITICAL_LIST_SOURCES =
  'A mineral is critical when it is on the USGS 2022 List of Critical Minerals (Federal Register 87 FR 10381, ' +
  '24 February 2022) or on the EU 2023 list of critical raw materials (Critical Raw Materials Act, ' +
  'Regulation (EU) 2024/1252, Annex II), the union of the two.';

/** Every mineral the taxonomy knows, sorted by id. */
export const MINERALS: readonly MineralInfo[] = Object.freeze(
  MINERAL_ENTRIES.map(({ id, en, uk, critical }) => Object.freeze({ id: id as MineralId, en, uk, critical })).sort(
    (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  ),
);

const BY_ID = new Map<string, MineralInfo>(MINERALS.map((info) => [info.id, info]));

export function isMineralId(s: string): s is MineralId {
  return BY_ID.has(s);
}

export function mineralInfo(id: MineralId): MineralInfo {
  const info = BY_ID.get(id);
  if (!info) throw new Error(`unknown mineral id "${id}"`);
  return info;
}
