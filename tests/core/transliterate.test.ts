// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasCyrillic, transliterateUk } from '../../src/core/transliterate.ts';
import fixture from '../fixtures/transliteration/places.json' with { type: 'json' };

// The examples printed in the table of Cabinet of Ministers resolution No. 55 (27 January 2010).
const RESOLUTION_EXAMPLES: readonly [string, string][] = [
  ['Алушта', 'Alushta'], ['Андрій', 'Andrii'], ['Борщагівка', 'Borshchahivka'], ['Вінниця', 'Vinnytsia'],
  ['Гадяч', 'Hadiach'], ['Згорани', 'Zghorany'], ['Ґалаґан', 'Galagan'], ['Дон', 'Don'], ['Рівне', 'Rivne'],
  ['Єнакієве', 'Yenakiieve'], ['Житомир', 'Zhytomyr'], ['Закарпаття', 'Zakarpattia'], ['Медвин', 'Medvyn'],
  ['Іршава', 'Irshava'], ['Їжакевич', 'Yizhakevych'], ['Кадиївка', 'Kadyivka'], ['Йосипівка', 'Yosypivka'],
  ['Стрий', 'Stryi'], ['Олексій', 'Oleksii'], ['Київ', 'Kyiv'], ['Лебедин', 'Lebedyn'], ['Миколаїв', 'Mykolaiv'],
  ['Ніжин', 'Nizhyn'], ['Одеса', 'Odesa'], ['Полтава', 'Poltava'], ['Решетилівка', 'Reshetylivka'], ['Суми', 'Sumy'],
  ['Тетерів', 'Teteriv'], ['Ужгород', 'Uzhhorod'], ['Фастів', 'Fastiv'], ['Харків', 'Kharkiv'],
  ['Біла Церква', 'Bila Tserkva'], ['Чернівці', 'Chernivtsi'], ['Шостка', 'Shostka'], ['Гоща', 'Hoshcha'],
  ['Юрій', 'Yurii'], ['Корюківка', 'Koriukivka'], ['Яготин', 'Yahotyn'], ['Костянтин', 'Kostiantyn'],
  ["Знам'янка", 'Znamianka'], ['Феодосія', 'Feodosiia'],
];

describe('transliterateUk', () => {
  it.each(RESOLUTION_EXAMPLES)('follows the resolution: %s → %s', (uk, en) => {
    expect(transliterateUk(uk)).toBe(en);
  });

  it.each([...fixture.places, ...fixture.oblasts].map((p) => [p.uk, p.en]))(
    'gives the official name of %s: %s',
    (uk, en) => {
      expect(transliterateUk(uk)).toBe(en);
    },
  );

  it('drops every apostrophe form inside a word', () => {
    for (const apostrophe of ["'", '’', 'ʼ', '`']) {
      expect(transliterateUk(`Знам${apostrophe}янка`)).toBe('Znamianka');
    }
  });

  it('keeps an apostrophe or quote that is not between Cyrillic letters', () => {
    expect(transliterateUk("'Київ'")).toBe("'Kyiv'");
    expect(transliterateUk("St John's, Київ")).toBe("St John's, Kyiv");
  });

  it('treats the letters after a hyphen or a space as the start of a word', () => {
    expect(transliterateUk('Кам’янець-Подільський')).toBe('Kamianets-Podilskyi');
    expect(transliterateUk('Нова-Єнакієве')).toBe('Nova-Yenakiieve');
    expect(transliterateUk('село Ярове')).toBe('selo Yarove');
  });

  it('writes all-capitals words in capitals and capitalised words with one capital', () => {
    expect(transliterateUk('ЩОРС')).toBe('SHCHORS');
    expect(transliterateUk('Щорс')).toBe('Shchors');
    expect(transliterateUk('Щ')).toBe('Shch');
    expect(transliterateUk('ЗГОРАНИ')).toBe('ZGHORANY');
    expect(transliterateUk('ЖИТОМИР')).toBe('ZHYTOMYR');
    expect(transliterateUk('ЄНАКІЄВЕ')).toBe('YENAKIIEVE');
    expect(transliterateUk('КИЇВ Я')).toBe('KYIV Ya');
    expect(transliterateUk('ТОВ «ЮГ»')).toBe('TOV «YUH»');
  });

  it('maps the Russian-only letters of older registers', () => {
    expect(transliterateUk('Вольный')).toBe('Volnyi');
    expect(transliterateUk('Эрдэнэ')).toBe('Erdene');
    expect(transliterateUk('Подъём')).toBe('Podiom');
    expect(transliterateUk('Ёлкино')).toBe('Yolkyno');
  });

  it('ignores stress marks and joins decomposed letters', () => {
    expect(transliterateUk('Ки\u0301їв')).toBe('Kyiv');
    expect(transliterateUk('Андри\u0306')).toBe('Andri');
    expect(transliterateUk('Киі\u0308в')).toBe('Kyiv');
  });

  it('passes non-Cyrillic text through unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!hasCyrillic(text));
        expect(transliterateUk(text)).toBe(text);
      }),
    );
  });

  it('leaves no Ukrainian or Russian letter behind', () => {
    const alphabet = 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъёАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЫЭЪЁ';
    const text = fc.string({ unit: fc.constantFrom(...alphabet, ' ', '-', "'", '1') });
    fc.assert(
      fc.property(text, (uk) => {
        expect(hasCyrillic(transliterateUk(uk))).toBe(false);
      }),
    );
  });

});

describe('hasCyrillic', () => {
  it('finds Cyrillic anywhere in the text', () => {
    expect(hasCyrillic('Vilnohirsk (Вільногірськ)')).toBe(true);
    expect(hasCyrillic('Ґ')).toBe(true);
    expect(hasCyrillic('Vilnohirsk')).toBe(false);
    expect(hasCyrillic('')).toBe(false);
  });
});
