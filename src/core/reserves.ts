// Reserve and resource figures as registers and other sources write them ("A+B+C1 — 12,5 млн т",
// "760,000 tonnes of lithium carbonate equivalent", "TiO2 19 723.894 thousand t"). Each figure becomes one Reserve:
// masses in tonnes (unit 't'), volumes in 'm3', kilograms kept as 'kg' and grades as '%' (or '% Li2O' when the
// compound follows the sign). The figure is the number as written: bounds and ranges ("over 8 Mt", "близько 30 тис.
// т", "100-150 тисяч тонн") keep their words only in `asWritten`, and a range gives its lower end.

import type { Reserve } from './deposit.ts';
import type { MineralId } from './minerals.ts';
import { hasCyrillic } from './transliterate.ts';

type RecogniseMineral = (phrase: string) => MineralId | null;

const L = String.raw`\p{L}`;
const NUMBER = String.raw`(?:\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)`;
const MULTIPLIER = [
  '[Tt]housand', 'тис\\.', 'тисяч[аіи]?', 'тис', 'тыс\\.', 'тысяч[аи]?', 'тыс',
  '[Mm]illion', 'mln\\.?', 'mn', 'млн\\.', 'млн', 'мільйон(?:ів|а|и)?', 'миллион(?:ов|а)?',
  '[Bb]illion', 'bn', 'млрд\\.', 'млрд', 'мільярд(?:ів|а|и)?', 'миллиард(?:ов|а)?',
].join('|');
const BASE_UNIT = [
  'metric\\s+tonnes', 'metric\\s+tons', '[Tt]onnes', '[Tt]onne', '[Tt]ons', '[Tt]on', 'mt', 'MT', 't',
  'тонн[аиы]?', 'т', 'm3', 'm³', 'м3', 'м³', 'куб\\.\\s?м', 'kg', 'кг',
].join('|');

/**
 * A number (or a range), perhaps a compound between it and the unit ("760 LCE kt"), and a unit. A unit followed by
 * a slash is a rate ("900 kt/yr"), not a quantity.
 */
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?<low>${NUMBER})(?:\s*[-–—]\s*${NUMBER})?(?:\s+(?<between>[A-Z][A-Za-z0-9]{1,5}))?\s*` +
    String.raw`(?:(?:(?<multiplier>${MULTIPLIER})\s*)?(?<base>${BASE_UNIT})|(?<prefixed>kt|Mt|Gt|кт)|(?<percent>%))` +
    String.raw`(?![\p{L}\p{N}]|\s*\/)`,
  'gu',
);

const BOUND = new RegExp(
  String.raw`(?:^|[^\p{L}])((?:more|less)\s+than|up\s+to|at\s+least|over|exceed(?:s|ing)?|around|about|` +
    String.raw`approximately|approx\.?|circa|under|nearly|almost|понад|більше(?:\s+ніж)?|близько|до|майже|` +
    String.raw`щонайменше|приблизно|свыше|более|около|превыша${L}*|перевищу${L}*|примерно|менее|менше|[~≈><≥≤])\s*$`,
  'iu',
);

/** Soviet and Ukrainian reserve categories (A, B, C1, C2, prognostic P1–P3) and their sums, in either alphabet. */
const LETTER_CATEGORY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[ABCАВС][12]?|[PР][123])(?:\s*\+\s*(?:[ABCАВС][12]?|[PР][123]))*(?![\p{L}\p{N}])`,
  'gu',
);
const CATEGORY_WORD_BEFORE = new RegExp(String.raw`(?:кат\.?|категорі${L}*|категори${L}*|categor${L}*)\s*$`, 'iu');
const SEPARATOR_AFTER = /^\s*[:—–-]/u;
const JORC_CLASS = new RegExp(
  String.raw`(?<!${L})(Measured(?:\s*(?:\+|and|&)\s*Indicated)?|Indicated|Inferred|Proven|Proved|Probable)(?!${L})`,
  'giu',
);
const RESOURCE_CLASS = new RegExp(
  String.raw`(?<!${L})(?:(?<prospective>prospective\s+resources?|перспективн${L}*\s+ресурс${L}*)|` +
    String.raw`(?<prognostic>prognostic\s+resources?|forecast\s+resources?|прогнозн${L}*\s+ресурс${L}*))(?!${L})`,
  'giu',
);
const RESOURCE_CLASS_AT = new RegExp(RESOURCE_CLASS.source, 'iuy');
const JORC = /JORC/;
const CLAUSE_END = /;|[.!?]\s+(?=\p{Lu})/gu;
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = { А: 'A', В: 'B', С: 'C', Р: 'P' };
const LOOKALIKE = /[АВСР]/gu;
const SPACES = /\s+/gu;
const PLUS_OR_DIGIT = /[+\d]/u;
const JORC_JOINER = /\s*(?:\+|and|&)\s*/u;
const ONLY_SEPARATORS = /^[\s:—–-]*$/u;

