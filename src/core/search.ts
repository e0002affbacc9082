// Text search over deposit names that forgives how a name was typed: case, diacritics, the four apostrophe forms
// and the script. Every text is folded to one Latin key — Cyrillic through Ukraine's official transliteration —
// so Шевченківське, shevchenkivske and SHEVCHENKIVS'KE all meet at the same key.
//
// The fold also merges y and i and runs of i: the transliteration writes й, ї, є, ю, я differently at the start of a
// word (Yizhakevych, but Kadyivka), so a query that starts mid-word would otherwise miss; and older romanisations
// (Kryvyi / Krivyi, Mar'inka / Marinka) land together. Both sides are folded the same way, so this only widens
// matches, never loses one.

import { transliterateUk } from './transliterate.ts';

const SPACE = 0x20;
const LOWER_I = 0x69;
const LOWER_Y = 0x79;

/** Letters that NFD does not split into a base letter and a mark. */
const UNSPLIT_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd',
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NON_ASCII = /[\u0080-\uffff]/;

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x60 || code === 0x2018 || code === 0x2032;
}

function isCombiningMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * A Cyrillic letter that only NFD laid bare (Ӂ → ж + breve): the transliteration ran before, on the composed letter,
 * which it does not know.
 */
function bareCyrillic(char: string): string | undefined {
  const latin = transliterateUk(char);
  return latin === char ? undefined : latin.toLowerCase();
}

// The key is written into one reused buffer of char codes: building it by string concatenation cost three times
// as much over 300,000 names.
let buffer = new Uint16Array(256);
let length = 0;
let last = SPACE;

function push(code: number): void {
  if (code === LOWER_Y) code = LOWER_I;
  if ((code === LOWER_I || code === SPACE) && last === code) return;
  buffer[length++] = code;
  last = code;
}

/** The folded form of a text: Latin, lower case, no marks or apostrophes, words separated by one space. */
export function searchKey(text: string): string {
  let folded = transliterateUk(text).toLowerCase();
  if (NON_ASCII.test(folded)) folded = folded.normalize('NFD');
  // A character folds to at most four (щ → shch).
  if (buffer.length < 4 * folded.length) buffer = new Uint16Array(8 * folded.length);
  length = 0;
  last = SPACE;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code < 0x80) {
      if (isAsciiLetterOrDigit(code)) push(code);
      else if (!isApostrophe(code)) push(SPACE);
      continue;
    }
    if (isCombiningMark(code) || isApostrophe(code)) continue;
    const char = folded[i]!;
    const replacement = UNSPLIT_LETTERS[char] ?? bareCyrillic(char);
    if (replacement !== undefined) {
      for (let k = 0; k < replacement.length; k++) push(replacement.charCodeAt(k));
    } else if (LETTER_OR_DIGIT.test(char)) {
      buffer[length++] = code;
      last = code;
    } else {
      push(SPACE);
    }
  }
  if (last === SPACE && length > 0) length--;
  return String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
}

export interface Named {
  name: string;
  latin: string | null;
  /** The names other source records linked to the deposit give it ("Zaval'E" for Заваллівське). */
  otherNames: readonly string[];
}

/**
 * One key per deposit, computed once: its name, its Latin name and the names its other source records give, folded,
 * each on its own line. A query's words are found in any of them (a word never spans two lines).
 */
export function buildSearchKeys(deposits: readonly Named[]): string[] {
  const keys = new Array<string>(deposits.length);
  for (let i = 0; i < deposits.length; i++) {
    const d = deposits[i]!;
    const name = searchKey(d.name);
    const latin = d.latin === null ? name : searchKey(d.latin);
    let key = latin === name ? name : `${name}\n${latin}`;
    for (const other of d.otherNames) {
      const folded = searchKey(other);
      if (folded !== name && folded !== latin) key += `\n${folded}`;
    }
    keys[i] = key;
  }
  return keys;
}

/**
 * A test of search keys against a query: every word of the query must appear in the key, in any order. Null for a
 * query with no words, which filters nothing.
 */
export function queryMatcher(query: string): ((key: string) => boolean) | null {
  const words = searchKey(query).split(' ').filter((w) => w !== '');
  if (words.length === 0) return null;
  if (words.length === 1) {
    const word = words[0]!;
    return (key) => key.includes(word);
  }
  return (key) => words.every((word) => key.includes(word));
}
