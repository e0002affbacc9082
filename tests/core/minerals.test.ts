// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CRITICAL_LIST_SOURCES,
  isMineralId,
  MINERALS,
  mineralInfo,
  recogniseMinerals,
  type MineralId,
} from '../../src/core/minerals.ts';
import { MINERAL_ENTRIES } from '../../src/core/minerals/table.ts';
import uaFacts from '../fixtures/minerals/ua-deposits-facts-minerals.json';

function fixtureLines(name: string): string[] {
  const text = readFileSync(new URL(`../fixtures/minerals/${name}`, import.meta.url), 'utf8');
  return text.split('\n').filter((line) => line !== '');
}

const MRDS_PERU = fixtureLines('mrds-peru-commod1.txt');
const MAJOR_DEPOSITS = fixtureLines('major-deposits-commodity-values.txt');
const PP1802 = fixtureLines('pp1802-critical-mineral.txt');

const ids = (cell: string) => recogniseMinerals(cell).minerals.map((m) => m.id);
const KNOWN_IDS = new Set<string>(MINERALS.map((m) => m.id));

describe('MINERALS', () => {
  it('is sorted by id, with unique kebab-case ids', () => {
    const list = MINERALS.map((m) => m.id);
    expect(list).toEqual([...list].sort());
    expect(new Set(list).size).toBe(list.length);
    for (const id of list) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('includes the ids the project is about', () => {
    for (const id of ['titanium', 'lithium', 'graphite', 'rare-earths', 'zirconium', 'manganese', 'gallium', 'niobium',
      'tantalum', 'sand-and-gravel', 'limestone', 'gold', 'copper']) {
      expect(isMineralId(id)).toBe(true);
    }
    expect(isMineralId('Titanium')).toBe(false);
    expect(isMineralId('unobtainium')).toBe(false);
  });

  it('looks up by id', () => {
    expect(mineralInfo('lithium')).toEqual({ id: 'lithium', en: 'Lithium', uk: 'Літій', critical: true });
    expect(mineralInfo('sand-and-gravel').critical).toBe(false);
  });

  it('flags exactly the union of the USGS 2022 and EU 2023 lists as critical', () => {
    const critical = MINERALS.filter((m) => m.critical).map((m) => m.id);
    expect(critical).toEqual([
      'aluminium', 'antimony', 'arsenic', 'barite', 'beryllium', 'bismuth', 'boron', 'caesium', 'chromium', 'cobalt',
      'coking-coal', 'copper', 'feldspar', 'fluorite', 'gallium', 'germanium', 'graphite', 'hafnium', 'helium', 'indium',
      'lithium', 'magnesium', 'manganese', 'nickel', 'niobium', 'phosphate', 'platinum-group-elements', 'rare-earths',
      'rubidium', 'scandium', 'silicon', 'strontium', 'tantalum', 'tellurium', 'tin', 'titanium', 'tungsten', 'vanadium',
      'zinc', 'zirconium',
    ]);
    expect(CRITICAL_LIST_SOURCES).toMatch(/USGS 2022/);
    expect(CRITICAL_LIST_SOURCES).toMatch(/EU 2023/);
  });

  it('recognises every name, stem and symbol of the table, and its English and Ukrainian names, as its own id', () => {
    const multi: string[] = [];
    for (const entry of MINERAL_ENTRIES) {
      for (const name of [entry.en, entry.uk, ...entry.names, ...(entry.stems ?? []), ...(entry.symbols ?? [])]) {
        const found = recogniseMinerals(name);
        expect(found.unknown, name).toEqual([]);
        expect(ids(name), name).toContain(entry.id);
        if (found.minerals.length > 1) multi.push(name);
      }
    }
    // The only names that stand for two commodities: eudialyte (Zr and REE ore) and coltan (Nb and Ta ore).
    expect([...new Set(multi)].sort()).toEqual(['coltan', 'eudialyte', 'евдіаліт', 'эвдиалит']);
  });
});

describe('recogniseMinerals: known answers', () => {
  const cases: [cell: string, expected: { id: MineralId; asWritten: string }[], unknown?: string[]][] = [
    // PP1802
    ['Beryllium; Lithium; Niobium and Tantalum; Tin', [
      { id: 'beryllium', asWritten: 'Beryllium' },
      { id: 'lithium', asWritten: 'Lithium' },
      { id: 'niobium', asWritten: 'Niobium and Tantalum' },
      { id: 'tantalum', asWritten: 'Niobium and Tantalum' },
      { id: 'tin', asWritten: 'Tin' },
    ]],
    ['Titanium; Zirconium and Hafnium; Manganese', [
      { id: 'hafnium', asWritten: 'Zirconium and Hafnium' },
      { id: 'manganese', asWritten: 'Manganese' },
      { id: 'titanium', asWritten: 'Titanium' },
      { id: 'zirconium', asWritten: 'Zirconium and Hafnium' },
    ]],
    ['Cobalt; Platinum-Group Elements', [
      { id: 'cobalt', asWritten: 'Cobalt' },
      { id: 'platinum-group-elements', asWritten: 'Platinum-Group Elements' },
    ]],
    ['Barite; Rare-Earth Elements', [
      { id: 'barite', asWritten: 'Barite' },
      { id: 'rare-earths', asWritten: 'Rare-Earth Elements' },
    ]],
    // MRDS: qualifiers after a comma, hyphenated names, compound sub-commodities
    ['Sand and Gravel, Construction', [{ id: 'sand-and-gravel', asWritten: 'Sand and Gravel, Construction' }]],
    ['Lead, Zinc, Silver', [
      { id: 'lead', asWritten: 'Lead' },
      { id: 'silver', asWritten: 'Silver' },
      { id: 'zinc', asWritten: 'Zinc' },
    ]],
    ['Limestone, General, Marble, Dimension', [
      { id: 'limestone', asWritten: 'Limestone, General' },
      { id: 'marble', asWritten: 'Marble, Dimension' },
    ]],
    ['Iron, Titanium, Metal', [
      { id: 'iron', asWritten: 'Iron' },
      { id: 'titanium', asWritten: 'Titanium, Metal' },
    ]],
    ['Copper, Copper Oxide', [{ id: 'copper', asWritten: 'Copper; Copper Oxide' }]],
    ['Zinc, Refiner', [{ id: 'zinc', asWritten: 'Zinc, Refiner' }]],
    ['Limestone, High Calcium, Carbon Dioxide', [
      { id: 'carbon-dioxide', asWritten: 'Carbon Dioxide' },
      { id: 'limestone', asWritten: 'Limestone, High Calcium' },
    ]],
    ['Aluminum, High Alumina Clay, Brick Clay', [
      { id: 'aluminium', asWritten: 'Aluminum, High Alumina Clay' },
      { id: 'clay', asWritten: 'Brick Clay' },
    ]],
    ['Marble, Dimension, Stone, Dimension', [
      { id: 'marble', asWritten: 'Marble, Dimension' },
      { id: 'stone', asWritten: 'Stone, Dimension' },
    ]],
    ['Barium-Barite, Lead, Zinc', [
      { id: 'barite', asWritten: 'Barium-Barite' },
      { id: 'lead', asWritten: 'Lead' },
      { id: 'zinc', asWritten: 'Zinc' },
    ]],
    ['Gypsum-Anhydrite, Halite', [
      { id: 'gypsum', asWritten: 'Gypsum-Anhydrite' },
      { id: 'salt', asWritten: 'Halite' },
    ]],
    ['Boron-Borates, Lithium', [
      { id: 'boron', asWritten: 'Boron-Borates' },
      { id: 'lithium', asWritten: 'Lithium' },
    ]],
    ['Sulfur-Pyrite', [{ id: 'pyrite', asWritten: 'Sulfur-Pyrite' }]],
    ['Talc-Soapstone', [{ id: 'talc', asWritten: 'Talc-Soapstone' }]],
    ['Phosphorus-Phosphates', [{ id: 'phosphate', asWritten: 'Phosphorus-Phosphates' }]],
    ['Stone, Crushed/Broken', [{ id: 'stone', asWritten: 'Stone, Crushed/Broken' }]],
    ['Columbium (Niobium)', [{ id: 'niobium', asWritten: 'Columbium (Niobium)' }]],
    ['Fluorine-Fluorite, Barium-Barite', [
      { id: 'barite', asWritten: 'Barium-Barite' },
      { id: 'fluorite', asWritten: 'Fluorine-Fluorite' },
    ]],
    ['Clay, Kaolin', [{ id: 'kaolin', asWritten: 'Clay, Kaolin' }]],
    ['Gemstone, Diamond', [{ id: 'diamond', asWritten: 'Gemstone, Diamond' }]],
    ['Petroleum (Oil), Oil Shale', [{ id: 'oil-shale', asWritten: 'Petroleum (Oil), Oil Shale' }]],
    ['Cerium, Lanthanum, Yttrium', [{ id: 'rare-earths', asWritten: 'Cerium; Lanthanum; Yttrium' }]],
    ['Scandium', [{ id: 'scandium', asWritten: 'Scandium' }]],
    // Element symbols and formulas, as whole phrases only
    ['Li', [{ id: 'lithium', asWritten: 'Li' }]],
    ['REE', [{ id: 'rare-earths', asWritten: 'REE' }]],
    ['Y', [{ id: 'rare-earths', asWritten: 'Y' }]],
    ['In', [{ id: 'indium', asWritten: 'In' }]],
    ['in', [], ['in']],
    ['As', [{ id: 'arsenic', asWritten: 'As' }]],
    ['as', [], ['as']],
    ['PGE', [{ id: 'platinum-group-elements', asWritten: 'PGE' }]],
    ['Cu, Au', [{ id: 'copper', asWritten: 'Cu' }, { id: 'gold', asWritten: 'Au' }]],
    ['TR2O3, ZrO2', [{ id: 'rare-earths', asWritten: 'TR2O3' }, { id: 'zirconium', asWritten: 'ZrO2' }]],
    // Major mineral deposits of the world: lower-case names
    ['kaolinite', [{ id: 'kaolin', asWritten: 'kaolinite' }]],
    ['fluorspar', [{ id: 'fluorite', asWritten: 'fluorspar' }]],
    ['lithium mica', [{ id: 'lithium', asWritten: 'lithium mica' }]],
    // Ukrainian and Russian registers
    ['Титан (ільменіт)', [{ id: 'titanium', asWritten: 'Титан (ільменіт)' }]],
    ['Титан (ільменіт, рутил), цирконій (циркон)', [
      { id: 'titanium', asWritten: 'Титан (ільменіт, рутил)' },
      { id: 'zirconium', asWritten: 'цирконій (циркон)' },
    ]],
    ['Літій (петаліт, сподумен)', [{ id: 'lithium', asWritten: 'Літій (петаліт, сподумен)' }]],
    ['Рідкісноземельні елементи (бритоліт), цирконій', [
      { id: 'rare-earths', asWritten: 'Рідкісноземельні елементи (бритоліт)' },
      { id: 'zirconium', asWritten: 'цирконій' },
    ]],
    ['Титан, ванадій, апатит, скандій, фтор', [
      { id: 'fluorine', asWritten: 'фтор' },
      { id: 'phosphate', asWritten: 'апатит' },
      { id: 'scandium', asWritten: 'скандій' },
      { id: 'titanium', asWritten: 'Титан' },
      { id: 'vanadium', asWritten: 'ванадій' },
    ]],
    ['Уран, ванадий, скандий', [
      { id: 'scandium', asWritten: 'скандий' },
      { id: 'uranium', asWritten: 'Уран' },
      { id: 'vanadium', asWritten: 'ванадий' },
    ]],
    ['Марганец', [{ id: 'manganese', asWritten: 'Марганец' }]],
    ['літієвих руд', [{ id: 'lithium', asWritten: 'літієвих руд' }]],
    ['силікатні нікелеві руди', [{ id: 'nickel', asWritten: 'силікатні нікелеві руди' }]],
    ['апатит та ільменіт', [
      { id: 'phosphate', asWritten: 'апатит та ільменіт' },
      { id: 'titanium', asWritten: 'апатит та ільменіт' },
    ]],
    ['флюорит/плавиковий шпат', [{ id: 'fluorite', asWritten: 'флюорит/плавиковий шпат' }]],
    ['рідкіснометалічні', [], ['рідкіснометалічні']],
    ['Тітан', [], ['Тітан']],
    ['лiтiй', [{ id: 'lithium', asWritten: 'лiтiй' }]],
    // A source note in brackets stays with the mention before it and is never unknown
    ['lithium ores; also rubidium, cesium, tantalum, niobium, beryllium, and tin (Ukrainian Geological Survey via Kyiv Independent)', [
      { id: 'beryllium', asWritten: 'beryllium' },
      { id: 'caesium', asWritten: 'cesium' },
      { id: 'lithium', asWritten: 'lithium ores' },
      { id: 'niobium', asWritten: 'niobium' },
      { id: 'rubidium', asWritten: 'also rubidium' },
      { id: 'tantalum', asWritten: 'tantalum' },
      { id: 'tin', asWritten: 'and tin (Ukrainian Geological Survey via Kyiv Independent)' },
    ]],
    ['Gold and Unobtainium', [{ id: 'gold', asWritten: 'Gold and Unobtainium' }], ['Unobtainium']],
    ['', []],
    ['  ', []],
  ];

  for (const [cell, minerals, unknown = []] of cases) {
    it(JSON.stringify(cell), () => {
      expect(recogniseMinerals(cell)).toEqual({ minerals, unknown });
    });
  }

  it('reads each form of the rare-earth group and the adjective forms of the registers as one id', () => {
    const single: [string, MineralId][] = [
      ['рідкісноземельні елементи', 'rare-earths'], ['рідкісні землі', 'rare-earths'], ['РЗЕ', 'rare-earths'],
      ['редкоземельные элементы', 'rare-earths'], ['ТР2О3', 'rare-earths'], ['Rare Earths', 'rare-earths'],
      ['bastnäsite', 'rare-earths'], ['бастнезит', 'rare-earths'], ['монацит', 'rare-earths'], ['паризит', 'rare-earths'],
      ['титанові руди', 'titanium'], ['літієві руди', 'lithium'], ['марганцеві руди', 'manganese'],
      ['уранові руди', 'uranium'], ['литий', 'lithium'], ['графіт', 'graphite'], ['графит', 'graphite'],
      ['цирконий', 'zirconium'], ['бериллий', 'beryllium'], ['никель', 'nickel'], ['ниобий', 'niobium'],
      ['рубідій', 'rubidium'], ['цезий', 'caesium'], ['олово', 'tin'], ['вольфрам', 'tungsten'], ['галлий', 'gallium'],
      ['германій', 'germanium'], ['железо', 'iron'], ['мідь', 'copper'], ['медь', 'copper'], ['свинець', 'lead'],
      ['цинк', 'zinc'], ['ilmenite', 'titanium'], ['leucoxene', 'titanium'], ['titanomagnetite', 'titanium'],
      ['spodumene', 'lithium'], ['amblygonite', 'lithium'], ['zinnwaldite', 'lithium'], ['baddeleyite', 'zirconium'],
      ['columbite', 'niobium'], ['pyrochlore', 'niobium'], ['tantalite', 'tantalum'], ['beryl', 'beryllium'],
      ['cassiterite', 'tin'], ['wolframite', 'tungsten'], ['scheelite', 'tungsten'], ['chromite', 'chromium'],
      ['pyrolusite', 'manganese'], ['psilomelane', 'manganese'], ['rhodochrosite', 'manganese'], ['apatite', 'phosphate'],
      ['uraninite', 'uranium'], ['loparite', 'rare-earths'], ['xenotime', 'rare-earths'],
    ];
    for (const [cell, id] of single) {
      expect(recogniseMinerals(cell), cell).toEqual({ minerals: [{ id, asWritten: cell }], unknown: [] });
    }
  });
});

describe('recogniseMinerals: real vocabularies', () => {
  for (const [name, cells] of [['MRDS Peru commod1', MRDS_PERU], ['major deposits commodity', MAJOR_DEPOSITS],
    ['PP1802 CRITICAL_MINERAL', PP1802]] as const) {
    it(`recognises every ${name} value (${cells.length})`, () => {
      for (const cell of cells) {
        const found = recogniseMinerals(cell);
        expect(found.unknown, cell).toEqual([]);
        expect(found.minerals.length, cell).toBeGreaterThan(0);
      }
    });
  }

  it('recognises the MRDS commodity names', () => {
    const names = ['Abrasive', 'Antimony', 'Arsenic', 'Asbestos', 'Bentonite', 'Beryllium', 'Bismuth', 'Bromine',
      'Cadmium', 'Cesium', 'Chromium', 'Clay', 'Cobalt', 'Diamond', 'Diatomite', 'Feldspar', 'Gallium', 'Garnet',
      'Gemstone', 'Germanium', 'Graphite', 'Hafnium', 'Indium', 'Iodine', 'Kaolin', 'Kyanite', 'Magnesite',
      'Magnesium Compounds', 'Mercury', 'Mica', 'Molybdenum', 'Nitrogen-Nitrates', 'Olivine', 'Perlite', 'Platinum',
      'Potassium', 'Pumice', 'Pyrite', 'Quartz', 'Rhenium', 'Salt', 'Scandium', 'Selenium', 'Silicon', 'Sodium',
      'Strontium', 'Tellurium', 'Thorium', 'Uranium', 'Vanadium', 'Vermiculite', 'Wollastonite', 'Zeolites', 'Zirconium',
      'Coal', 'Oil Shale', 'Peat', 'Geothermal', 'Natural Gas', 'Neodymium', 'Dysprosium', 'Rare Earths',
      'Aggregate, Light Weight', 'Clay, Fire (Refractory)', 'Chromium, Ferrochrome', 'Iron, Pig Iron',
      'Manganese, Ferromanganese', 'Nickel, Laterite', 'Silica, Ferrosilicon', 'Sulfur, Sulfuric Acid',
      'Titanium, Heavy Minerals', 'Titanium-Ilmenite', 'Tungsten, Mill Concentrate', 'Gypsum-Anhydrite, Alabaster',
      'Potassium, Alum', 'Tantalum, Tin Slag', 'Sandstone, Dimension', 'Slate, Dimension', 'Volcanic Materials',
      'Mineral Pigments', 'Iron Oxide Pigments', 'Fullers Earth', 'Cement Rock', 'Water, Free'];
    for (const name of names) {
      const found = recogniseMinerals(name);
      expect(found.unknown, name).toEqual([]);
      expect(found.minerals, name).toEqual([{ id: found.minerals[0]!.id, asWritten: name }]);
    }
  });

  // What the wording of each row names beyond or short of the curated ids, and why.
  const DIFFERENCES: Record<string, { extra?: MineralId[]; missing?: MineralId[]; unknown?: string[] }> = {
    // "цементна сировина, будівельний камінь": cement raw material and building stone are commodities too.
    'stremyhorodske-ti': { extra: ['cement-rock', 'stone'] },
    // "feldspar raw materials".
    'nosachivske-ti': { extra: ['feldspar'] },
    // The wording names no rare earth (the curated id comes from other sources); "нефелінових пегматитів" names
    // nepheline; mariupolite bodies and metasomatites are rocks, not commodities.
    'mazurivske-zr': { missing: ['rare-earths'], extra: ['nepheline-syenite'],
      unknown: ['рудні тіла маріуполітів', 'метасоматитів'] },
    // "rare elements" names no element.
    'pokrovo-kyreivske-ree': { unknown: ['\'містять цілу низку рідкісних елементів'] },
  };

  for (const row of uaFacts) {
    it(`reads the Ukraine fact table wording of ${row.id}`, () => {
      const difference = DIFFERENCES[row.id] ?? {};
      const expected = row.minerals
        .filter((id) => !(difference.missing ?? []).includes(id as MineralId))
        .concat(difference.extra ?? [])
        .sort();
      const found = recogniseMinerals(row.minerals_as_written);
      expect(found.minerals.map((m) => m.id)).toEqual(expected);
      expect(found.unknown).toEqual(difference.unknown ?? []);
    });
  }
});

describe('recogniseMinerals: properties', () => {
  const fixtureCells = [...MRDS_PERU, ...MAJOR_DEPOSITS, ...PP1802, ...uaFacts.map((row) => row.minerals_as_written)];
  const recognised = fixtureCells.filter((cell) => recogniseMinerals(cell).unknown.length === 0);
  const pieces = [...fixtureCells, 'and', 'та', ' і ', '(', ')', ', ', '; ', '/', '+', 'General', 'Li', 'in', 'руди', ''];
  const anyCell = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join(' ')),
  );

  it('gives sorted, unique, known ids with non-empty wording, and trimmed unknown phrases', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const { minerals, unknown } = recogniseMinerals(cell);
        const list = minerals.map((m) => m.id);
        expect(list).toEqual([...new Set(list)].sort());
        for (const m of minerals) {
          expect(KNOWN_IDS.has(m.id)).toBe(true);
          expect(m.asWritten).not.toBe('');
          expect(m.asWritten).toBe(m.asWritten.trim());
        }
        for (const phrase of unknown) {
          expect(phrase).not.toBe('');
          expect(phrase).toBe(phrase.trim());
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads the join of two recognised cells with "; " as the union of their ids', () => {
    fc.assert(
      fc.property(fc.constantFrom(...recognised), fc.constantFrom(...recognised), (a, b) => {
        const union = [...new Set([...ids(a), ...ids(b)])].sort();
        expect(ids(`${a}; ${b}`)).toEqual(union);
      }),
      { numRuns: 500 },
    );
  });

  it('ignores case and spacing of names', () => {
    const names = [...MRDS_PERU, ...PP1802];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom('upper', 'lower'), fc.integer({ min: 1, max: 3 }),
        (cell, fold, spaces) => {
          const written = ` ${(fold === 'upper' ? cell.toUpperCase() : cell.toLowerCase()).replace(/ /g, ' '.repeat(spaces))} `;
          expect(ids(written)).toEqual(ids(cell));
          expect(recogniseMinerals(written).unknown).toEqual([]);
        }),
      { numRuns: 300 },
    );
  });

  it('returns the same frozen result for the same cell', () => {
    const cell = 'Zinc, Lead, Silver';
    const first = recogniseMinerals(cell);
    expect(recogniseMinerals(`${'Zinc, Lead'}, Silver`)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.minerals)).toBe(true);
    expect(Object.isFrozen(first.minerals[0])).toBe(true);
    expect(Object.isFrozen(first.unknown)).toBe(true);
  });
});
