// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createI18n, MESSAGES } from '../../../src/app/i18n/i18n.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('has every key in both languages, never empty, with the same placeholders', () => {
    const { en, uk } = MESSAGES;
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(uk[key].trim(), key).not.toBe('');
      expect(placeholders(uk[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('puts counts in the plural form of each language', () => {
    const en = createI18n('en');
    const uk = createI18n('uk');
    expect([1, 2, 5, 2157].map((n) => en.plural('results', n))).toEqual(['1 deposit', '2 deposits', '5 deposits', '2,157 deposits']);
    expect([1, 21, 2, 24, 5, 11, 2157].map((n) => uk.plural('results', n))).toEqual([
      '1 родовище', '21 родовище', '2 родовища', '24 родовища', '5 родовищ', '11 родовищ', '2\u00a0157 родовищ',
    ]);
  });

  it('formats dates as UTC days and names minerals, oblasts and countries in the language', () => {
    const uk = createI18n('uk');
    expect(uk.date('2022-02-24')).toBe('24 лют. 2022 р.');
    expect(createI18n('en').date('2022-02-24')).toBe('Feb 24, 2022');
    expect([uk.mineral('rare-earths'), uk.oblast('UA-23'), uk.country('UA')]).toEqual(['Рідкісноземельні елементи', 'Запорізька область', 'Україна']);
  });
});