const WORD_CHAR = /[\p{L}\p{N}+-]/u;
const WORD_AT = /[\p{L}\p{N}][\p{L}\p{N}+-]*/uy;
const FORMULA_AT = /\s*([A-Z][A-Za-z0-9]*)(?![\p{L}\p{N}])/uy;
const SPACES_AT = /\s*/uy;
const LEADING_SEPARATOR = /[\s:—–-]*$/u;
const ONLY_OPEN_PAREN = /^\s*\(\s*$/u;
const NUMERIC = /^[\d.,+-]+$/u;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u;
const HAS_DIGIT = /\d/u;
const ELEMENT_SYMBOL = /^[A-Z][a-z]?$/u;
const CLOSE_PAREN_AT = /\s*\)/uy;

/** Words that end a mineral phrase ("graphite in these volumes", "руди і ще понад") or join it to a number. */
const STOP_WORDS = new Set([
  'in', 'at', 'from', 'per', 'and', 'or', 'to', 'for', 'with', 'by', 'is', 'are', 'was', 'were', 'as', 'of', 'which',
  'that', 'expected', 'і', 'й', 'та', 'у', 'в', 'з', 'із', 'зі', 'до', 'на', 'а', 'и', 'при', 'для', 'по', 'що',
  'як', 'які', 'от', 'из', 'с', 'за', 'ще',
]);

const ENGLISH_UNIT_WORD = /[Tt]housand|[Mm]illion|[Bb]illion|\bmn\b|\bmln|\bbn\b|[Tt]onne|[Tt]ons?\b|\bmt\b|\bMT\b|metric/u;
const MULTIPLIER_EXPONENT: readonly [RegExp, number][] = [
  [/^(?:[Tt]housand|тис|тыс)/u, 3],
  [/^(?:[Mm]illion|mln|mn|млн|мільйон|миллион)/u, 6],
  [/^(?:[Bb]illion|bn|млрд|мільярд|миллиард)/u, 9],
];
const PREFIXED_EXPONENT: Readonly<Record<string, number>> = { kt: 3, кт: 3, Mt: 6, Gt: 9 };

interface Mention {
  start: number;
  end: number;
  category: string;
}

interface Figure {
  start: number;
  end: number;
  amount: number;
  unit: string;
  category: string | null;
  mineral: MineralId | null;
}

interface Context {
  text: string;
  recognise: RecogniseMineral;
  categories: Mention[];
  clauseEnds: number[];
  /** Ends of resource classes written after a figure ("40 млн тонн перспективних ресурсів"): that figure's own. */
  consumed: Set<number>;
}

/**
 * Every figure of `text`. Blank text says nothing and gives none; text with no figure gives one Reserve that keeps
 * the words, so that what a source says is never dropped.
 */
export function parseReserves(text: string, recogniseMineral: RecogniseMineral): Reserve[] {
  const source = text.trim();
  if (source === '') return [];
  const context: Context = {
    text: source,
    recognise: recogniseMineral,
    categories: findCategories(source),
    clauseEnds: [...source.matchAll(CLAUSE_END)].map((m) => m.index),
    consumed: new Set(),
  };
  const figures: Figure[] = [];
  for (const match of source.matchAll(FIGURE)) {
    const figure = readFigure(match, context, figures[figures.length - 1]?.end ?? 0);
    const previous = figures[figures.length - 1];
    if (previous && restates(previous, figure, source)) {
      previous.end = closingParenEnd(source, figure.end);
      previous.mineral ??= figure.mineral;
    } else {
      figures.push(figure);
    }
  }
  if (figures.length === 0) return [{ mineral: null, amount: null, unit: null, category: null, asWritten: source }];
  return figures.map((f) => ({
    mineral: f.mineral,
    amount: f.amount,
    unit: f.unit,
    category: f.category,
    asWritten: source.slice(f.start, f.end),
  }));
}

