// Reads coordinates the way registers and other sources write them: decimal degrees with a point or a comma,
// degrees-minutes-seconds with any of the usual marks (or none), and hemisphere words in English, Ukrainian,
// Russian and the forms foreign-language pages use. A hemisphere word that is not known is a rejection, never a
// guess: a point put in the wrong hemisphere is worse than no point.

export type Axis = 'lat' | 'lon';
export type CoordinateParse = { ok: true; value: number; hemisphereGiven: boolean } | { ok: false; reason: string };
export type PairParse = { ok: true; lat: number; lon: number } | { ok: false; reason: string };

type Hemisphere = 'N' | 'S' | 'E' | 'W';

/**
 * Hemisphere words, keyed by their letters in lower case with dots and spaces removed ("пн. ш." → "пнш").
 * Whole phrases only, because the same letter means different things in different languages: "s. sh." is Russian
 * "с. ш." transliterated, i.e. north, while "S" alone is south.
 */
const HEMISPHERES: ReadonlyMap<string, Hemisphere> = new Map([
  // English
  ['n', 'N'], ['north', 'N'], ['s', 'S'], ['south', 'S'], ['e', 'E'], ['east', 'E'], ['w', 'W'], ['west', 'W'],
  // Ukrainian: пн. ш. / пд. ш. / сх. д. / зх. д., and the words in full
  ['пн', 'N'], ['пнш', 'N'], ['північноїшироти', 'N'], ['пд', 'S'], ['пдш', 'S'], ['південноїшироти', 'S'],
  ['сх', 'E'], ['схд', 'E'], ['східноїдовготи', 'E'], ['зх', 'W'], ['зхд', 'W'], ['західноїдовготи', 'W'],
  // Russian: с. ш. / ю. ш. / в. д. / з. д., in full, and transliterated as machine translations leave them
  ['сш', 'N'], ['севернойшироты', 'N'], ['юш', 'S'], ['южнойшироты', 'S'],
  ['вд', 'E'], ['восточнойдолготы', 'E'], ['зд', 'W'], ['западнойдолготы', 'W'],
  ['ssh', 'N'], ['yush', 'S'], ['vd', 'E'], ['zd', 'W'],
  // German and Scandinavian pages: N. Br. / S. Br. / ö. L. / w. L.; "O" (Ost) and "Ö" (öst) are east. In French,
  // Spanish and Italian "O" means west; the sources this project reads write it only on German pages about places
  // in Ukraine (east of Greenwich), so "O" is read as east.
  ['nbr', 'N'], ['sbr', 'S'], ['o', 'E'], ['ö', 'E'], ['ost', 'E'], ['öl', 'E'], ['ol', 'E'], ['wl', 'W'],
  // Machine-translated renderings seen in the deposit table: "N Sch." (пн. ш.), "Zoll. E." (сх. д.), "E Ej."
  ['nsch', 'N'], ['zolle', 'E'], ['eej', 'E'],
]);

const UNIT_NAMES = ['degrees', 'minutes', 'seconds'] as const;
const UNIT_SIZE = [1, 60, 3600] as const;
const NOT_A_COORDINATE = 'not a coordinate: expected decimal degrees or degrees-minutes-seconds';
const NOT_A_PAIR = 'not a coordinate pair: expected latitude and longitude, e.g. 48.2, 30.1 or 48°12′N 30°06′E';

// ---------------------------------------------------------------------------------------------------------------
// Numbers

/**
 * A plain number as people write it: '48.2', '48,2' (decimal comma), '−48.2' (U+2212), '1 234,5' or '1,234.5'
 * (thousands separated by a space, no-break space, thin space, comma or point), '1.5e-7'. Null when the text is not
 * one number.
 */
