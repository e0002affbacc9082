// The linking step of normalise: records that describe one deposit become one deposit, and district points are tied
// to the deposits they hold (the rules are in src/core/linking/pairs.ts, the merge in merge.ts, the counting rule in
// counting.ts). Candidates come from a grid over the located records and, for unlocated ones, from their name
// skeleton within their area, never from all pairs. Located pairs are joined strongest first (score, then ids), so
// the result does not depend on input order. An unlocated record then joins the one deposit its name and area
// point to; where they point to several ("Rosario" in a state of many Rosarios) it stays alone, listed as a near
// miss. An override file joins or separates pairs whatever the rules say.

import type { Deposit } from '../../src/core/deposit.ts';
import { findConflicts, type ConflictField } from '../../src/core/linking/conflicts.ts';
import { mergeMembers, orderMembers } from '../../src/core/linking/merge.ts';
import { nameKey, type NameKey } from '../../src/core/linking/nameKey.ts';
import {
  describeJudgement,
  judgePair,
  linkRecordOf,
  pairKind,
  quickJudge,
  type LinkRecord,
  type LinkSettings,
  type PairJudgement,
  type PairKind,
} from '../../src/core/linking/pairs.ts';
import { nearDistanceKm } from '../../src/core/linking/nearDistance.ts';
import { buildPointGrid } from '../../src/core/linking/pointGrid.ts';
import type { IssueLog } from './issues.ts';
import type { LinkOverride, LinkOverrides } from './linkOverrides.ts';

export interface LinkOptions {
  settings: LinkSettings;
  overrides: LinkOverrides | null;
}

export const LINK_COLUMNS = ['decision', 'by', 'a', 'b', 'deposit_a', 'deposit_b', 'score', 'distance_km', 'reason'] as const;

/** One row of links.csv: a pair joined into one deposit, a district holding a deposit, or a near miss. */
export interface LinkRow {
  decision: 'same' | 'contains' | 'different';
  by: 'rule' | 'override';
  /** Record ids (as each record had on its own); for 'contains', a is the district. */
  a: string;
  b: string;
  /** The ids of the deposits a and b ended in. */
  deposit_a: string;
  deposit_b: string;
  score: number;
  distance_km: number | null;
  reason: string;
}

export interface Linked {
  deposits: Deposit[];
  links: LinkRow[];
}

const CONFLICT_CODES: Readonly<Record<ConflictField, string>> = {
  devStatus: 'linked-dev-status-differs',
  oblast: 'linked-oblast-differs',
  location: 'linked-locations-apart',
};

interface Judged {
  a: number;
  b: number;
  judgement: PairJudgement;
}

export function linkDeposits(records: readonly Deposit[], options: LinkOptions, log: IssueLog): Linked {
  const { settings } = options;
  const keys = new Map<string, NameKey>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = nameKey(name)));
    return key;
  };
  const prepared = records.map((record) => linkRecordOf(record, keyOf));
  const idRank = rankById(records);
  const overrides = resolveOverrides(options.overrides, records, log);
  const groups = new Groups(records.length, overrides.different);
  for (const { a, b } of overrides.same) groups.join(a, b);

  const nearMiss = new NearMisses(records.length, idRank);
  const located = findLocatedCandidates(prepared, settings, nearMiss, idRank);
  const joins = located.filter((pair) => pair.judgement.kind === 'peers');
  joins.sort((x, y) => strongestFirst(x, y, idRank));
  for (const { a, b } of joins) groups.join(a, b);
  const unlocated = linkUnlocated(prepared, settings, groups, nearMiss, idRank);
  reportUnmetOverrides(overrides, groups, log);

  const merged = mergeGroups(records, groups, settings, log);
  const districtOf = placeInDistricts(located, groups, merged, idRank);
  const contains = new Map<number, number[]>();
  for (const [root, district] of districtOf) {
    const held = contains.get(district);
    if (held) held.push(root);
    else contains.set(district, [root]);
  }

  const deposits: Deposit[] = [];
  merged.forEach((deposit, root) => {
    const held = contains.get(root);
    const district = districtOf.get(root);
    if (!held && district === undefined) {
      deposits.push(deposit);
      return;
    }
    deposits.push({
      ...deposit,
      link: {
        ...deposit.link,
        contains: held ? held.map((r) => merged[r]!.id).sort() : [],
        containedIn: district === undefined ? null : merged[district]!.id,
      },
    });
  });
  const depositIds = records.map((_, i) => merged[groups.find(i)]!.id);
  const depositOf = (i: number) => depositIds[i]!;
  const candidates = {
    linked: [...located, ...unlocated.joined],
    ambiguous: unlocated.ambiguous,
    nearMiss: nearMiss.pairs(prepared, settings),
  };
  const links = linkRows(candidates, overrides, groups, districtOf, depositOf, prepared, settings);
  return { deposits, links };
}

