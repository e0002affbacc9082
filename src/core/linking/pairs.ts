// Judging a candidate pair of records: are they one deposit (peers), or does a district point hold a deposit
// (district)? The evidence is the name (nameKey.ts), the distance against a radius that widens with coarser
// locations, and the minerals; the verdict follows fixed rules, and the score only ranks the evidence for review.
//
// Peers are one deposit when
//   - their minerals are not disjoint (a record without minerals does not contradict), and
//   - both are located no farther apart than the wider of their two radii, and their names are the same (or the
//     same in another spelling); or, for records of different datasets no farther apart than `partNameKm`, share a
//     name part ("Bolshe Tokmak" and "Великотокмацьке": one dataset never names one deposit that differently); or
//   - one or both are unlocated, their names are the same, and they name the same oblast (or, outside Ukraine, the
//     same administrative area) and no different countries.
// A district point holds a located deposit of finer precision when it lies within the district's radius and they
// share a mineral. Records of coarser precision never merge with finer ones, and an unlocated record is never
// merged into a district or region point: the point would stand for it without saying where it is.
//
// score = 0.6 × name (1 same, 0.9 spelling, 0.6 part, 0 otherwise) + 0.25 × proximity (1 − distance / radius; 0.5
// for an unlocated pair in one area) + 0.15 × minerals (1 shared, 0.5 unknown, 0 disjoint).

import type { Dataset, Deposit, LocationPrecision } from '../deposit.ts';
import { MINERALS, type MineralId } from '../minerals.ts';
import { compareNames, nameKey, nameScore, PART_SCORE, SPELLING_SCORE, type NameKey, type NameMatch } from './nameKey.ts';
import { nearDistanceKm } from './nearDistance.ts';

export interface LinkSettings {
  /** How far from each other records of a precision may lie and still be one deposit; a pair takes the wider. */
  radiusKm: Readonly<Record<LocationPrecision, number>>;
  /** How close records of different datasets must lie for a shared name part alone to link them. */
  partNameKm: number;
}

// A few km for points given for the deposit itself; settlement points lie "several to some tens of km" from the
// deposit (data/ua-register/README.md); a district point stands for an area tens of km across: PP1802's Irshansk
// and Volnogorsk district points lie 49 and 43 km from the deposits the register names for those districts.
export const DEFAULT_LINK_SETTINGS: LinkSettings = {
  radiusKm: { exact: 2, approximate: 5, settlement: 15, district: 50, region: 100 },
  partNameKm: 2,
};

/** What linking needs of a record, computed once. */
export interface LinkRecord {
  id: string;
  dataset: Dataset;
  name: NameKey;
  /** NaN when unlocated. */
  lat: number;
  lon: number;
  precision: LocationPrecision | null;
  minerals: readonly MineralId[];
  /** One bit per mineral (ids share bits modulo 31): disjoint masks mean disjoint minerals. */
  mineralMask: number;
  /** The oblast code, or outside Ukraine the administrative area as written, lower-cased. */
  region: string | null;
  country: string | null;
}

const MINERAL_BIT = new Map<string, number>(MINERALS.map((info, index) => [info.id, 1 << index % 31]));

export function linkRecordOf(deposit: Deposit, keyOf: (name: string) => NameKey = nameKey): LinkRecord {
  const minerals =
    deposit.minerals.length === 1 ? [deposit.minerals[0]!.id] : [...new Set(deposit.minerals.map((m) => m.id))].sort();
  let mineralMask = 0;
  for (const id of minerals) mineralMask |= MINERAL_BIT.get(id) ?? 0;
  return {
    id: deposit.id,
    dataset: deposit.sources[0]!.dataset,
    name: keyOf(deposit.name.original),
    lat: deposit.location?.lat ?? NaN,
    lon: deposit.location?.lon ?? NaN,
    precision: deposit.location?.precision ?? null,
    minerals,
    mineralMask,
    region: deposit.oblast?.code ?? deposit.adminArea?.toLowerCase() ?? null,
    country: deposit.country,
  };
}

export type PairKind = 'peers' | 'district';

const COARSE: ReadonlySet<LocationPrecision> = new Set(['district', 'region']);

/** How two records can be related: 'district' when `a` is a district point and `b` a finer located record. */
export function pairKind(a: LinkRecord, b: LinkRecord): PairKind | null {
  if (a.precision === null || b.precision === null) {
    const other = a.precision ?? b.precision;
    return other === null || !COARSE.has(other) ? 'peers' : null;
  }
  const aCoarse = COARSE.has(a.precision);
  if (aCoarse === COARSE.has(b.precision)) return 'peers';
  return a.precision === 'district' && !COARSE.has(b.precision) ? 'district' : null;
}

export interface PairJudgement {
  kind: PairKind;
  /** One deposit (peers), or the deposit lies in the district (district). */
  linked: boolean;
  score: number;
  name: NameMatch;
  distanceKm: number | null;
  radiusKm: number | null;
  /** Minerals both have; null when either has none. */
  shared: MineralId[] | null;
  /** For a pair with an unlocated record: whether both name the same area (null when either names none). */
  sameRegion: boolean | null;
  verdict: string;
}

/** The numbers of a judgement without its words, for the millions of candidate pairs most of which come to nothing. */
export interface QuickJudgement {
  /** Set when the pair is linked or a near miss. */
  score: number;
  linked: boolean;
  /**
   * Not linked, though the names match at least in part and a place (within the radius, or the same area) or a
   * mineral is in common: the pairs a reviewer should see. Neighbours that only share a mineral are not listed.
   */
  nearMiss: boolean;
}

type MineralEvidence = 'shared' | 'unknown' | 'disjoint';

interface Evidence {
  nameScore: number;
  distanceKm: number | null;
  radiusKm: number | null;
  minerals: MineralEvidence;
  sameRegion: boolean | null;
}

