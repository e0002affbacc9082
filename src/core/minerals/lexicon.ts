// Look-ups built once from the taxonomy table: whole names, Cyrillic stems, chemical symbols, MRDS qualifiers and
// the generic words that carry no commodity of their own.

import { MINERAL_ENTRIES, type MineralId } from './table.ts';
import { isCyrillicWord, phraseKey, stemsOf } from './text.ts';

type Ids = readonly MineralId[];

function addTo(map: Map<string, MineralId[]>, key: string, id: MineralId): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

const NAMES = new Map<string, MineralId[]>();
const STEMS = new Map<string, MineralId[]>();
const SYMBOLS = new Map<string, MineralId[]>();
for (const entry of MINERAL_ENTRIES) {
  const id = entry.id as MineralId;
  for (const name of entry.names) addTo(NAMES, phraseKey(name), id);
  for (const stem of entry.stems ?? []) addTo(STEMS, phraseKey(stem), id);
  for (const symbol of entry.symbols ?? []) addTo(SYMBOLS, symbol, id);
}

// The longest name in words, so a scan never tries longer runs than can match.
const MAX_NAME_WORDS = Math.max(...[...NAMES.keys()].map((key) => key.split(' ').length));

// Sub-type words MRDS writes after a comma inside one commodity ("Limestone, General", "Stone, Crushed/Broken",
// "Zinc, Refiner"): folded into the commodity before them, never read as commodities of their own.
const QUALIFIERS = new Set(
  [
    'general', 'construction', 'dimension', 'crushed/broken', 'refiner', 'refinery', 'smelter', 'metal', 'high calcium',
    'ultra pure', 'industrial', 'industrial/frac sand', 'contained or metal', 'mill concentrate', 'tailings', 'pigment',
    'light weight', 'heavy minerals', 'oxide', 'sulfide', 'laterite', 'semiprecious', 'bloating material', 'free',
    'carbon', 'brick', 'common', 'fire (refractory)', 'refractory', 'tin slag', 'by-product', 'byproduct', 'high purity',
    'sheet', 'scrap', 'flake',
  ].map(phraseKey),
);

// Words that describe a commodity's form rather than name one ("lithium ores", "ilmenite concentrate", "руди",
// "сировина"). A phrase made only of these is wording to keep, not an unknown mineral.
const GENERIC_WORDS = new Set(
  [
    'ore', 'ores', 'concentrate', 'concentrates', 'raw', 'material', 'materials', 'mineral', 'minerals', 'deposit',
    'deposits', 'placer', 'placers', 'sands', 'grade', 'grades', 'high', 'low', 'rich', 'crude', 'also', 'and', 'with',
    'of', 'the', 'containing', 'bearing', 'руда', 'руди', 'руд', 'руду', 'рудою', 'рудах', 'рудні', 'рудний', 'концентрат',
    'концентрати', 'концентратів', 'сировина', 'сировини', 'родовище', 'родовища', 'поклади', 'покладів', 'піски', 'пісків',
    'розсипи', 'розсип', 'також', 'та', 'і', 'й', 'з', 'із', 'у', 'в', 'комплексні', 'комплексне', 'комплексна', 'руды',
    'сырье', 'месторождение', 'месторождения', 'пески', 'россыпи', 'и', 'с',
  ].map(phraseKey),
);

/** Ids of a chemical symbol written exactly ('Li', 'REE' is a name, 'Y'); case matters. */
export function symbolIds(trimmed: string): Ids | undefined {
  return SYMBOLS.get(trimmed);
}

function wordIds(word: string): Ids | undefined {
  const named = NAMES.get(word);
  if (named || !isCyrillicWord(word)) return named;
  for (const stem of stemsOf(word)) {
    const ids = STEMS.get(stem);
    if (ids) return ids;
  }
  return undefined;
}

/**
 * Ids of a whole phrase key: a name, one inflected Cyrillic word, or either of those once the generic words are
 * dropped ("lithium ores" → lithium, "ільменітові піски" → titanium).
 */
export function phraseIds(key: string): Ids | undefined {
  const whole = key.includes(' ') ? NAMES.get(key) : wordIds(key);
  if (whole) return whole;
  const words = key.split(' ');
  const specific = words.filter((word) => !GENERIC_WORDS.has(word));
  if (specific.length === 0 || specific.length === words.length) return undefined;
  return specific.length === 1 ? wordIds(specific[0]!) : NAMES.get(specific.join(' '));
}

/** Ids named anywhere in a phrase key, longest run of words first ("natural flake graphite", "титано-цирконова"). */
export function scanIds(key: string): Ids {
  const words = key.split(' ');
  const found: MineralId[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && matched === 0; n--) {
      const ids = n === 1 ? wordIds(words[i]!) : NAMES.get(words.slice(i, i + n).join(' '));
      if (ids) {
        for (const id of ids) if (!found.includes(id)) found.push(id);
        matched = n;
      }
    }
    i += Math.max(matched, 1);
  }
  return found;
}

/** A phrase with no letters, or only generic words. */
export function isFiller(key: string): boolean {
  if (!/\p{L}/u.test(key)) return true;
  return key.split(' ').every((word) => GENERIC_WORDS.has(word) || !/\p{L}/u.test(word));
}

export function isQualifier(key: string): boolean {
  return QUALIFIERS.has(key);
}


export function nameIds(key: string): Ids | undefined {
  return NAMES.get(key);
}