/** Each record's position among the ids in code-unit order, to break ties without regard to input order. */
function rankById(records: readonly Deposit[]): Int32Array {
  const order = records.map((_, i) => i).sort((a, b) => (records[a]!.id < records[b]!.id ? -1 : 1));
  const rank = new Int32Array(records.length);
  order.forEach((i, r) => (rank[i] = r));
  return rank;
}

function strongestFirst(x: Judged, y: Judged, idRank: Int32Array): number {
  return (
    y.judgement.score - x.judgement.score ||
    Math.min(idRank[x.a]!, idRank[x.b]!) - Math.min(idRank[y.a]!, idRank[y.b]!) ||
    Math.max(idRank[x.a]!, idRank[x.b]!) - Math.max(idRank[y.a]!, idRank[y.b]!)
  );
}

/**
 * Each record's best near miss (QuickJudgement.nearMiss), kept for review: the highest score, ties to the partner
 * with the lower id, so that the choice does not depend on input order. Kept as numbers while millions of pairs are
 * judged; only the pairs finally kept are judged in words.
 */
class NearMisses {
  private readonly score: Float64Array;
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  private readonly kind: Uint8Array;

  constructor(
    count: number,
    private readonly idRank: Int32Array,
  ) {
    this.score = new Float64Array(count).fill(-1);
    this.first = new Int32Array(count).fill(-1);
    this.second = new Int32Array(count).fill(-1);
    this.kind = new Uint8Array(count);
  }

  note(a: number, b: number, kind: PairKind, score: number): void {
    this.noteFor(a, b, a, b, kind, score);
    this.noteFor(b, a, a, b, kind, score);
  }

  private noteFor(record: number, partner: number, a: number, b: number, kind: PairKind, score: number): void {
    const best = this.score[record]!;
    if (score < best) return;
    if (score === best) {
      const current = this.first[record] === record ? this.second[record]! : this.first[record]!;
      if (this.idRank[partner]! >= this.idRank[current]!) return;
    }
    this.score[record] = score;
    this.first[record] = a;
    this.second[record] = b;
    this.kind[record] = kind === 'district' ? 1 : 0;
  }

  /** The kept pairs, each once, judged in full. */
  pairs(records: readonly LinkRecord[], settings: LinkSettings): Judged[] {
    const pairs: Judged[] = [];
    const seen = new Set<number>();
    for (let i = 0; i < records.length; i++) {
      const a = this.first[i]!;
      const b = this.second[i]!;
      if (a < 0 || seen.has(a * records.length + b)) continue;
      seen.add(a * records.length + b);
      pairs.push({ a, b, judgement: judgePair(records[a]!, records[b]!, this.kind[i] === 1 ? 'district' : 'peers', settings) });
    }
    return pairs;
  }
}

/**
 * Judges a candidate pair: a linked pair is returned, a near miss is noted, anything else costs no allocation. Peers
 * are judged with the lower id first and a district first, so that a pair reads the same whatever the input order.
 */
function judgeCandidate(
  records: readonly LinkRecord[],
  i: number,
  j: number,
  kind: PairKind,
  settings: LinkSettings,
  nearMiss: NearMisses,
  idRank: Int32Array,
): Judged | null {
  const [a, b] = kind === 'peers' && idRank[j]! < idRank[i]! ? [j, i] : [i, j];
  const quick = quickJudge(records[a]!, records[b]!, kind, settings);
  if (quick.linked) return { a, b, judgement: judgePair(records[a]!, records[b]!, kind, settings) };
  if (quick.nearMiss) nearMiss.note(a, b, kind, quick.score);
  return null;
}

