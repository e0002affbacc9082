// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames, nameKey } from '../../../src/core/linking/nameKey.ts';

const match = (a: string, b: string) => compareNames(nameKey(a), nameKey(b));

describe('nameKey', () => {
  // Real names from data/usgs (PP1802) and data/ua-register.
  it.each([
    ["Zaval'E", 'zaval'],
    ['Zavalyevskiy', 'zaval'],
    ['Заваллівське родовище графіту', 'zaval'],
    ['Irshansk district', 'irshan'],
    ['Іршанське родовище (Іршанський рудно-розсипний район)', 'irshan'],
    ['Нікопольське родовище марганцевих руд (Нікопольський басейн)', 'nikopol'],
    ['Шевченківське родовище (літієвих руд)', 'shevchenk'],
    ['Ділянка Добра (родовище літієвих руд)', 'dobr'],
    ['Korosten pluton', 'korosten'],
  ])('reads %s as %s', (name, stem) => {
    expect(nameKey(name).stems).toEqual([stem]);
  });

  it('reads a one-word bracket as another name, and a bracket naming an area or describing as nothing', () => {
    expect(nameKey('Малишевське (Самотканське) титано-цирконієве родовище').stems).toEqual(['malysh', 'samotkan']);
    expect(nameKey('Новополтавське (Чернігівське) родовище').stems).toEqual(['novopoltav', 'chernih']);
    expect(nameKey('Antonsthal district in the Westerzgebirge (Western Ore Mountains)').stems).toEqual([
      'antonsthal westerzgebirg',
    ]);
    expect(nameKey('Балахівське родовище графіту (Південна ділянка)').stems).toEqual(['balakh']);
  });

  it('leaves nothing of a name made of generic words', () => {
    expect(nameKey('Concesion').stems).toEqual([]);
    expect(nameKey('Unnamed prospect').stems).toEqual([]);
  });
});

describe('compareNames', () => {
  it('finds one deposit under the spellings of PP1802 and the register', () => {
    expect(match("Zaval'E", 'Заваллівське родовище графіту')).toMatchObject({ kind: 'same', detail: 'zaval' });
    expect(match('Zavalyevskiy', "Zaval'E")).toMatchObject({ kind: 'same' });
    expect(match('Nikopol', 'Нікопольське родовище марганцевих руд (Нікопольський басейн)').kind).toBe('same');
    expect(match('Volnogorsk district', 'Вільногірськ')).toMatchObject({ kind: 'spelling', detail: 'vlnhr' });
    expect(match('Yastrebets', 'Яструбецьке (Ястребецьке) родовище').kind).toBe('same');
    expect(match('Chernigovskii (Novopoltavskii)', 'Новополтавське (Чернігівське) родовище').kind).toBe('same');
  });

  it('sees the town in a compound adjective as a name part only', () => {
    expect(match('Bolshe Tokmak', 'Великотокмацьке родовище марганцевих руд')).toEqual({
      kind: 'part',
      score: 0.6,
      detail: 'tkmk',
    });
  });

  it('tells different deposits apart', () => {
    expect(match('Бирзулівське родовище', 'Лікарівське родовище')).toEqual({
      kind: 'different',
      score: 0,
      detail: 'byrzul / likar',
    });
    // Roman numbers stay: two PP1802 deposits share only their place name.
    expect(match('Yercaud I', 'Yercaud II')).toMatchObject({ kind: 'part', detail: 'yrkd' });
    expect(match('Perga', 'Пержанське родовище берилію').kind).toBe('different');
    expect(match('Concesion', 'Concesion').kind).toBe('unknown');
  });

  const names = fc.constantFrom(
    "Zaval'E",
    'Zavalyevskiy',
    'Заваллівське родовище графіту',
    'Bolshe Tokmak',
    'Великотокмацьке родовище марганцевих руд',
    'Volnogorsk district',
    'Малишевське (Самотканське) титано-цирконієве родовище',
    'Мотронівсько-Ганнівська ділянка (Малишевське родовище)',
    'Бирзулівське родовище',
    'Concesion',
  );
  const anyName = fc.oneof(names, fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

  it('scores a pair the same both ways round', () => {
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        expect(match(a, b).score).toBe(match(b, a).score);
      }),
    );
  });

  it('finds every name with words of its own the same as itself', () => {
    fc.assert(
      fc.property(anyName, (name) => {
        expect(match(name, name).kind).toBe(nameKey(name).stems.length > 0 ? 'same' : 'unknown');
      }),
    );
  });
});
