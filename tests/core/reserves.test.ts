// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reserve } from '../../src/core/deposit.ts';
import type { MineralId } from '../../src/core/minerals.ts';
import { parseReserves } from '../../src/core/reserves.ts';
import facts from '../fixtures/reserves/deposits-facts-reserves.json' with { type: 'json' };

/** A stand-in for the taxonomy: exact, case-insensitive phrases only, so the tests show which phrase was offered. */
const NAMES: Record<string, string> = {
  lithium: 'lithium', li2o: 'lithium', lce: 'lithium', 'lithium carbonate equivalent': 'lithium',
  graphite: 'graphite', графіту: 'graphite', tio2: 'titanium', 'natural ilmenite concentrate': 'titanium',
  tr2o3: 'rare-earths', y: 'rare-earths', zro2: 'zirconium', p2o5: 'phosphate', feldspar: 'feldspar',
};
const recognise = (phrase: string) => (NAMES[phrase.toLowerCase()] ?? null) as MineralId | null;
const nothing = () => null;

type Row = [amount: number, unit: string, category: string | null, mineral: string | null, asWritten: string];

function rows(reserves: Reserve[]): Row[] {
  return reserves.map((r) => [r.amount as number, r.unit as string, r.category, r.mineral, r.asWritten]);
}

describe('parseReserves', () => {
  it.each<[string, Row[]]>([
    ['A+B+C1 — 12,5 млн т', [[12.5e6, 't', 'A+B+C1', null, 'A+B+C1 — 12,5 млн т']]],
    ['C2: 3 400 тис. т', [[3.4e6, 't', 'C2', null, 'C2: 3 400 тис. т']]],
    [
      'балансові запаси (A+B+C1) 120 млн т руди; C2 15 млн т',
      [
        [120e6, 't', 'A+B+C1', null, '120 млн т руди'],
        [15e6, 't', 'C2', null, 'C2 15 млн т'],
      ],
    ],
    ['TR2O3 — 50 тис. т', [[50e3, 't', null, 'rare-earths', 'TR2O3 — 50 тис. т']]],
    [
      '760,000 tonnes of lithium carbonate equivalent',
      [[760e3, 't', null, 'lithium', '760,000 tonnes of lithium carbonate equivalent']],
    ],
    ['13.5 million tonnes of lithium ore', [[13.5e6, 't', null, 'lithium', '13.5 million tonnes of lithium ore']]],
    ['B+C1 1,2 млн т Li2O', [[1.2e6, 't', 'B+C1', 'lithium', 'B+C1 1,2 млн т Li2O']]],
    ['запаси кат. А+В+С1 — 5 млн т', [[5e6, 't', 'A+B+C1', null, 'А+В+С1 — 5 млн т']]],
    ['категорії В: 2 млн т', [[2e6, 't', 'B', null, 'В: 2 млн т']]],
    ['Р1 — 7 млн т', [[7e6, 't', 'P1', null, 'Р1 — 7 млн т']]],
    ['over 8 Mt', [[8e6, 't', null, null, 'over 8 Mt']]],
    ['2.5 Gt', [[2.5e9, 't', null, null, '2.5 Gt']]],
    ['12 kt', [[12e3, 't', null, null, '12 kt']]],
    ['1,302 млн т', [[1.302e6, 't', null, null, '1,302 млн т']]],
    ['1,260,000 т', [[1.26e6, 't', null, null, '1,260,000 т']]],
    ['1,234.5 тис. т', [[1234.5e3, 't', null, null, '1,234.5 тис. т']]],
    ['Reserves: 1,302 Mt', [[1302e6, 't', null, null, '1,302 Mt']]],
    ['щебінь 3,5 млн м3', [[3.5e6, 'm3', null, null, '3,5 млн м3']]],
    ['золото 1 200 кг', [[1200, 'kg', null, null, '1 200 кг']]],
    ['Indicated 12 Mt at 1.2% Li2O (JORC)', [
      [12e6, 't', 'JORC Indicated', null, 'Indicated 12 Mt'],
      [1.2, '% Li2O', 'JORC Indicated', 'lithium', '1.2% Li2O'],
    ]],
    ['Measured and Indicated 4.1 Mt', [[4.1e6, 't', 'Measured+Indicated', null, 'Measured and Indicated 4.1 Mt']]],
  ])('reads %j', (text, expected) => {
    expect(rows(parseReserves(text, recognise))).toEqual(expected);
  });

  it('keeps text without a figure as one Reserve with nothing read from it', () => {
    const text = 'запаси кат. В та С1 затверджені в ДКЗ СРСР (uk.wikipedia)';
    expect(parseReserves(text, recognise)).toEqual([
      { mineral: null, amount: null, unit: null, category: null, asWritten: text },
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(parseReserves('', recognise)).toEqual([]);
    expect(parseReserves('  ', recognise)).toEqual([]);
  });

  it('does not take a rate, an area, a depth, a date or a permit number for a reserve', () => {
    for (const text of ['up to 900 kt/yr', 'permit area 71.2 ha', 'to 300 m depth', '2011-08-09', 'No. 2341-ДСК']) {
      expect(parseReserves(text, recognise)).toEqual([
        { mineral: null, amount: null, unit: null, category: null, asWritten: text },
      ]);
    }
  });

  it('works without a mineral recogniser', () => {
    expect(parseReserves('TR2O3 — 50 тис. т', nothing)).toEqual([
      { mineral: null, amount: 50e3, unit: 't', category: null, asWritten: '50 тис. т' },
    ]);
  });

  it('reads a figure written in any of the usual ways back to the same tonnage', () => {
    const units: readonly [string, number][] = [
      ['т', 1], ['t', 1], ['tonnes', 1], ['тонн', 1], ['kt', 1e3], ['тис. т', 1e3], ['тыс. т', 1e3],
      ['thousand tonnes', 1e3], ['тисяч тонн', 1e3], ['Mt', 1e6], ['млн т', 1e6], ['million tonnes', 1e6],
      ['mn t', 1e6], ['мільйонів тонн', 1e6], ['млрд т', 1e9], ['billion tonnes', 1e9],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...units),
        fc.constantFrom('', 'C2 ', 'A+B+C1 — ', 'понад ', 'about '),
        (scaled, decimals, [unitText, multiplier], prefix) => {
          const written = writeNumber(scaled, decimals, /[а-я]/u.test(unitText));
          const [reserve, ...rest] = parseReserves(`${prefix}${written} ${unitText}`, nothing);
          expect(rest).toEqual([]);
          expect(reserve?.unit).toBe('t');
          const expected = (scaled / 10 ** decimals) * multiplier;
          expect(Math.abs((reserve?.amount ?? NaN) - expected)).toBeLessThanOrEqual(expected * 1e-12);
        },
      ),
    );
  });

  it('never throws, and every figure it reads is a piece of the text', () => {
    const pieces = fc.constantFrom(
      ' ', '12', '3 400', '1,5', '760,000', '-', '—', ':', ';', '(', ')', 'млн', 'тис.', 'т', 'Mt', 'tonnes', 'of',
      'lithium', 'руди', 'C2', 'A+B+C1', 'В', '%', 'Li2O', 'понад', 'over', '/yr', 'Indicated',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), (text) => {
        const reserves = parseReserves(text, recognise);
        if (text.trim() === '') expect(reserves).toEqual([]);
        else expect(reserves.length).toBeGreaterThan(0);
        for (const r of reserves) expect(text).toContain(r.asWritten);
      }),
    );
  });
});