export function parseNumber(text: string): number | null {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let negative = false;
  const first = text.charCodeAt(start);
  if (isMinus(first)) negative = true;
  if (negative || first === PLUS) start++;

  let digits = 0;
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  let lastDot = -1;
  let lastComma = -1;
  let mantissaEnd = end;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
    } else if (c === DOT) {
      dots++;
      lastDot = i;
    } else if (c === COMMA) {
      commas++;
      lastComma = i;
    } else if (isSpace(c)) {
      spaces++;
    } else if ((c === 0x65 || c === 0x45) && digits > 0 && isExponent(text, i + 1, end)) {
      mantissaEnd = i;
      break;
    } else {
      return null;
    }
  }
  if (digits === 0) return null;
  if (commas === 0 && spaces === 0 && dots <= 1) {
    return finish(Number(text.slice(start, end)), negative, dots === 0 || lastDot < mantissaEnd - 1);
  }
  const exponent = text.slice(mantissaEnd, end);
  if (exponent && (spaces > 0 || dots + commas > 1)) return null;

  let decimalAt: number;
  if (dots > 0 && commas > 0) decimalAt = Math.max(lastDot, lastComma);
  else if (dots === 1) decimalAt = lastDot;
  else if (commas === 1) decimalAt = lastComma;
  else decimalAt = -1;
  const decimalChar = decimalAt < 0 ? -1 : text.charCodeAt(decimalAt);
  if ((decimalChar === DOT && dots > 1) || (decimalChar === COMMA && commas > 1)) return null;

  const integerEnd = decimalAt < 0 ? mantissaEnd : decimalAt;
  if (!thousandsGroupsValid(text, start, integerEnd)) return null;
  let clean = '';
  for (let i = start; i < integerEnd; i++) if (isDigit(text.charCodeAt(i))) clean += text[i];
  if (decimalAt >= 0) {
    const fraction = text.slice(decimalAt + 1, mantissaEnd);
    if (!isDigits(fraction)) return null;
    clean += '.' + fraction;
  }
  return finish(Number(clean + exponent), negative, true);
}

/** Spreadsheets and data frames write small numbers as 1.5e-7. */
function isExponent(text: string, from: number, end: number): boolean {
  const c = text.charCodeAt(from);
  return isDigits(text.slice(c === PLUS || c === 0x2d ? from + 1 : from, end));
}

function finish(value: number, negative: boolean, valid: boolean): number | null {
  if (!valid || !Number.isFinite(value)) return null;
  return negative && value !== 0 ? -value : value;
}

/** Digits between `start` and `end`, in groups of three after the first (which has one to three) if grouped at all. */
function thousandsGroupsValid(text: string, start: number, end: number): boolean {
  let group = 0;
  let groups = 0;
  for (let i = start; i < end; i++) {
    if (isDigit(text.charCodeAt(i))) {
      group++;
      continue;
    }
    if (groups === 0 ? group < 1 || group > 3 : group !== 3) return false;
    groups++;
    group = 0;
  }
  return groups === 0 || group === 3;
}

// ---------------------------------------------------------------------------------------------------------------
// One coordinate

export function parseCoordinate(text: string, axis: Axis): CoordinateParse {
  const decimal = parseNumber(text);
  if (decimal !== null) {
    const reason = rangeProblem(decimal, axis);
    return reason ? { ok: false, reason } : { ok: true, value: decimal, hemisphereGiven: false };
  }
  const tokens = tokenise(stripLabel(text));
  if (typeof tokens === 'string') return { ok: false, reason: tokens };
  if (tokens.length === 0) return { ok: false, reason: `${NOT_A_COORDINATE}, got nothing` };
  const written = readCoordinate(tokens, 0, tokens.length, 'either');
  if (typeof written === 'string') return { ok: false, reason: written };
  const value = evaluate(written, axis);
  if (typeof value === 'string') return { ok: false, reason: value };
  return { ok: true, value: value.value, hemisphereGiven: written.hemisphere !== null };
}

// ---------------------------------------------------------------------------------------------------------------
// A pair in one field

export function parseCoordinatePair(text: string): PairParse {
  const body = stripLabel(text);
  const slash = body.indexOf('/');
  if (slash < 0) return publicPair(readPair(body));
  if (body.indexOf('/', slash + 1) >= 0) return { ok: false, reason: `${NOT_A_PAIR}; got more than two renderings` };
  // "47°54′34″N 36°42′45″E / 47.90934°N 36.71259°E": one point written twice; the first is taken, and both must agree.
  // When the first side is no pair, the slash separates latitude from longitude ("48.2/30.1").
  const first = readPair(body.slice(0, slash));
  if (!first.ok) return publicPair(readPair(`${body.slice(0, slash)};${body.slice(slash + 1)}`));
  const second = readPair(stripLabel(body.slice(slash + 1)));
  if (second.ok && !renderingsAgree(first, second)) {
    return {
      ok: false,
      reason: `the two renderings disagree: ${formatDegrees(first.lat)}, ${formatDegrees(first.lon)} and ${formatDegrees(second.lat)}, ${formatDegrees(second.lon)}`,
    };
  }
  return publicPair(first);
}