/** Pairs of located records the rules link: peers that are one deposit, and (district first) deposits in a district. */
function findLocatedCandidates(
  records: readonly LinkRecord[],
  settings: LinkSettings,
  nearMiss: NearMisses,
  idRank: Int32Array,
): Judged[] {
  const linked: Judged[] = [];
  const radii = Float64Array.from(records, (record) => (record.precision === null ? 0 : settings.radiusKm[record.precision]));
  const lats = Float64Array.from(records, (record) => record.lat);
  const lons = Float64Array.from(records, (record) => record.lon);
  const grid = buildPointGrid(lats, lons, settings.radiusKm.approximate);
  records.forEach((record, i) => {
    if (record.precision === null) return;
    const radius = radii[i]!;
    grid.forEachNear(i, radius, (j) => {
      // Each pair once: searched from the record with the wider radius, or the lower index. Only pairs within that
      // radius are judged, so the near misses do not depend on which cells the grid happens to visit. A cheap
      // latitude test first: a degree of latitude is at least 110.5 km.
      const other = radii[j]!;
      if (other > radius || (other === radius && j < i) || Math.abs(lats[i]! - lats[j]!) * 110.5 > radius) return;
      if (nearDistanceKm(lats[i]!, lons[i]!, lats[j]!, lons[j]!) > radius) return;
      let [a, b] = [i, j];
      let kind = pairKind(records[a]!, records[b]!);
      if (kind === null) {
        [a, b] = [j, i];
        kind = pairKind(records[a]!, records[b]!);
        if (kind === null) return;
      }
      const pair = judgeCandidate(records, a, b, kind, settings, nearMiss, idRank);
      if (pair) linked.push(pair);
    });
  });
  return linked;
}

interface UnlocatedLinks {
  joined: Judged[];
  /** For records whose name and area point to several deposits: the best pair, and how many deposits. */
  ambiguous: { pair: Judged; deposits: number }[];
}

// Decided for every unlocated record on the groups the located records formed, then applied, so the order of the
// unlocated records does not matter. Unlocated records of one name and area with no located deposit join together.
function linkUnlocated(
  records: readonly LinkRecord[],
  settings: LinkSettings,
  groups: Groups,
  nearMiss: NearMisses,
  idRank: Int32Array,
): UnlocatedLinks {
  const byNameAndArea = new Map<string, number[]>();
  records.forEach((record, i) => {
    if (record.region === null) return;
    for (const skeleton of record.name.skeletons) {
      const key = `${skeleton}\u0000${record.region}`;
      const list = byNameAndArea.get(key);
      if (list) list.push(i);
      else byNameAndArea.set(key, [i]);
    }
  });
  const result: UnlocatedLinks = { joined: [], ambiguous: [] };
  const seenBy = new Int32Array(records.length).fill(-1);
  records.forEach((record, u) => {
    if (record.precision !== null || record.region === null) return;
    const withLocated: number[] = [];
    const withUnlocated: number[] = [];
    const roots = new Set<number>();
    let best = -1;
    let bestScore = -1;
    for (const skeleton of record.name.skeletons) {
      for (const j of byNameAndArea.get(`${skeleton}\u0000${record.region}`) ?? []) {
        if (j === u || seenBy[j] === u || pairKind(record, records[j]!) === null) continue;
        seenBy[j] = u;
        const quick = quickJudge(record, records[j]!, 'peers', settings);
        if (!quick.linked) {
          if (quick.nearMiss) judgeCandidate(records, u, j, 'peers', settings, nearMiss, idRank);
        } else if (records[j]!.precision === null) {
          withUnlocated.push(j);
        } else {
          withLocated.push(j);
          roots.add(groups.find(j));
          if (quick.score > bestScore || (quick.score === bestScore && idRank[j]! < idRank[best]!)) {
            best = j;
            bestScore = quick.score;
          }
        }
      }
    }
    const judged = (j: number) => judgeCandidate(records, u, j, 'peers', settings, nearMiss, idRank)!;
    if (roots.size > 1) result.ambiguous.push({ pair: judged(best), deposits: roots.size });
    else for (const j of roots.size === 1 ? withLocated : withUnlocated) result.joined.push(judged(j));
  });
  for (const { a, b } of result.joined) groups.join(a, b);
  return result;
}

/** Union-find over record indices that refuses to join two groups an override keeps apart. */
class Groups {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  /** For each group root, its members that an override keeps apart from someone. */
  private readonly guarded = new Map<number, number[]>();

