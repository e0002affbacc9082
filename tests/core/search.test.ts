// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchKeys, queryMatcher, searchKey } from '../../src/core/search.ts';

// Names as public/data/deposits.json has them (Ukrainian register and USGS PP1802). Заваллівське is the register
// deposit that linking joined with PP1802's "Zaval'E" and "Zavalyevskiy" (its link.otherNames there).
const SHEVCHENKIVSKE = { name: 'Шевченківське родовище (літієвих руд)', latin: 'Shevchenkivske rodovyshche (litiievykh rud)', otherNames: [] };
const KRUTA_BALKA = { name: 'Крута Балка (родовище літію)', latin: 'Kruta Balka (rodovyshche litiiu)', otherNames: [] };
const BOLSHE_TOKMAK = { name: 'Bolshe Tokmak', latin: null, otherNames: [] };
const PETROVO = { name: 'Петрово-Гнутівське родовище', latin: 'Petrovo-Hnutivske rodovyshche', otherNames: [] };
const ZAVALLIVSKE = { name: 'Заваллівське родовище графіту', latin: 'Zavallivske rodovyshche hrafitu', otherNames: ["Zaval'E", 'Zavalyevskiy'] };
const DEPOSITS = [SHEVCHENKIVSKE, KRUTA_BALKA, BOLSHE_TOKMAK, PETROVO, ZAVALLIVSKE];

function search(query: string): string[] {
  const keys = buildSearchKeys(DEPOSITS);
  const match = queryMatcher(query);
  return DEPOSITS.filter((_, i) => match === null || match(keys[i]!)).map((d) => d.name);
}

describe('searchKey', () => {
  it.each([
    ['Шевченківське', 'shevchenkivske'],
    ['Shevchenkivske', 'shevchenkivske'],
    ['SHEVCHENKIVS’KE', 'shevchenkivske'],
    ['Kryvyi Rih', 'krivi rih'],
    ['Кривий Ріг', 'krivi rih'],
    ['Petrovo-Hnutivske  rodovyshche', 'petrovo hnutivske rodovishche'],
    ['Mazurivs\u0301ke', 'mazurivske'],
    ['Crème  Brûlée', 'creme brulee'],
    ['  (Південна ділянка) ', 'pivdenna dilianka'],
  ])('folds %j to %j', (text, key) => {
    expect(searchKey(text)).toBe(key);
  });

  it('treats the four apostrophe forms alike, in either script', () => {
    const keys = ["Знам'янка", 'Знам’янка', 'Знамʼянка', 'Знам`янка', "Znam'ianka", 'Znamianka'].map(searchKey);
    expect(new Set(keys)).toEqual(new Set(['znamianka']));
  });

  it('is idempotent and never leaves upper case, marks, apostrophes or doubled spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const key = searchKey(text);
        expect(searchKey(key)).toBe(key);
        expect(key).toBe(key.toLowerCase());
        expect(key).not.toMatch(/[\u0300-\u036f'’ʼ`]| {2}|^ | $/);
      }),
    );
  });

  it('folds every Ukrainian name to the same key as its official transliteration', () => {
    for (const { name, latin } of [SHEVCHENKIVSKE, KRUTA_BALKA, PETROVO]) expect(searchKey(name)).toBe(searchKey(latin));
  });
});

describe('queryMatcher', () => {
  it('matches transliterations both ways', () => {
    expect(search('Shevchenkivske')).toEqual([SHEVCHENKIVSKE.name]);
    expect(search('шевченківське')).toEqual([SHEVCHENKIVSKE.name]);
    expect(search('Токмак')).toEqual([BOLSHE_TOKMAK.name]);
  });

  it('matches every word, in any order, across the punctuation of the name', () => {
    expect(search('балка крута')).toEqual([KRUTA_BALKA.name]);
    expect(search('petrovo hnutivske')).toEqual([PETROVO.name]);
    expect(search('літію родовище')).toEqual([KRUTA_BALKA.name]);
    expect(search('lithium')).toEqual([]);
  });

  it("matches the names other source records give a linked deposit", () => {
    expect(search("Zaval'E")).toEqual([ZAVALLIVSKE.name]);
    expect(search('zavalyevskiy')).toEqual([ZAVALLIVSKE.name]);
    expect(buildSearchKeys([ZAVALLIVSKE])).toEqual(['zavallivske rodovishche hrafitu\nzavale\nzavalievski']);
  });

  it('keeps each name once in a key', () => {
    const [key] = buildSearchKeys([{ ...SHEVCHENKIVSKE, otherNames: ['Shevchenkivske rodovyshche (litiievykh rud)'] }]);
    expect(key).toBe('shevchenkivske rodovishche litievikh rud');
  });

  it('matches a query that starts inside a word', () => {
    expect(search('ченків')).toEqual([SHEVCHENKIVSKE.name]);
  });

  it('filters nothing for a query without words', () => {
    expect(queryMatcher('')).toBeNull();
    expect(queryMatcher(" ' - ")).toBeNull();
    expect(search('  ')).toHaveLength(DEPOSITS.length);
  });

  it('finds every name by any piece of its own text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), fc.nat(), (name, a, b) => {
        const [from, to] = [Math.min(a, b) % name.length, Math.max(a, b) % name.length];
        const piece = name.slice(from, to + 1);
        const match = queryMatcher(piece);
        if (match === null) return;
        const [key] = buildSearchKeys([{ name, latin: null, otherNames: [] }]);
        // A piece cut inside a word folds the same way as in the word, except where it splits a transliterated
        // letter; plain ASCII letters never do.
        if (/^[a-z ]+$/i.test(name)) expect(match(key!)).toBe(true);
      }),
    );
  });
});