type PairWithResolution =
  | { ok: true; lat: number; lon: number; latResolution: number; lonResolution: number }
  | { ok: false; reason: string };

function publicPair(pair: PairWithResolution): PairParse {
  return pair.ok ? { ok: true, lat: pair.lat, lon: pair.lon } : pair;
}

/** Agreement within what the coarser writing can say: half a unit of the last written part of each. */
function renderingsAgree(
  a: Extract<PairWithResolution, { ok: true }>,
  b: Extract<PairWithResolution, { ok: true }>,
): boolean {
  const slack = 1e-9;
  return (
    Math.abs(a.lat - b.lat) <= a.latResolution + b.latResolution + slack &&
    Math.abs(a.lon - b.lon) <= a.lonResolution + b.lonResolution + slack
  );
}

function readPair(text: string): PairWithResolution {
  const tokens = tokenise(text);
  if (typeof tokens === 'string') return { ok: false, reason: tokens };
  const split = splitPair(tokens);
  if (typeof split === 'string') return { ok: false, reason: split };
  const [first, second] = split;
  const firstAxis = axisOf(first.hemisphere);
  const secondAxis = axisOf(second.hemisphere);
  if (firstAxis !== null && firstAxis === secondAxis) {
    return { ok: false, reason: `both coordinates are ${firstAxis === 'lat' ? 'latitudes' : 'longitudes'}` };
  }
  // Without hemisphere words the order is latitude, longitude; the words may say otherwise ("36°42′45″E 47°54′34″N").
  const lonFirst = firstAxis === 'lon' || secondAxis === 'lat';
  const [latWritten, lonWritten] = lonFirst ? [second, first] : [first, second];
  const lat = evaluate(latWritten, 'lat');
  if (typeof lat === 'string') return { ok: false, reason: `latitude: ${lat}` };
  const lon = evaluate(lonWritten, 'lon');
  if (typeof lon === 'string') return { ok: false, reason: `longitude: ${lon}` };
  return { ok: true, lat: lat.value, lon: lon.value, latResolution: lat.resolution, lonResolution: lon.resolution };
}

/**
 * Splits the tokens into two coordinates. Every split point where both sides read as a coordinate is a candidate;
 * separators, degree marks, fractional parts and hemisphere words usually leave one. Among several (bare numbers,
 * "48 13 30 01"), the one with as many parts on each side wins; otherwise the text is ambiguous.
 */
function splitPair(tokens: readonly Token[]): [Written, Written] | string {
  // Hemisphere words all lead ("N 48.2 E 30.1") or all follow ("48.2 N 30.1 E"), as the first token shows.
  const wordAt = tokens[0]?.kind === 'word' ? 'head' : 'tail';
  const candidates: [Written, Written][] = [];
  for (let at = 1; at < tokens.length; at++) {
    const secondStart = tokens[at]?.kind === 'separator' ? at + 1 : at;
    const first = readCoordinate(tokens, 0, at, wordAt);
    if (typeof first === 'string') continue;
    const second = readCoordinate(tokens, secondStart, tokens.length, wordAt);
    if (typeof second !== 'string') candidates.push([first, second]);
  }
  if (candidates.length === 1) return candidates[0] as [Written, Written];
  const balanced = candidates.filter(([a, b]) => a.parts.length === b.parts.length);
  if (balanced.length === 1) return balanced[0] as [Written, Written];
  if (candidates.length > 1) return `${NOT_A_PAIR}; cannot tell where the latitude ends`;
  const unknown = tokens.find((t): t is WordToken => t.kind === 'word' && t.hemisphere === null);
  if (unknown) return `${NOT_A_PAIR}; '${unknown.raw}' is not a known hemisphere`;
  return NOT_A_PAIR;
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

interface NumberToken {
  kind: 'number';
  value: number;
  decimals: number;
  negative: boolean;
}
interface MarkToken {
  kind: 'mark';
  unit: 0 | 1 | 2;
}
interface WordToken {
  kind: 'word';
  raw: string;
  hemisphere: Hemisphere | null;
}
interface SeparatorToken {
  kind: 'separator';
}
type Token = NumberToken | MarkToken | WordToken | SeparatorToken;

const DOT = 0x2e;
const COMMA = 0x2c;
const PLUS = 0x2b;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x2009 || c === 0x202f ||
    c === 0x2007 || c === 0x200a;
}

