// Name keys: what is left of a deposit's name once script, spelling and generic words are set aside, so that
// "Zaval'E", "Zavalyevskiy" and "Заваллівське родовище графіту" all read "zaval", and "Irshansk district" and
// "Іршанське родовище" both read "irshan".
//
// A name is read as one or more variants: the name without its brackets, and each bracketed part that holds a
// capitalised word ("Малишевське (Самотканське)", "Zaval'e (Zavaljevskoje)"); a bracket of lower-case words only
// ("(літієвих руд)") describes, it does not name. Cyrillic is transliterated (Ukraine's 2010 system, which also
// reads Russian); in Cyrillic, where only proper names are capitalised, lower-case words describe ("родовище
// графіту", "титано-цирконієве") and are dropped; generic words in any of the sources' languages are dropped too.
// Each remaining word is folded: adjective endings (-ське, -s'ke, -skiy, -skoye, -skaya …) and a possessive -iv-,
// -ev-, -ov- before them are removed, so are final vowels and doubled letters. The skeleton of a variant (first
// letter, then consonants only, with g/h, kh/h, ts/c/k and the like folded) compares Russian and Ukrainian
// readings of one place: Volnogorsk and Vilnohirsk are both "vlnhrsk" before folding, "vlnhr" after.

import { hasCyrillic, transliterateUk } from '../transliterate.ts';

export interface NameKey {
  /** Each variant of the name, its folded words joined by a space. Empty when nothing but generic words is left. */
  stems: string[];
  /** Each variant's skeleton (see above). */
  skeletons: string[];
  /** Skeletons of single words of at least MIN_PART letters, to see "Tokmak" in "Velykotokmatske". */
  parts: string[];
}

export type NameMatchKind = 'same' | 'spelling' | 'part' | 'different' | 'unknown';

export interface NameMatch {
  kind: NameMatchKind;
  /** 1 same name, 0.9 same skeleton, 0.6 a shared name part, 0 otherwise. */
  score: number;
  /** What matched (a stem, skeleton or part), or both stems when nothing did. */
  detail: string;
}

const MIN_PART = 4;
const MIN_STEM = 3;

// Generic words, as they read after transliteration and lower-casing: English, Ukrainian and Russian (both
// transliterated from Cyrillic and in USGS's own Latin spelling), Spanish and Portuguese (MRDS in Latin America).
// Words for an area also mark a bracket as the area a deposit lies in ("(Western Ore Mountains)", "(Massif
// Lukkulaisvaara)"), not another name of the deposit.
const AREA_WORDS: ReadonlySet<string> = new Set([
  'area', 'areas', 'basin', 'belt', 'complex', 'district', 'districts', 'field', 'fields', 'intrusion', 'massif',
  'mountain', 'mountains', 'pluton', 'province', 'range', 'region', 'trend', 'valley', 'zone',
  'section', 'raion', 'basein', 'masyv', 'pole', 'zona', 'vuzol', 'dilianka', 'dilianky', 'rayon', 'massyv',
  'uchastok', 'distrito', 'provincia',
]);
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  ...AREA_WORDS,
  'adit', 'and', 'at', 'claim', 'claims', 'deposit', 'deposits', 'group', 'in', 'lode', 'lodes', 'mine', 'mines',
  'mining', 'near', 'no', 'occurrence', 'occurrences', 'of', 'on', 'ore', 'ores', 'orebody', 'pit', 'placer',
  'placers', 'project', 'property', 'prospect', 'prospects', 'quarry', 'river', 'shaft', 'showing', 'site',
  'the', 'tunnel', 'unknown', 'unnamed', 'workings',
  'rodovyshche', 'rodovyshcha', 'rudnyk', 'rudne', 'rudnyi', 'karier', 'shakhta', 'proiav',
  'rudoproiav', 'rozsyp', 'rozsypy',
  'mestorozhdenye', 'mestorozhdenyia', 'mestorozhdeniye', 'mestorozhdenie', 'rudnik',
  'mina', 'minas', 'cantera', 'canteras', 'concesion', 'prospecto', 'proyecto', 'yacimiento', 'deposito', 'de',
  'del', 'la', 'las', 'los', 'el', 'y', 'e', 'do', 'da', 'dos', 'das',
]);

// Roman numbers tell deposits apart ("Yercaud I", "Yercaud II") and would vanish as vowels in a skeleton.
const ROMAN: Readonly<Record<string, string>> = {
  i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6', vii: '7', viii: '8', ix: '9', x: '10',
};

