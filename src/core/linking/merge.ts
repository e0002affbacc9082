// One deposit from the records that describe it. Nothing is averaged or rewritten: each field is taken whole from one
// record, and `origin` says which.
//
// - Members are ordered by dataset rank, then id; the first is the primary: its id is the deposit's id, its name the
//   deposit's name, and the other members' ids become aliases. The rank is fixed (DATASET_RANK), never the input
//   order, so the same records give the same deposit whatever order they came in; a new record of a better-ranked
//   dataset can take over the id, and the old id stays resolvable as an alias.
// - Location: the most precise (exact > approximate > settlement > district > region), ties to the earlier member;
//   country and oblast come with it (an unlocated deposit takes the first member's that has one).
// - Development status: the first member's that is not 'unknown'. Administrative area and the reported occupation:
//   the first member's that has one. Occupation otherwise follows the location.
// - Minerals: the union, sorted by id, each with every member's wording ("Graphite; Графіт"). Reserves: all, in
//   member order. Sources: every member's, in member order.

import type { Dataset, Deposit, DepositLink, FieldOrigin, LocationPrecision, MineralMention } from '../deposit.ts';

/** The register first (Ukraine's own names, statuses and reserves), then MRDS (real ids), then PP1802. */
export const DATASET_RANK: Readonly<Record<Dataset, number>> = { 'ua-register': 0, mrds: 1, pp1802: 2 };

export const PRECISION_RANK: Readonly<Record<LocationPrecision, number>> = {
  exact: 0,
  approximate: 1,
  settlement: 2,
  district: 3,
  region: 4,
};

export function compareMembers(a: Deposit, b: Deposit): number {
  const rank = DATASET_RANK[a.sources[0]!.dataset] - DATASET_RANK[b.sources[0]!.dataset];
  return rank !== 0 ? rank : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Members in their merge order (compareMembers). */
export function orderMembers(members: readonly Deposit[]): Deposit[] {
  return [...members].sort(compareMembers);
}

/** The deposit the members describe together; `members` must be in merge order. One member is returned as it is. */
export function mergeMembers(members: readonly Deposit[]): Deposit {
  const primary = members[0]!;
  if (members.length === 1) return primary;
  const offsets: number[] = [];
  let count = 0;
  for (const member of members) {
    offsets.push(count);
    count += member.sources.length;
  }
  const at = (m: number, index: number | null) => (index === null ? null : offsets[m]! + index);
  const first = (has: (d: Deposit) => boolean) => {
    const m = members.findIndex(has);
    return m < 0 ? null : m;
  };

  let placed: number | null = null;
  members.forEach((member, m) => {
    const location = member.location;
    if (location === null) return;
    const best = placed === null ? null : members[placed]!.location!;
    if (best === null || PRECISION_RANK[location.precision] < PRECISION_RANK[best.precision]) placed = m;
  });
  const countryFrom = placed ?? first((d) => d.country !== null);
  const oblastFrom = placed ?? first((d) => d.oblast !== null);
  const adminAreaFrom = first((d) => d.adminArea !== null);
  const statusFrom = first((d) => d.devStatus.id !== 'unknown') ?? 0;
  const reportedFrom = first((d) => d.occupation.reported !== null);
  const occupationFrom = placed ?? 0;

  const origin: FieldOrigin = {
    name: offsets[0]! + primary.origin.name,
    location: placed === null ? null : at(placed, members[placed]!.origin.location),
    country: countryFrom === null ? null : at(countryFrom, members[countryFrom]!.origin.country),
    oblast: oblastFrom === null ? null : at(oblastFrom, members[oblastFrom]!.origin.oblast),
    adminArea: adminAreaFrom === null ? null : at(adminAreaFrom, members[adminAreaFrom]!.origin.adminArea),
    devStatus: at(statusFrom, members[statusFrom]!.origin.devStatus)!,
    reported: reportedFrom === null ? null : at(reportedFrom, members[reportedFrom]!.origin.reported),
  };
  const link: DepositLink = {
    aliases: members
      .flatMap((member) => [member.id, ...member.link.aliases])
      .filter((id) => id !== primary.id)
      .sort(),
    otherNames: otherNames(members),
    contains: [],
    containedIn: null,
  };
  const located = placed === null ? null : members[placed]!;
  return {
    id: primary.id,
    name: primary.name,
    minerals: mergeMinerals(members),
    location: located?.location ?? null,
    country: countryFrom === null ? null : members[countryFrom]!.country,
    oblast: oblastFrom === null ? null : members[oblastFrom]!.oblast,
    adminArea: adminAreaFrom === null ? null : members[adminAreaFrom]!.adminArea,
    devStatus: members[statusFrom]!.devStatus,
    reserves: members.flatMap((member) => member.reserves),
    occupation: {
      ...members[occupationFrom]!.occupation,
      reported: reportedFrom === null ? null : members[reportedFrom]!.occupation.reported,
    },
    sources: members.flatMap((member) => member.sources),
    origin,
    link,
  };
}

function otherNames(members: readonly Deposit[]): string[] {
  const primaryName = members[0]!.name.original;
  const names: string[] = [];
  for (const member of members) {
    for (const name of [member.name.original, ...member.link.otherNames]) {
      if (name !== primaryName && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

function mergeMinerals(members: readonly Deposit[]): MineralMention[] {
  const wordings = new Map<string, string[]>();
  for (const member of members) {
    for (const mention of member.minerals) {
      const seen = wordings.get(mention.id);
      if (!seen) wordings.set(mention.id, [mention.asWritten]);
      else if (!seen.includes(mention.asWritten)) seen.push(mention.asWritten);
    }
  }
  return [...wordings.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, asWritten]) => ({ id: id as MineralMention['id'], asWritten: asWritten.join('; ') }));
}