/** Hyphen-minus, U+2212 minus, U+2010 hyphen and the en dash that word processors put in place of a minus. */
function isMinus(c: number): boolean {
  return c === 0x2d || c === 0x2212 || c === 0x2010 || c === 0x2013;
}

/** ° º ˚ */
function isDegreeMark(c: number): boolean {
  return c === 0xb0 || c === 0xba || c === 0x2da;
}

/** ′ ' ’ ‘ ´ ʹ ` */
function isMinuteMark(c: number): boolean {
  return c === 0x2032 || c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0xb4 || c === 0x2b9 || c === 0x60;
}

/** ″ " ” “ ʺ ˝ */
function isSecondMark(c: number): boolean {
  return c === 0x2033 || c === 0x22 || c === 0x201d || c === 0x201c || c === 0x2ba || c === 0x2dd;
}

function isLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x400 && c <= 0x52f)
  );
}

/** Drops a leading label such as "GPS координати:" or "Coordinates:" (text without digits, then a colon). */
function stripLabel(text: string): string {
  const colon = text.indexOf(':');
  if (colon < 0) return text;
  for (let i = 0; i < colon; i++) if (isDigit(text.charCodeAt(i))) return text;
  return text.slice(colon + 1);
}

/** The tokens of a coordinate text, or the reason it cannot be one. */
function tokenise(text: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
    } else if (isDigit(c) || (c === DOT && startsNumber(text, i)) || (isSign(c) && signs(text, i))) {
      i = readNumber(text, i, tokens);
    } else if (isDegreeMark(c)) {
      tokens.push({ kind: 'mark', unit: 0 });
      i++;
    } else if (isMinuteMark(c)) {
      const doubled = isMinuteMark(text.charCodeAt(i + 1));
      tokens.push({ kind: 'mark', unit: doubled ? 2 : 1 });
      i += doubled ? 2 : 1;
    } else if (isSecondMark(c)) {
      tokens.push({ kind: 'mark', unit: 2 });
      i++;
    } else if (isLetter(c)) {
      i = readWord(text, i, tokens);
    } else if (c === COMMA || c === 0x3b) {
      tokens.push({ kind: 'separator' });
      i++;
    } else {
      return `${NOT_A_COORDINATE}; unexpected '${text[i]}'`;
    }
  }
  return tokens;
}

/** A sign belongs to the number after it, unless it follows a digit ("48-30" is not two numbers). */
function signs(text: string, at: number): boolean {
  return startsNumber(text, at + 1) && (at === 0 || !isDigit(text.charCodeAt(at - 1)));
}

function isSign(c: number): boolean {
  return isMinus(c) || c === PLUS;
}

function startsNumber(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return isDigit(c) || (c === DOT && isDigit(text.charCodeAt(at + 1)));
}

function readNumber(text: string, at: number, tokens: Token[]): number {
  let i = at;
  const negative = isMinus(text.charCodeAt(i));
  if (negative || text.charCodeAt(i) === PLUS) i++;
  const integerStart = i;
  while (isDigit(text.charCodeAt(i))) i++;
  const integer = text.slice(integerStart, i);
  let fraction = '';
  const c = text.charCodeAt(i);
  if ((c === DOT || c === COMMA) && isDigit(text.charCodeAt(i + 1))) {
    const fractionStart = ++i;
    while (isDigit(text.charCodeAt(i))) i++;
    fraction = text.slice(fractionStart, i);
  }
  const value = Number(fraction ? `${integer || '0'}.${fraction}` : integer);
  tokens.push({ kind: 'number', value, decimals: fraction.length, negative });
  return i;
}

/** Reads a word and its abbreviation dot; consecutive words make one phrase ("пн. ш.", "Zoll. E."). */
function readWord(text: string, at: number, tokens: Token[]): number {
  let i = at;
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  const word = text.slice(at, i);
  while (text.charCodeAt(i) === DOT) i++;
  const previous = tokens[tokens.length - 1];
  const raw = previous?.kind === 'word' ? `${previous.raw} ${word}` : word;
  if (previous?.kind === 'word') tokens.pop();
  tokens.push({ kind: 'word', raw, hemisphere: HEMISPHERES.get(raw.replaceAll(' ', '').toLowerCase()) ?? null });
  return i;
}

