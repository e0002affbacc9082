// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryCode, countryCodeFromNumeric, countryName, countryNameKey } from '../../src/core/countries.ts';

const pp1802Locations = readFileSync(new URL('../fixtures/geo/pp1802-locations.tsv', import.meta.url), 'utf8')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string, string]);

describe('countryCode', () => {
  it('maps every LOCATION value of USGS PP1802 (116 values; oceans to null)', () => {
    expect(pp1802Locations).toHaveLength(116);
    for (const [location, , iso2] of pp1802Locations) {
      expect([location, countryCode(location)]).toEqual([location, iso2 === '' ? null : iso2]);
    }
  });

  it('maps the source quirks the way the comments say', () => {
    expect(countryCode('Tibet')).toBe('CN');
    expect(countryCode('Kosovo')).toBe('XK');
    expect(countryCode('England')).toBe('GB');
    expect(countryCode('Great Britain')).toBe('GB');
    expect(countryCode('Burkina Fasso')).toBe('BF');
    expect(countryCode('French Guyana')).toBe('GF');
    expect(countryCode('Macedonia')).toBe('MK');
    expect(countryCode('Côte d’Ivoire')).toBe('CI');
    expect(countryCode('Pacific Ocean')).toBeNull();
  });

  it('maps MRDS country names', () => {
    const mrds: [string, string][] = [
      ['United States', 'US'],
      ['Congo (Kinshasa)', 'CD'],
      ['Congo (Brazzaville)', 'CG'],
      ['Burma', 'MM'],
      ['Korea, North', 'KP'],
      ['Korea, South', 'KR'],
      ['Russia', 'RU'],
      ['Ukraine', 'UA'],
      ['Peru', 'PE'],
      ['Gambia, The', 'GM'],
      ['Bahamas, The', 'BS'],
      ["Cote d'Ivoire", 'CI'],
      ['Czech Republic', 'CZ'],
      ['Bosnia and Herzegovina', 'BA'],
    ];
    for (const [name, iso2] of mrds) expect([name, countryCode(name)]).toEqual([name, iso2]);
  });

  it('maps Ukrainian and Russian names of Ukraine and its neighbours', () => {
    const names: [string, string][] = [
      ['Україна', 'UA'],
      ['Украина', 'UA'],
      ['Росія', 'RU'],
      ['Россия', 'RU'],
      ['Білорусь', 'BY'],
      ['Беларусь', 'BY'],
      ['Польща', 'PL'],
      ['Словаччина', 'SK'],
      ['Угорщина', 'HU'],
      ['Румунія', 'RO'],
      ['Молдова', 'MD'],
    ];
    for (const [name, iso2] of names) expect([name, countryCode(name)]).toEqual([name, iso2]);
  });

  it('ignores case, diacritics, punctuation, spacing and a leading or trailing "the"', () => {
    expect(countryCode('  UNITED   states of america ')).toBe('US');
    expect(countryCode("COTE D'IVOIRE")).toBe('CI');
    expect(countryCode('Türkiye')).toBe('TR');
    expect(countryCode('Turkiye')).toBe('TR');
    expect(countryCode('the Netherlands')).toBe('NL');
    expect(countryCode('Bosnia & Herzegovina')).toBe('BA');
    expect(countryCode('україна')).toBe('UA');
    expect(countryNameKey('Congo, The Democratic Republic of the')).toBe('congo the democratic republic of');
  });

  it('gives null for what is not one country', () => {
    for (const name of ['', '   ', 'Atlantic Ocean', 'Indian Ocean', 'USSR', 'Yugoslavia', 'Korea', 'Nowhere']) {
      expect([name, countryCode(name)]).toEqual([name, null]);
    }
  });

  it('answers the same for a repeated string (memoised)', () => {
    expect(countryCode('Ukraine')).toBe('UA');
    expect(countryCode('Ukraine')).toBe('UA');
  });
});

describe('countryName and countryCodeFromNumeric', () => {
  it('names codes in English, any case', () => {
    expect(countryName('UA')).toBe('Ukraine');
    expect(countryName('ru')).toBe('Russia');
    expect(countryName('XK')).toBe('Kosovo');
    expect(countryName('CD')).toBe('Democratic Republic of the Congo');
    expect(countryName('ZZ')).toBeNull();
  });

  it('maps ISO numeric codes, with or without leading zeros', () => {
    expect(countryCodeFromNumeric('036')).toBe('AU');
    expect(countryCodeFromNumeric(36)).toBe('AU');
    expect(countryCodeFromNumeric('804')).toBe('UA');
    expect(countryCodeFromNumeric('643')).toBe('RU');
    expect(countryCodeFromNumeric('999')).toBeNull();
    expect(countryCodeFromNumeric('abc')).toBeNull();
  });

  it('covers all 249 ISO 3166-1 countries, and every English name maps back to its code', () => {
    const codes = new Set<string>();
    for (let numeric = 0; numeric < 1000; numeric++) {
      const iso2 = countryCodeFromNumeric(numeric);
      if (iso2 !== null) codes.add(iso2);
    }
    expect(codes.size).toBe(249);
    for (const iso2 of [...codes, 'XK']) {
      const name = countryName(iso2);
      expect([iso2, name === null ? null : countryCode(name)]).toEqual([iso2, iso2]);
    }
  });
});
