// Stable deposit ids: `{dataset}:{source id}` where the source has a real id, otherwise a slug of the Latin name,
// the first mineral and the coordinates rounded to 0.01° (47.25n-35.70e), with -2, -3 … in file order on a clash.

import type { Dataset, Location, MineralMention } from '../../src/core/deposit.ts';

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function slugBase(latinName: string, minerals: readonly MineralMention[], location: Location | null): string {
  const parts = [slugify(latinName) || 'unnamed', minerals[0]?.id ?? 'no-mineral'];
  if (location) parts.push(hemisphere(location.lat, 'n', 's'), hemisphere(location.lon, 'e', 'w'));
  return parts.join('-');
}

/** 47.25n, 77.05w: readable in a URL, and no sign to collide with the hyphen separator. */
function hemisphere(degrees: number, positive: string, negative: string): string {
  const rounded = Math.abs(degrees).toFixed(2);
  return rounded + (Number(rounded) === 0 ? '' : degrees > 0 ? positive : negative);
}

export type IdClaim = { ok: true; id: string } | { ok: false; firstSeen: { file: string; line: number } };

/** Hands out ids in input order; a repeated source id is refused, a repeated slug gets the next free suffix. */
export class IdRegistry {
  private readonly seen = new Map<string, { file: string; line: number }>();

  claimSourceId(dataset: Dataset, recordId: string, file: string, line: number): IdClaim {
    const id = `${dataset}:${recordId}`;
    const firstSeen = this.seen.get(id);
    if (firstSeen) return { ok: false, firstSeen };
    this.seen.set(id, { file, line });
    return { ok: true, id };
  }

  claimSlug(dataset: Dataset, base: string, file: string, line: number): string {
    let id = `${dataset}:${base}`;
    for (let n = 2; this.seen.has(id); n++) id = `${dataset}:${base}-${n}`;
    this.seen.set(id, { file, line });
    return id;
  }
}
