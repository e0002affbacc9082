// Messages, numbers, dates and names in the interface language.

import type { MineralId } from '../../core/minerals.ts';
import { mineralInfo } from '../../core/minerals.ts';
import { oblastByCode } from '../../core/oblasts.ts';
import type { Language } from '../state/url.ts';
import { en, type MessageKey } from './en.ts';
import { uk } from './uk.ts';

export type { MessageKey } from './en.ts';

export const MESSAGES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { en, uk };

type Params = Readonly<Record<string, string | number>>;
type PluralBase = 'results';

const PLACEHOLDER = /\{(\w+)\}/g;

export interface I18n {
  language: Language;
  t(key: MessageKey, params?: Params): string;
  /** The plural form of `base` for `count`, with {count} formatted. */
  plural(base: PluralBase, count: number, params?: Params): string;
  number(value: number, maximumFractionDigits?: number): string;
  /** A YYYY-MM-DD date, read as a UTC day. */
  date(isoDate: string): string;
  mineral(id: MineralId): string;
  oblast(code: string): string;
  country(code: string): string;
}

export function createI18n(language: Language): I18n {
  const messages = MESSAGES[language];
  const plurals = new Intl.PluralRules(language);
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const t = (key: MessageKey, params?: Params) => {
    const text = messages[key];
    return params ? text.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
  };
  const number = (value: number, maximumFractionDigits = 0) => {
    let format = numberFormats.get(maximumFractionDigits);
    if (!format) {
      format = new Intl.NumberFormat(language, { maximumFractionDigits });
      numberFormats.set(maximumFractionDigits, format);
    }
    return format.format(value);
  };
  return {
    language,
    t,
    plural: (base, count, params) => {
      const form = plurals.select(count);
      const key: MessageKey = `${base}.${form === 'zero' || form === 'two' ? 'other' : form}`;
      return t(key, { ...params, count: number(count) });
    },
    number,
    date: (isoDate) => dates.format(new Date(`${isoDate}T00:00:00Z`)),
    mineral: (id) => mineralInfo(id)[language],
    oblast: (code) => {
      const oblast = oblastByCode(code);
      return oblast === null ? code : language === 'uk' ? oblast.nameUk : oblast.name;
    },
    country: (code) => regions.of(code) ?? code,
  };
}