  constructor(
    count: number,
    private readonly apart: ReadonlyMap<number, readonly number[]>,
  ) {
    this.parent = Int32Array.from({ length: count }, (_, i) => i);
    this.size = new Int32Array(count).fill(1);
    for (const i of apart.keys()) this.guarded.set(i, [i]);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  /** Whether an override keeps the groups of a and b apart. */
  keptApart(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    for (const i of this.guarded.get(ra) ?? []) {
      for (const j of this.apart.get(i)!) if (this.find(j) === rb) return true;
    }
    return false;
  }

  join(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb || this.keptApart(a, b)) return;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    const moved = this.guarded.get(rb);
    if (moved) {
      this.guarded.set(ra, [...(this.guarded.get(ra) ?? []), ...moved]);
      this.guarded.delete(rb);
    }
  }

  /** Group root → member indices, for the groups of more than one record. */
  sharedGroups(): Map<number, number[]> {
    const groups = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      if (this.size[root] === 1) continue;
      const list = groups.get(root);
      if (list) list.push(i);
      else groups.set(root, [i]);
    }
    return groups;
  }
}

/** The deposit of each group, at its root's index (a sparse array: other indices are empty). */
function mergeGroups(records: readonly Deposit[], groups: Groups, settings: LinkSettings, log: IssueLog): Deposit[] {
  const merged: Deposit[] = [];
  const shared = groups.sharedGroups();
  records.forEach((record, i) => {
    if (groups.find(i) === i && !shared.has(i)) merged[i] = record;
  });
  for (const [root, indices] of shared) {
    const members = orderMembers(indices.map((i) => records[i]!));
    merged[root] = mergeMembers(members);
    reportConflicts(members, merged[root], settings, log);
  }
  return merged;
}

// Each deposit of finer precision lies in at most one district: the nearest district point that holds it, ties to
// the lower id. A district is a group located at district precision (an override may have merged it with a finer
// record, and then it is a deposit, not a district).
function placeInDistricts(
  located: readonly Judged[],
  groups: Groups,
  merged: readonly Deposit[],
  idRank: Int32Array,
): Map<number, number> {
  const best = new Map<number, { district: number; km: number; rank: number }>();
  for (const { a, b, judgement } of located) {
    if (judgement.kind !== 'district') continue;
    const district = groups.find(a);
    const deposit = groups.find(b);
    if (district === deposit || groups.keptApart(a, b)) continue;
    if (merged[district]!.location?.precision !== 'district') continue;
    const precision = merged[deposit]!.location?.precision;
    if (precision === undefined || precision === 'district' || precision === 'region') continue;
    const km = judgement.distanceKm!;
    const seen = best.get(deposit);
    if (seen === undefined || km < seen.km || (km === seen.km && idRank[district]! < seen.rank)) {
      best.set(deposit, { district, km, rank: idRank[district]! });
    }
  }
  return new Map([...best].map(([deposit, { district }]) => [deposit, district]));
}

interface ResolvedOverride {
  a: number;
  b: number;
  entry: LinkOverride;
  file: string;
}

interface ResolvedOverrides {
  same: ResolvedOverride[];
  different: Map<number, number[]>;
  entries: ResolvedOverride[];
}

function resolveOverrides(overrides: LinkOverrides | null, records: readonly Deposit[], log: IssueLog): ResolvedOverrides {
  const resolved: ResolvedOverrides = { same: [], different: new Map(), entries: [] };
  if (overrides === null) return resolved;
  const index = new Map(records.map((record, i) => [record.id, i]));
  for (const entry of overrides.entries) {
    const a = index.get(entry.a);
    const b = index.get(entry.b);
    for (const [field, id, at] of [['a', entry.a, a], ['b', entry.b, b]] as const) {
      if (at !== undefined) continue;
      log.report({
        file: overrides.file,
        line: entry.line,
        recordId: id,
        severity: 'warning',
        field,
        code: 'unknown-link-id',
        message: `no record has the id "${id}": the override is not applied (ids are as each record has on its own, e.g. pp1802:zavale-graphite-48.20n-30.03e)`,
      });
    }
    if (a === undefined || b === undefined) continue;
    const override = { a, b, entry, file: overrides.file };
    resolved.entries.push(override);
    if (entry.decision === 'same') {
      resolved.same.push(override);
    } else {
      for (const [from, to] of [[a, b], [b, a]] as const) {
        const list = resolved.different.get(from);
        if (list) list.push(to);
        else resolved.different.set(from, [to]);
      }
    }
  }
  return resolved;
}