const BRACKETED = /\(([^()]*)\)/g;
const WORD = /[\p{L}\p{N}'’ʼ`]+/gu;
const APOSTROPHES = /['’ʼ`]/g;
const MARKS = /\p{M}/gu;
const NOT_ASCII = /[^ -~]/;
const NOT_LETTER_OR_DIGIT = /[^a-z0-9]/g;
const ADJECTIVE_ENDING = /sk(?:oje|oye|oie|oe|aja|aya|aia|ogo|oho|yi|yy|iy|ii|ij|yj|e|a|y|i|o)$/;
const POSSESSIVE_SK = /(?:[yij]?[eo]v|[yi]?iv)?sk$/;
const FINAL_VOWELS = /[aeiouy]+$/;
const DOUBLED = /(.)\1+/g;
const SPELLINGS = /shch|kh|zh|ch|sh|ts|tz|ck|ph|g|w|q|c/g;
const SPELLING_OF: Readonly<Record<string, string>> = {
  shch: 's', kh: 'h', zh: 'z', ch: 'c', sh: 's', ts: 'k', tz: 'k', ck: 'k', ph: 'f', g: 'h', w: 'v', q: 'k', c: 'k',
};
const VOWELS = /[aeiouyj]/g;

export function nameKey(name: string): NameKey {
  const variants = [name.replace(BRACKETED, ' ')];
  for (const match of name.matchAll(BRACKETED)) variants.push(match[1]!);
  const stems: string[] = [];
  const skeletons: string[] = [];
  const parts: string[] = [];
  variants.forEach((variant, index) => {
    const words = variant.match(WORD) ?? [];
    const named = words.some(isCapitalised);
    const bracket = index > 0;
    if (bracket && !named) return;
    const folded: string[] = [];
    for (const word of words) {
      const cyrillic = hasCyrillic(word);
      const latin = latinWord(cyrillic ? transliterateUk(word) : word);
      if (bracket && AREA_WORDS.has(latin)) return;
      if ((cyrillic && named && !isCapitalised(word)) || latin === '' || GENERIC_WORDS.has(latin)) continue;
      folded.push(ROMAN[latin] ?? foldWord(latin));
    }
    // Another name of the deposit is one word ("Малишевське (Самотканське)"); more is a description.
    if (folded.length === 0 || (bracket && folded.length > 1)) return;
    addOnce(stems, folded.join(' '));
    addOnce(skeletons, skeletonOf(folded.join('')));
    for (const word of folded) {
      const part = skeletonOf(word);
      if (part.length >= MIN_PART) addOnce(parts, part);
    }
  });
  return { stems, skeletons, parts };
}

export const SAME_SCORE = 1;
export const SPELLING_SCORE = 0.9;
export const PART_SCORE = 0.6;

/** compareNames' score alone, without allocating: this runs on every candidate pair. */
export function nameScore(a: NameKey, b: NameKey): number {
  if (a.stems.length === 0 || b.stems.length === 0) return 0;
  for (const stem of a.stems) if (b.stems.includes(stem)) return SAME_SCORE;
  return sameSkeleton(a, b) !== null ? SPELLING_SCORE : sharedPart(a, b) !== null ? PART_SCORE : 0;
}

export function compareNames(a: NameKey, b: NameKey): NameMatch {
  if (a.stems.length === 0 || b.stems.length === 0) return { kind: 'unknown', score: 0, detail: '' };
  const stem = a.stems.find((s) => b.stems.includes(s));
  if (stem !== undefined) return { kind: 'same', score: SAME_SCORE, detail: stem };
  const skeleton = sameSkeleton(a, b);
  if (skeleton !== null) return { kind: 'spelling', score: SPELLING_SCORE, detail: skeleton };
  const part = sharedPart(a, b);
  if (part !== null) return { kind: 'part', score: PART_SCORE, detail: part };
  return { kind: 'different', score: 0, detail: `${a.stems[0]} / ${b.stems[0]}` };
}

function sameSkeleton(a: NameKey, b: NameKey): string | null {
  for (const skeleton of a.skeletons) if (skeleton.length >= MIN_STEM && b.skeletons.includes(skeleton)) return skeleton;
  return null;
}

/** A word skeleton of one name that is a word of the other, or the start or end of one at most twice as long. */
function sharedPart(a: NameKey, b: NameKey): string | null {
  for (const p of a.parts) {
    for (const q of b.parts) {
      const short = p.length <= q.length ? p : q;
      const long = short === p ? q : p;
      if (short === long || (short.length * 2 >= long.length && (long.endsWith(short) || long.startsWith(short)))) {
        return short;
      }
    }
  }
  return null;
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function latinWord(word: string): string {
  const lower = word.toLowerCase();
  const plain = NOT_ASCII.test(lower) ? lower.normalize('NFKD').replace(MARKS, '') : lower;
  return plain.replace(APOSTROPHES, '').replace(NOT_LETTER_OR_DIGIT, '');
}

/** A word without its adjective ending, possessive suffix, final vowels and doubled letters. */
export function foldWord(word: string): string {
  if (word.length < MIN_STEM) return word;
  let stem = word.replace(ADJECTIVE_ENDING, 'sk');
  if (stem.endsWith('sk')) {
    // ц + ськ is written цьк (Ястребець → Ястребецьке, Донецьк): the ending is the k alone.
    if (stem.endsWith('tsk')) stem = stem.slice(0, -1);
    else stem = longEnough(stem.replace(POSSESSIVE_SK, '')) ?? longEnough(stem.slice(0, -2)) ?? stem;
  }
  stem = longEnough(stem.replace(FINAL_VOWELS, '')) ?? stem;
  return stem.replace(DOUBLED, '$1');
}

function longEnough(stem: string): string | null {
  return stem.length >= MIN_STEM ? stem : null;
}

function skeletonOf(stem: string): string {
  const spelled = stem.replace(SPELLINGS, (letters) => SPELLING_OF[letters]!);
  return (spelled.charAt(0) + spelled.slice(1).replace(VOWELS, '')).replace(DOUBLED, '$1');
}

function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