/** `scaled / 10^decimals`, written with thousands spaces and a decimal comma (Cyrillic units) or a point. */
function writeNumber(scaled: number, decimals: number, cyrillic: boolean): string {
  const digits = String(scaled).padStart(decimals + 1, '0');
  const integer = digits.slice(0, digits.length - decimals).replace(/\B(?=(\d{3})+$)/gu, ' ');
  const fraction = digits.slice(digits.length - decimals);
  return fraction ? `${integer}${cyrillic ? ',' : '.'}${fraction}` : integer;
}

describe('parseReserves on the deposit table', () => {
  /** Every figure with a unit in each `reserves_as_written` cell, as a careful reader takes it. */
  const EXPECTED: Record<string, Row[]> = {
    'shevchenkivske-li': [
      [13.5e6, 't', null, 'lithium', '13.5 million tonnes of lithium ore'],
      [1.1, '%', null, 'lithium', 'lithium oxide content 1.1%'],
    ],
    'polokhivske-li': [
      [760e3, 't', null, 'lithium', 'exceed 760,000 tonnes of lithium carbonate equivalent (760 LCE kt)'],
    ],
    'dobra-li': [
      [1.26e6, 't', null, 'lithium', 'up to 1.26 million mt of lithium carbonate equivalent'],
      [1.38, '%', null, 'lithium', 'lithium oxide content 1.38%'],
    ],
    'kruta-balka-li': [[0.86, '%', null, 'lithium', 'lithium oxide content of 0.86%']],
    'mezhyrichne-ti': [[0.7e6, 't', null, 'titanium', 'around 0.7 mn t of natural ilmenite concentrate']],
    'motronivsko-annivske-ti': [
      [1407.8e3, 't', null, null, '1407,8 тис. т'],
      [567.9e3, 't', null, null, '567,9 тис. т'],
    ],
    'nosachivske-ti': [
      [359714.25e3, 't', null, null, '359 714.25 thousand t'],
      [19723.894e3, 't', null, 'titanium', 'TiO2 19 723.894 thousand t'],
      [396.68e3, 't', null, 'phosphate', 'P2O5 396.68 thousand t'],
      [192703.75e3, 't', null, 'feldspar', 'feldspar raw materials 192 703.75 thousand t'],
      [961e6, 't', 'B+C1+C2', null, '961 Mt'],
      [52e6, 't', 'B+C1+C2', 'titanium', 'TiO2 52 Mt'],
      [11e6, 't', 'B+C1+C2', 'phosphate', 'P2O5 11 Mt'],
    ],
    'zavallivske-gr': [[19e6, 't', null, null, 'more than 19 million tons of this precious ore']],
    'balakhivske-gr': [
      [23.936e6, 't', 'B+C1', null, 'B+C1 – 23.936 млн т руди'],
      [1.302e6, 't', 'B+C1', 'graphite', '1.302 млн т графіту'],
      [18.469e6, 't', 'C2', null, 'C2 – 18.469 млн т руди'],
      [820e3, 't', 'C2', 'graphite', '820 тис. т графіту'],
    ],
    'burtynske-gr': [
      [25.5e6, 't', null, null, 'близько 25,5 млн тонн руди'],
      [40e6, 't', 'prospective resources', null, 'понад 40 млн тонн перспективних ресурсів'],
      [3e6, 't', null, 'graphite', '~3 млн т graphite'],
    ],
    'azovske-ree': [
      [56e6, 't', 'prospective resources', null, '56 млн т руди'],
      [1.27, '%', 'prospective resources', 'rare-earths', 'TR2O3 1.27%'],
      [0.4, '%', 'prospective resources', null, '0.4%'],
      [1.5, '%', 'prospective resources', 'zirconium', 'ZrO2 1.5%'],
      [710e3, 't', null, 'rare-earths', '710 тис. т TR2O3'],
      [20, '% Y', null, 'rare-earths', '20% Y'],
      [840e3, 't', null, 'zirconium', '840 тис. т ZrO2'],
    ],
    'velykotokmatske-mn': [[1.7e9, 't', null, null, 'превышают 1,7 миллиарда тонн']],
    'novokostiantynivske-u': [[100e3, 't', null, null, '100-150 тисяч тонн']],
    'vatutinske-u': [[30e3, 't', null, null, 'близько 30 тис. т']],
  };

  it('has an expectation for every cell with a figure', () => {
    const withFigures = facts.filter((row) => !row.asWritten.startsWith('запаси кат.')).map((row) => row.id);
    expect(withFigures.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(facts.map((row) => [row.id, row.asWritten] as const))('reads the %s cell', (id, text) => {
    const expected = EXPECTED[id] ?? [[null, null, null, null, text]];
    expect(rows(parseReserves(text, recognise))).toEqual(expected);
  });
});