function reportUnmetOverrides(overrides: ResolvedOverrides, groups: Groups, log: IssueLog): void {
  for (const { a, b, entry, file } of overrides.entries) {
    if ((entry.decision === 'same') === (groups.find(a) === groups.find(b))) continue;
    log.report({
      file,
      line: entry.line,
      recordId: entry.a,
      severity: 'warning',
      field: 'decision',
      code: 'link-override-unmet',
      message: `${entry.a} and ${entry.b} cannot be kept ${entry.decision === 'same' ? 'together' : 'apart'}: other overrides in the file contradict it`,
    });
  }
}

function reportConflicts(members: readonly Deposit[], deposit: Deposit, settings: LinkSettings, log: IssueLog): void {
  for (const conflict of findConflicts(members, deposit, settings)) {
    const source = conflict.member.sources[0]!;
    log.report({
      file: source.file,
      line: source.line,
      recordId: source.recordId,
      severity: 'warning',
      field: conflict.field,
      code: CONFLICT_CODES[conflict.field],
      message: conflict.message,
    });
  }
}

const DECISION_ORDER: Readonly<Record<LinkRow['decision'], number>> = { same: 0, contains: 1, different: 2 };

interface Candidates {
  linked: readonly Judged[];
  ambiguous: UnlocatedLinks['ambiguous'];
  nearMiss: readonly Judged[];
}

function linkRows(
  candidates: Candidates,
  overrides: ResolvedOverrides,
  groups: Groups,
  districtOf: ReadonlyMap<number, number>,
  depositOf: (i: number) => string,
  records: readonly LinkRecord[],
  settings: LinkSettings,
): LinkRow[] {
  const rows: LinkRow[] = [];
  const listed = new Set<number>();
  const pairKey = (a: number, b: number) => (a < b ? a * records.length + b : b * records.length + a);
  const together = (a: number, b: number) => groups.find(a) === groups.find(b);
  const row = (a: number, b: number, decision: LinkRow['decision'], by: LinkRow['by'], j: PairJudgement, why: string) => {
    const key = pairKey(a, b);
    if (listed.has(key)) return;
    listed.add(key);
    rows.push({
      decision,
      by,
      a: records[a]!.id,
      b: records[b]!.id,
      deposit_a: depositOf(a),
      deposit_b: depositOf(b),
      score: j.score,
      distance_km: j.distanceKm === null ? null : Math.round(j.distanceKm * 10) / 10,
      reason: why === '' ? describeJudgement(j) : `${why}; ${describeJudgement(j)}`,
    });
  };

  for (const { a, b, entry } of overrides.entries) {
    const [x, y] = pairKind(records[a]!, records[b]!) === null && pairKind(records[b]!, records[a]!) !== null ? [b, a] : [a, b];
    const j = judgePair(records[x]!, records[y]!, pairKind(records[x]!, records[y]!) ?? 'peers', settings);
    const joined = together(a, b);
    const where = `override at line ${entry.line}: ${entry.decision}`;
    const met = (entry.decision === 'same') === joined;
    row(x, y, joined ? 'same' : 'different', 'override', j, met ? where : `${where}, not met: other overrides contradict it`);
  }
  for (const { a, b, judgement } of candidates.linked) {
    if (judgement.kind === 'peers') {
      if (together(a, b)) row(a, b, 'same', 'rule', judgement, '');
      else row(a, b, 'different', 'override', judgement, 'kept apart by an override');
      continue;
    }
    const holder = districtOf.get(groups.find(b));
    if (holder === groups.find(a)) row(a, b, 'contains', 'rule', judgement, '');
    else if (!together(a, b)) {
      const why =
        holder === undefined
          ? 'not held by the district: kept apart by an override, or not a deposit of finer precision'
          : `held by the nearer district ${depositOf(holder)}`;
      row(a, b, 'different', groups.keptApart(a, b) ? 'override' : 'rule', judgement, why);
    }
  }
  for (const { pair, deposits } of candidates.ambiguous) {
    row(pair.a, pair.b, 'different', 'rule', pair.judgement, `no location, and ${deposits} deposits of that name in the area`);
  }
  for (const pair of candidates.nearMiss) {
    if (!together(pair.a, pair.b)) row(pair.a, pair.b, 'different', 'rule', pair.judgement, '');
  }
  return rows.sort(
    (x, y) =>
      DECISION_ORDER[x.decision] - DECISION_ORDER[y.decision] ||
      compareText(x.deposit_a, y.deposit_a) ||
      compareText(x.a, y.a) ||
      compareText(x.b, y.b),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