// ---------------------------------------------------------------------------------------------------------------
// From tokens to a value

/** A coordinate as written: one to three numbers (degrees, minutes, seconds) and perhaps a hemisphere word. */
interface Written {
  parts: NumberToken[];
  hemisphere: Hemisphere | null;
  hemisphereRaw: string | null;
}

/** Reads tokens[from, to) as exactly one coordinate, with its hemisphere word where `wordAt` allows, or says why not. */
function readCoordinate(
  tokens: readonly Token[],
  from: number,
  to: number,
  wordAt: 'head' | 'tail' | 'either',
): Written | string {
  let start = from;
  let end = to;
  let word: WordToken | null = null;
  const head = tokens[start];
  if (head?.kind === 'word' && wordAt !== 'tail') {
    word = head;
    start++;
  }
  const tail = tokens[end - 1];
  if (end > start && tail?.kind === 'word' && wordAt !== 'head') {
    if (word) return `${NOT_A_COORDINATE}; two hemisphere words`;
    word = tail;
    end--;
  }
  if (word && word.hemisphere === null) return `'${word.raw}' is not a known hemisphere (N, S, E, W, пн. ш., сх. д., …)`;

  const parts: NumberToken[] = [];
  for (let i = start; i < end; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'number') return NOT_A_COORDINATE;
    let unit = parts.length;
    const next = tokens[i + 1];
    if (i + 1 < end && next?.kind === 'mark') {
      unit = next.unit;
      i++;
    }
    if (parts.length === 3) return `${NOT_A_COORDINATE}; more than three numbers`;
    if (unit !== parts.length) return `${NOT_A_COORDINATE}; degrees, minutes and seconds must come in that order`;
    const previous = parts[parts.length - 1];
    if (previous && previous.decimals > 0) {
      return `${NOT_A_COORDINATE}; only the last of degrees, minutes and seconds may have decimals`;
    }
    parts.push(token);
  }
  if (parts.length === 0) return NOT_A_COORDINATE;
  return { parts, hemisphere: word?.hemisphere ?? null, hemisphereRaw: word?.raw ?? null };
}

function axisOf(hemisphere: Hemisphere | null): Axis | null {
  if (hemisphere === null) return null;
  return hemisphere === 'N' || hemisphere === 'S' ? 'lat' : 'lon';
}

/** The signed value in degrees and half the size of the last written unit, or why the coordinate is invalid. */
function evaluate(written: Written, axis: Axis): { value: number; resolution: number } | string {
  const { parts, hemisphere, hemisphereRaw } = written;
  const hemisphereAxis = axisOf(hemisphere);
  if (hemisphereAxis !== null && hemisphereAxis !== axis) {
    return `expected a ${axis === 'lat' ? 'latitude' : 'longitude'}, got '${hemisphereRaw}', which marks a ${hemisphereAxis === 'lat' ? 'latitude' : 'longitude'}`;
  }
  const negative = parts[0]?.negative ?? false;
  if (negative && hemisphere !== null) return `a minus sign and a hemisphere ('${hemisphereRaw}') together are ambiguous`;
  let degrees = 0;
  for (let unit = 0; unit < parts.length; unit++) {
    const part = parts[unit] as NumberToken;
    if (unit > 0) {
      const name = UNIT_NAMES[unit as 1 | 2];
      if (part.negative) return `${name} must not be negative, got -${part.value}`;
      if (part.value >= 60) return `${name} must be below 60, got ${part.value}`;
    }
    degrees += part.value / UNIT_SIZE[unit as 0 | 1 | 2];
  }
  const southOrWest = negative || hemisphere === 'S' || hemisphere === 'W';
  const value = southOrWest && degrees !== 0 ? -degrees : degrees;
  const problem = rangeProblem(value, axis);
  if (problem) return problem;
  const last = parts.length - 1;
  const lastPart = parts[last] as NumberToken;
  return { value, resolution: 10 ** -lastPart.decimals / UNIT_SIZE[last as 0 | 1 | 2] / 2 };
}

function rangeProblem(value: number, axis: Axis): string | null {
  const limit = axis === 'lat' ? 90 : 180;
  if (Math.abs(value) <= limit) return null;
  return `${axis === 'lat' ? 'latitude' : 'longitude'} must be between -${limit} and ${limit}, got ${formatDegrees(value)}`;
}

function formatDegrees(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
