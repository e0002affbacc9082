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
  // Where each id was first claimed, as an index into two parallel lists: one number per id rather than one object,
  // which matters with 300,000 ids.
  private readonly seen = new Map<string, number>();
  private readonly files: string[] = [];
  private readonly lines: number[] = [];

  claimSourceId(dataset: Dataset, recordId: string, file: string, line: number): IdClaim {
    const id = `${dataset}:${recordId}`;
    const at = this.seen.get(id);
    if (at !== undefined) return { ok: false, firstSeen: { file: this.files[at]!, line: this.lines[at]! } };
    this.remember(id, file, line);
    return { ok: true, id };
  }

  claimSlug(dataset: Dataset, base: string, file: string, line: number): string {
    let id = `${dataset}:${base}`;
    for (let n = 2; this.seen.has(id); n++) id = `${dataset}:${base}-${n}`;
    this.remember(id, file, line);
    return id;
  }

  private remember(id: string, file: string, line: number): void {
    this.seen.set(id, this.lines.length);
    this.files.push(file);
    this.lines.push(line);
  }
}
