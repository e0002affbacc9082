// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdRegistry, slugBase, slugify } from '../../../scripts/normalise/ids.ts';

describe('slugify', () => {
  it('keeps Latin letters and digits, folds diacritics and apostrophes', () => {
    expect(slugify("Vysokopl'ye")).toBe('vysokoplye');
    expect(slugify('Zaval’E')).toBe('zavale');
    expect(slugify('Bokai and Unki East (Main Sulphide  Zone)')).toBe('bokai-and-unki-east-main-sulphide-zone');
    expect(slugify('Côte d’Ivoire')).toBe('cote-divoire');
  });

  it('gives only [a-z0-9-] without leading, trailing or doubled hyphens', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe('slugBase', () => {
  it('joins name, first mineral and coordinates rounded to 0.01°', () => {
    const base = slugBase('Bolshe Tokmak', [{ id: 'manganese', asWritten: 'Manganese' }], {
      lat: 47.2500000001,
      lon: 35.6999999998002,
      precision: 'approximate',
    });
    expect(base).toBe('bolshe-tokmak-manganese-47.25n-35.70e');
    expect(slugBase('Antamina', [], { lat: -9.5356, lon: -77.0526, precision: 'exact' })).toBe('antamina-no-mineral-9.54s-77.05w');
    expect(slugBase('Perga', [], null)).toBe('perga-no-mineral');
  });
});

describe('IdRegistry', () => {
  it('refuses a repeated source id and names where it was first seen', () => {
    const ids = new IdRegistry();
    expect(ids.claimSourceId('mrds', '10001', 'a.csv', 2)).toEqual({ ok: true, id: 'mrds:10001' });
    expect(ids.claimSourceId('mrds', '10001', 'b.csv', 7)).toEqual({ ok: false, firstSeen: { file: 'a.csv', line: 2 } });
    expect(ids.claimSourceId('pp1802', '10001', 'b.csv', 7)).toEqual({ ok: true, id: 'pp1802:10001' });
  });

  it('suffixes clashing slugs -2, -3 … in claim order, never reusing an id', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'a-2', 'b'), { maxLength: 30 }), (bases) => {
        const ids = new IdRegistry();
        const claimed = bases.map((base, line) => ids.claimSlug('pp1802', base, 'f.csv', line));
        expect(new Set(claimed).size).toBe(claimed.length);
        expect(claimed[0] ?? 'pp1802:a').toMatch(/^pp1802:/);
      }),
    );
    const ids = new IdRegistry();
    expect(['x', 'x', 'x'].map((base) => ids.claimSlug('pp1802', base, 'f.csv', 1))).toEqual([
      'pp1802:x',
      'pp1802:x-2',
      'pp1802:x-3',
    ]);
  });
});
