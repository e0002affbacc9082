// Ukraine's official Latin transliteration: Cabinet of Ministers of Ukraine resolution No. 55 of 27 January 2010.
// Older registers also write Russian-only letters; the resolution does not cover them, so they get the closest
// Ukrainian reading: ы → y (as и), э → e (as е), ъ → dropped (a hard sign, like the apostrophe), ё → io, and Yo at
// the start of a word (as є → ie / Ye).

interface Letter {
  /** Latin for the letter inside a word, lower case. */
  medial: string;
  /** Latin at the start of a word, lower case. */
  initial: string;
  upper: boolean;
}

const LOWER_LETTERS: readonly (readonly [string, string, string?])[] = [
  ['а', 'a'], ['б', 'b'], ['в', 'v'], ['г', 'h'], ['ґ', 'g'], ['д', 'd'], ['е', 'e'], ['є', 'ie', 'ye'],
  ['ж', 'zh'], ['з', 'z'], ['и', 'y'], ['і', 'i'], ['ї', 'i', 'yi'], ['й', 'i', 'y'], ['к', 'k'], ['л', 'l'],
  ['м', 'm'], ['н', 'n'], ['о', 'o'], ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'], ['у', 'u'], ['ф', 'f'],
  ['х', 'kh'], ['ц', 'ts'], ['ч', 'ch'], ['ш', 'sh'], ['щ', 'shch'], ['ь', ''], ['ю', 'iu', 'yu'], ['я', 'ia', 'ya'],
  ['ы', 'y'], ['э', 'e'], ['ъ', ''], ['ё', 'io', 'yo'],
];

/** Letters by char code from U+0400; the Cyrillic block holds every letter above. */
const CYRILLIC_START = 0x400;
const LETTERS: readonly (Letter | undefined)[] = (() => {
  const table: (Letter | undefined)[] = [];
  for (const [cyrillic, medial, initial = medial] of LOWER_LETTERS) {
    table[cyrillic.charCodeAt(0) - CYRILLIC_START] = { medial, initial, upper: false };
    table[cyrillic.toUpperCase().charCodeAt(0) - CYRILLIC_START] = { medial, initial, upper: true };
  }
  return table;
})();
const Z_LOWER = 'з'.charCodeAt(0);
const Z_UPPER = 'З'.charCodeAt(0);

function letterAt(text: string, i: number): Letter | undefined {
  const index = text.charCodeAt(i) - CYRILLIC_START;
  return index >= 0 && index < LETTERS.length ? LETTERS[index] : undefined;
}

/** The apostrophe forms that sources use inside a word (Знам'янка, Кам’янець, Мар`їнка, Підʼязне): ' ’ ʼ ` */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x60;
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

const STRESS_MARK = '\u0301';
const COMBINING_MARKS = /[\u0300-\u036f]/;

export function hasCyrillic(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0400 && code <= 0x052f) return true;
  }
  return false;
}

/** Not memoised: names are mostly unique, and measured on 300,000 of them a cache cost more than it saved. */
export function transliterateUk(text: string): string {
  if (!hasCyrillic(text)) return text;
  return transliterate(COMBINING_MARKS.test(text) ? text.normalize('NFC').replaceAll(STRESS_MARK, '') : text);
}

function transliterate(text: string): string {
  let out = '';
  let inWord = false;
  let copiedTo = 0;
  for (let i = 0; i < text.length; i++) {
    const letter = letterAt(text, i);
    const code = text.charCodeAt(i);
    if (letter) {
      const previous = text.charCodeAt(i - 1);
      const afterZ = letter.medial === 'h' && (previous === Z_LOWER || previous === Z_UPPER);
      const latin = afterZ ? 'gh' : inWord ? letter.medial : letter.initial;
      out += text.slice(copiedTo, i) + (letter.upper ? upperLatin(latin, wordIsAllCaps(text, i)) : latin);
      copiedTo = i + 1;
      inWord = true;
    } else if (isApostrophe(code) && inWord && letterAt(text, i + 1)) {
      out += text.slice(copiedTo, i);
      copiedTo = i + 1;
    } else {
      inWord = isLatinLetter(code);
    }
  }
  return out + text.slice(copiedTo);
}

function upperLatin(latin: string, allCaps: boolean): string {
  if (allCaps) return latin.toUpperCase();
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/**
 * Whether the capital at `at` belongs to an all-capitals word (ЩОРС → SHCHORS) rather than a capitalised one
 * (Щорс → Shchors): the next letter of the word decides, or the previous one at the end of a word.
 */
function wordIsAllCaps(text: string, at: number): boolean {
  const next = neighbourIsCapital(text, at, 1);
  if (next !== null) return next;
  return neighbourIsCapital(text, at, -1) ?? false;
}

/** Whether the nearest letter in `step` direction within the word is a capital; null when there is none. */
function neighbourIsCapital(text: string, at: number, step: 1 | -1): boolean | null {
  for (let i = at + step; i >= 0 && i < text.length; i += step) {
    const letter = letterAt(text, i);
    const code = text.charCodeAt(i);
    if (letter) {
      if (letter.medial !== '') return letter.upper;
    } else if (isLatinLetter(code)) {
      return code <= 0x5a;
    } else if (!isApostrophe(code)) {
      return null;
    }
  }
  return null;
}