function readFigure(match: RegExpExecArray, context: Context, previousEnd: number): Figure {
  const { text } = context;
  const groups = match.groups ?? {};
  const numberStart = match.index;
  let end = numberStart + match[0].length;
  let unit: string;
  let exponent: number;
  let mineral: MineralId | null = null;
  let category: string | null = null;

  if (groups.percent) {
    unit = '%';
    exponent = 0;
    const formula = stickyMatch(FORMULA_AT, text, end);
    if (formula && looksLikeFormula(formula[1] as string)) {
      unit = `% ${formula[1]}`;
      mineral = context.recognise(formula[1] as string);
      end += formula[0].length;
    }
  } else {
    const base = groups.base ?? '';
    unit = isVolume(base) ? 'm3' : base === 'kg' || base === 'кг' ? 'kg' : 't';
    exponent = groups.prefixed ? (PREFIXED_EXPONENT[groups.prefixed] ?? 0) : multiplierExponent(groups.multiplier);
    const trailing = trailingPhrase(text, end);
    if (trailing?.category) {
      category = trailing.category;
      context.consumed.add(trailing.end);
    } else if (trailing) {
      mineral = recogniseIn(trailing.words, context.recognise)?.mineral ?? null;
    }
    end = trailing?.end ?? end;
    if (mineral === null && groups.between) mineral = context.recognise(groups.between);
  }

  const unitWords = `${groups.multiplier ?? ''} ${groups.base ?? ''}`;
  const english = groups.percent ? false : ENGLISH_UNIT_WORD.test(unitWords) || !hasCyrillic(text);
  const amount = parseAmount(groups.low as string, exponent, english);
  const boundStart = boundBefore(text, Math.max(previousEnd, numberStart - 40), numberStart);
  let start = boundStart ?? numberStart;
  const direct = directCategory(context, start, previousEnd);
  if (direct) start = direct.start;
  category ??= categoryAt(context, numberStart);
  if (mineral === null && !direct) {
    const leading = recogniseIn(leadingWords(text, start, previousEnd), context.recognise);
    if (leading) {
      mineral = leading.mineral;
      start = leading.start;
    }
  }
  return { start, end, amount, unit, category, mineral };
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers and units

/**
 * The amount in the base unit. A comma before exactly three digits separates thousands in English text
 * ("760,000 tonnes"), in a number that also has a point or several commas, and is otherwise a decimal comma
 * ("1,302 млн т").
 */
function parseAmount(written: string, exponent: number, english: boolean): number {
  const commasGroup =
    COMMA_GROUPED.test(written) && (english || written.includes('.') || written.indexOf(',') !== written.lastIndexOf(','));
  let digits = '';
  let fraction = '';
  let inFraction = false;
  for (const ch of written) {
    if (ch >= '0' && ch <= '9') {
      if (inFraction) fraction += ch;
      else digits += ch;
    } else if (ch === '.' || (ch === ',' && !commasGroup)) {
      inFraction = true;
    }
  }
  return Number(`${digits}${fraction}e${exponent - fraction.length}`);
}

function multiplierExponent(multiplier: string | undefined): number {
  if (!multiplier) return 0;
  for (const [pattern, exponent] of MULTIPLIER_EXPONENT) if (pattern.test(multiplier)) return exponent;
  return 0;
}

function isVolume(base: string): boolean {
  return base === 'm3' || base === 'm³' || base === 'м3' || base === 'м³' || base.startsWith('куб');
}

/** A chemical formula or element symbol after a grade: Li2O, TR2O3, ZrO2, Y, Ta. */
function looksLikeFormula(word: string): boolean {
  return HAS_DIGIT.test(word) || ELEMENT_SYMBOL.test(word);
}

// ---------------------------------------------------------------------------------------------------------------
// Words around a figure

function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

interface Word {
  text: string;
  start: number;
}

/**
 * What follows the unit: "of <up to four words>" in English, one word in Ukrainian and Russian ("млн т руди"), or
 * a resource class ("40 млн тонн перспективних ресурсів").
 */
function trailingPhrase(text: string, from: number): { words: Word[]; end: number; category: string | null } | null {
  const at = from + (stickyMatch(SPACES_AT, text, from)?.[0].length ?? 0);
  const resource = stickyMatch(RESOURCE_CLASS_AT, text, at);
  if (resource) return { words: [], end: at + resource[0].length, category: resourceClass(resource) };
  const first = wordAt(text, at);
  if (!first || isNumeric(first.text)) return null;
  if (first.text.toLowerCase() !== 'of') {
    return STOP_WORDS.has(first.text.toLowerCase()) ? null : { words: [first], end: at + first.text.length, category: null };
  }
  const words: Word[] = [];
  let i = at + first.text.length;
  while (words.length < 4) {
    const next = i + (stickyMatch(SPACES_AT, text, i)?.[0].length ?? 0);
    const word = wordAt(text, next);
    if (!word || next === i || STOP_WORDS.has(word.text.toLowerCase()) || isNumeric(word.text)) break;
    words.push(word);
    i = next + word.text.length;
  }
  return words.length ? { words, end: i, category: null } : null;
}

function wordAt(text: string, at: number): Word | null {
  const match = stickyMatch(WORD_AT, text, at);
  return match ? { text: match[0], start: at } : null;
}

/**
 * Up to three words before a figure, back to a punctuation mark, a number or the previous figure
 * ("TiO2 19 723.894 thousand t", "lithium oxide content of 0.86%"); a joining word next to the number is skipped.
 */
function leadingWords(text: string, from: number, limit: number): Word[] {
  const words: Word[] = [];
  let i = from - (LEADING_SEPARATOR.exec(text.slice(limit, from))?.[0].length ?? 0);
  while (words.length < 3 && i > limit) {
    let wordStart = i;
    while (wordStart > limit && WORD_CHAR.test(text[wordStart - 1] as string)) wordStart--;
    if (wordStart === i) break;
    const word = text.slice(wordStart, i);
    if (isNumeric(word)) break;
    if (STOP_WORDS.has(word.toLowerCase())) {
      if (words.length > 0) break;
    } else {
      words.unshift({ text: word, start: wordStart });
    }
    i = wordStart;
    while (i > limit && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
    if (i === wordStart) break;
  }
  return words;
}

function isNumeric(word: string): boolean {
  return NUMERIC.test(word);
}

/** The mineral the whole phrase names, or else the first single word that names one, nearest the number first. */
function recogniseIn(words: Word[], recognise: RecogniseMineral): { mineral: MineralId; start: number } | null {
  const first = words[0];
  if (!first) return null;
  if (words.length > 1) {
    const whole = recognise(words.map((w) => w.text).join(' '));
    if (whole) return { mineral: whole, start: first.start };
  }
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as Word;
    const mineral = recognise(word.text);
    if (mineral) return { mineral, start: word.start };
  }
  return null;
}

function boundBefore(text: string, from: number, numberStart: number): number | null {
  const match = BOUND.exec(text.slice(from, numberStart));
  if (!match) return null;
  return from + match.index + match[0].trimEnd().length - (match[1] as string).length;
}

// ---------------------------------------------------------------------------------------------------------------
// Categories

function findCategories(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const m of text.matchAll(LETTER_CATEGORY)) {
    const written = m[0];
    const end = m.index + written.length;
    const single = !PLUS_OR_DIGIT.test(written);
    if (single && !SEPARATOR_AFTER.test(text.slice(end)) && !CATEGORY_WORD_BEFORE.test(text.slice(0, m.index))) continue;
    const category = written.replace(SPACES, '').replace(LOOKALIKE, (ch) => CYRILLIC_LOOKALIKES[ch] ?? ch);
    mentions.push({ start: m.index, end, category });
  }
  const jorc = JORC.test(text) ? 'JORC ' : '';
  for (const m of text.matchAll(JORC_CLASS)) {
    const words = (m[1] as string).toLowerCase().split(JORC_JOINER);
    const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('+');
    mentions.push({ start: m.index, end: m.index + m[0].length, category: `${jorc}${name}` });
  }
  for (const m of text.matchAll(RESOURCE_CLASS)) {
    mentions.push({ start: m.index, end: m.index + m[0].length, category: resourceClass(m) });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function resourceClass(match: RegExpExecArray | RegExpMatchArray): string {
  return match.groups?.prospective ? 'prospective resources' : 'prognostic resources';
}

/** The category written last before `at` in the same clause (a semicolon or a sentence end closes a clause). */
function categoryAt(context: Context, at: number): string | null {
  let found: Mention | null = null;
  for (const mention of context.categories) {
    if (mention.end > at) break;
    if (!context.consumed.has(mention.end)) found = mention;
  }
  if (!found) return null;
  const from = found.end;
  return context.clauseEnds.some((end) => end >= from && end < at) ? null : found.category;
}

/** A category written right before the figure ("C2: 3 400 тис. т", "A+B+C1 — 12,5 млн т"), part of its wording. */
function directCategory(context: Context, start: number, previousEnd: number): Mention | null {
  for (const mention of context.categories) {
    if (mention.end > start) break;
    if (mention.start >= previousEnd && ONLY_SEPARATORS.test(context.text.slice(mention.end, start))) return mention;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Restatements

/** "760,000 tonnes of lithium carbonate equivalent (760 LCE kt)": the bracketed figure says the same again. */
function restates(previous: Figure, figure: Figure, text: string): boolean {
  return (
    previous.amount === figure.amount &&
    previous.unit === figure.unit &&
    ONLY_OPEN_PAREN.test(text.slice(previous.end, figure.start))
  );
}

function closingParenEnd(text: string, at: number): number {
  const close = stickyMatch(CLOSE_PAREN_AT, text, at);
  return close ? at + close[0].length : at;
}