const evidence: Evidence = { nameScore: 0, distanceKm: null, radiusKm: null, minerals: 'unknown', sameRegion: null };
const quick: QuickJudgement = { score: 0, linked: false, nearMiss: false };

/** The returned object is reused by the next call: read it before judging another pair. */
export function quickJudge(a: LinkRecord, b: LinkRecord, kind: PairKind, settings: LinkSettings): Readonly<QuickJudgement> {
  // Peers whose names do not match at all are neither linked nor a near miss, whatever else they share.
  if (kind === 'peers' && nameScore(a.name, b.name) === 0) {
    quick.linked = false;
    quick.nearMiss = false;
    return quick;
  }
  const e = gather(a, b, kind, settings);
  quick.score = scoreOf(e);
  quick.linked = verdictOf(a, b, kind, e, settings) === LINKED[kind];
  const place = e.distanceKm !== null ? e.distanceKm <= e.radiusKm! : e.sameRegion === true;
  quick.nearMiss = !quick.linked && e.nameScore > 0 && (place || e.minerals === 'shared');
  return quick;
}

export function judgePair(a: LinkRecord, b: LinkRecord, kind: PairKind, settings: LinkSettings): PairJudgement {
  const e = gather(a, b, kind, settings);
  const verdict = verdictOf(a, b, kind, e, settings);
  return {
    kind,
    linked: verdict === LINKED[kind],
    score: scoreOf(e),
    name: compareNames(a.name, b.name),
    distanceKm: e.distanceKm,
    radiusKm: e.radiusKm,
    shared: e.minerals === 'unknown' ? null : a.minerals.filter((id) => b.minerals.includes(id)),
    sameRegion: e.sameRegion,
    verdict,
  };
}

function gather(a: LinkRecord, b: LinkRecord, kind: PairKind, settings: LinkSettings): Evidence {
  const located = a.precision !== null && b.precision !== null;
  evidence.nameScore = nameScore(a.name, b.name);
  evidence.distanceKm = located ? nearDistanceKm(a.lat, a.lon, b.lat, b.lon) : null;
  evidence.radiusKm = !located
    ? null
    : kind === 'district'
      ? settings.radiusKm[a.precision!]
      : Math.max(settings.radiusKm[a.precision!], settings.radiusKm[b.precision!]);
  evidence.minerals = mineralEvidence(a, b);
  evidence.sameRegion = located || a.region === null || b.region === null ? null : a.region === b.region;
  return evidence;
}

function scoreOf(e: Evidence): number {
  const proximity = e.distanceKm !== null ? Math.max(0, 1 - e.distanceKm / e.radiusKm!) : e.sameRegion ? 0.5 : 0;
  const minerals = e.minerals === 'shared' ? 1 : e.minerals === 'unknown' ? 0.5 : 0;
  return Math.round((0.6 * e.nameScore + 0.25 * proximity + 0.15 * minerals) * 100) / 100;
}

const LINKED: Readonly<Record<PairKind, string>> = { peers: 'one deposit', district: 'lies in the district' };

function verdictOf(a: LinkRecord, b: LinkRecord, kind: PairKind, e: Evidence, settings: LinkSettings): string {
  if (kind === 'district') {
    if (e.minerals !== 'shared') return 'no mineral in common with the district';
    return e.distanceKm! > e.radiusKm! ? 'outside the district radius' : LINKED.district;
  }
  if (e.minerals === 'disjoint') return 'different minerals';
  const sameName = e.nameScore >= SPELLING_SCORE;
  if (e.distanceKm !== null) {
    if (e.distanceKm > e.radiusKm!) return 'too far apart';
    if (sameName) return LINKED.peers;
    if (e.nameScore < PART_SCORE) return 'different names';
    if (a.dataset === b.dataset) return 'only a name part in common, in one dataset';
    if (e.distanceKm > settings.partNameKm || e.minerals !== 'shared') return 'only a name part in common, not close enough';
    return LINKED.peers;
  }
  if (!sameName) return 'different names and no location to compare';
  if (a.country !== null && b.country !== null && a.country !== b.country) return 'different countries';
  if (e.sameRegion === null) return 'same name but no location or area to compare';
  if (!e.sameRegion) return 'same name in different areas';
  return LINKED.peers;
}

function mineralEvidence(a: LinkRecord, b: LinkRecord): MineralEvidence {
  if (a.minerals.length === 0 || b.minerals.length === 0) return 'unknown';
  if ((a.mineralMask & b.mineralMask) === 0) return 'disjoint';
  for (const id of a.minerals) if (b.minerals.includes(id)) return 'shared';
  return 'disjoint';
}

/** The judgement in words, for links.csv: name; distance or area; minerals; verdict. */
export function describeJudgement(j: PairJudgement): string {
  const name =
    j.name.kind === 'same'
      ? `same name "${j.name.detail}"`
      : j.name.kind === 'spelling'
        ? `same name in another spelling "${j.name.detail}"`
        : j.name.kind === 'part'
          ? `names share "${j.name.detail}"`
          : j.name.kind === 'different'
            ? `names differ (${j.name.detail})`
            : 'a name of generic words only';
  const place =
    j.distanceKm !== null
      ? `${j.distanceKm.toFixed(1)} km apart (radius ${j.radiusKm} km)`
      : j.sameRegion === null
        ? 'no location and no common area to compare'
        : j.sameRegion
          ? 'no location to compare, same area'
          : 'no location to compare, different areas';
  const minerals = j.shared === null ? 'minerals unknown' : j.shared.length > 0 ? `share ${j.shared.join(', ')}` : 'no mineral in common';
  return `${name}; ${place}; ${minerals}: ${j.verdict}`;
}
