// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { OBLAST_LIST, oblastByCode, oblastFromText } from '../../src/core/oblasts.ts';

describe('oblastFromText', () => {
  it.each([
    ['Запорізька', 'UA-23'],
    ['Запорізька обл.', 'UA-23'],
    ['Запорожская область', 'UA-23'],
    ['Zaporizhzhia Oblast', 'UA-23'],
    ['Кіровоградська', 'UA-35'],
    ['Дніпропетровська область', 'UA-12'],
    ['Донецька', 'UA-14'],
    ['Житомирська', 'UA-18'],
    ['Хмельницька', 'UA-68'],
    ['Черкаська', 'UA-71'],
    ['АР Крим', 'UA-43'],
    ['Автономна Республіка Крим', 'UA-43'],
    ['м. Київ', 'UA-30'],
    ['Київ', 'UA-30'],
    ['Київська область', 'UA-32'],
    ['Чернігівська', 'UA-74'],
    ['Чернівецька', 'UA-77'],
    ['Севастополь', 'UA-40'],
  ])('%s → %s', (text, code) => {
    expect(oblastFromText(text)?.code).toBe(code);
  });

  it('returns null for text that names no unit', () => {
    expect(oblastFromText('Мінська область')).toBeNull();
    expect(oblastFromText('')).toBeNull();
  });

  it('recognises every unit by its own Ukrainian and English names', () => {
    for (const oblast of OBLAST_LIST) {
      expect(oblastFromText(oblast.nameUk)?.code).toBe(oblast.code);
      expect(oblastFromText(oblast.name)?.code).toBe(oblast.code);
    }
    expect(OBLAST_LIST).toHaveLength(27);
    expect(oblastByCode('UA-23')?.nameUk).toBe('Запорізька область');
  });
});
