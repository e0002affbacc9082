// Reading one source cell of minerals ("Lead, Zinc, Silver", "Niobium and Tantalum; Tin",
// "Титан (ільменіт, рутил), цирконій (циркон)") into canonical ids with the source's own wording.

import { isFiller, isQualifier, nameIds, phraseIds, scanIds, symbolIds } from './lexicon.ts';
import type { MineralId } from './table.ts';
import { phraseKey } from './text.ts';

export interface RecognisedMinerals {
  minerals: { id: MineralId; asWritten: string }[];
  unknown: string[];
}

/** A top-level list item of a cell: its span, and whether a comma (not a semicolon) separates it from the last. */
interface Item {
  start: number;
  end: number;
  afterComma: boolean;
}

/** One mention: the span of the cell it covers, what it names, and the parts of it that named nothing. */
interface Mention {
  start: number;
  end: number;
  ids: readonly MineralId[];
  unknownParts: readonly string[];
}

type Reading = { ids: readonly MineralId[]; unknownParts: readonly string[] } | 'filler';

const OPENING = '([{';
const CLOSING = ')]}';
// Words and signs that join two names inside one item: "Niobium and Tantalum", "апатит та ільменіт", "Pb + Zn",
// "titanium-containing raw materials / titanium ores". Tried only after the whole item failed as one name, so
// "Sand and Gravel" stays one commodity.
const CONNECTORS = /\s+(?:and|or|&|та|і|й|и|або|или)\s+|\s*[+/]\s*/iu;
const NOTE_SEPARATORS = /[,;]|\s+(?:and|or|&|та|і|й|и|або|или)\s+|\s*[+/]\s*/iu;

function trimmedSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Items separated by ',' or ';' outside brackets. */
function splitItems(cell: string): Item[] {
  const items: Item[] = [];
  let depth = 0;
  let start = 0;
  let afterComma = false;
  const close = (end: number, separator: string) => {
    const [s, e] = trimmedSpan(cell, start, end);
    if (s < e) items.push({ start: s, end: e, afterComma });
    afterComma = separator === ',';
    start = end + 1;
  };
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';')) close(i, ch);
  }
  close(cell.length, '');
  return items;
}

/** The text outside brackets (brackets replaced by a space) and the text of each top-level bracket. */
function splitBrackets(text: string): { head: string; notes: string[] } {
  let head = '';
  const notes: string[] = [];
  let depth = 0;
  let note = '';
  for (const ch of text) {
    if (OPENING.includes(ch)) {
      if (depth > 0) note += ch;
      depth++;
    } else if (CLOSING.includes(ch) && depth > 0) {
      depth--;
      if (depth > 0) note += ch;
      else {
        notes.push(note);
        note = '';
        head += ' ';
      }
    } else if (depth > 0) note += ch;
    else head += ch;
  }
  if (depth > 0) notes.push(note);
  return { head, notes };
}

function union(into: MineralId[], ids: readonly MineralId[]): void {
  for (const id of ids) if (!into.includes(id)) into.push(id);
}

/** One name, symbol or formula, or a phrase naming minerals among other words. */
function readPart(part: string): Reading {
  const key = phraseKey(part);
  const named = symbolIds(part) ?? phraseIds(key);
  if (named) return { ids: named, unknownParts: [] };
  if (isFiller(key)) return 'filler';
  const scanned = scanIds(key);
  return scanned.length > 0 ? { ids: scanned, unknownParts: [] } : { ids: [], unknownParts: [part] };
}

/** The item outside brackets: whole first, then split at connectors only if the whole is no name. */
function readHead(head: string): Reading {
  const text = head.trim();
  const named = symbolIds(text) ?? phraseIds(phraseKey(text));
  if (named) return { ids: named, unknownParts: [] };
  const parts = text.split(CONNECTORS).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length <= 1) return text === '' ? 'filler' : readPart(text);
  const ids: MineralId[] = [];
  const unknownParts: string[] = [];
  for (const part of parts) {
    const reading = readPart(part);
    if (reading === 'filler') continue;
    union(ids, reading.ids);
    unknownParts.push(...reading.unknownParts);
  }
  return ids.length === 0 && unknownParts.length === 0 ? 'filler' : { ids, unknownParts };
}

/** Ore minerals in brackets ("Титан (ільменіт)") add their ids; anything else in brackets is a note. */
function noteIds(note: string): MineralId[] {
  const ids: MineralId[] = [];
  for (const part of note.split(NOTE_SEPARATORS)) {
    const text = part.trim();
    const named = symbolIds(text) ?? phraseIds(phraseKey(text));
    if (named) union(ids, named);
  }
  return ids;
}

function readItem(text: string): Reading {
  const { head, notes } = splitBrackets(text);
  const reading = readHead(head);
  const ids: MineralId[] = [];
  if (reading !== 'filler') union(ids, reading.ids);
  for (const note of notes) union(ids, noteIds(note));
  if (ids.length > 0) return { ids, unknownParts: reading === 'filler' ? [] : reading.unknownParts };
  return reading === 'filler' ? 'filler' : { ids: [], unknownParts: [text] };
}

function readMentions(cell: string): Mention[] {
  const mentions: Mention[] = [];
  // The mention a following comma item may extend (MRDS qualifier, compound name, trailing note); none after ';'.
  let open: Mention | undefined;
  for (const item of splitItems(cell)) {
    const extendable = item.afterComma ? open : undefined;
    const text = cell.slice(item.start, item.end);
    if (extendable) {
      const compound = nameIds(phraseKey(cell.slice(extendable.start, item.end)));
      if (compound) {
        extendable.end = item.end;
        extendable.ids = compound;
        extendable.unknownParts = [];
        continue;
      }
      if (isQualifier(phraseKey(text))) {
        extendable.end = item.end;
        continue;
      }
    }
    const reading = readItem(text);
    if (reading === 'filler') {
      if (extendable) extendable.end = item.end;
      else open = undefined;
      continue;
    }
    open = { start: item.start, end: item.end, ids: reading.ids, unknownParts: reading.unknownParts };
    mentions.push(open);
  }
  return mentions;
}

function recogniseCell(cell: string): RecognisedMinerals {
  const wordings = new Map<MineralId, string[]>();
  const unknown: string[] = [];
  for (const mention of readMentions(cell)) {
    const text = cell.slice(mention.start, mention.end);
    for (const id of mention.ids) {
      const seen = wordings.get(id);
      if (!seen) wordings.set(id, [text]);
      else if (!seen.includes(text)) seen.push(text);
    }
    const missed = mention.ids.length === 0 ? [text] : mention.unknownParts;
    for (const phrase of missed) if (!unknown.includes(phrase)) unknown.push(phrase);
  }
  const minerals = [...wordings.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, texts]) => Object.freeze({ id, asWritten: texts.join('; ') }));
  return Object.freeze({ minerals: Object.freeze(minerals), unknown: Object.freeze(unknown) }) as RecognisedMinerals;
}

// MRDS repeats the same few thousand commodity cells across 300,000 rows; the bound keeps a stream of distinct free
// text from growing the cache without limit.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, RecognisedMinerals>();

/**
 * The minerals one source cell names, as canonical ids sorted by id (one entry per id, the wordings of several
 * mentions of it joined with '; '), and the phrases that name nothing the taxonomy knows (`unknown`, in order).
 *
 * Memoised by cell: the same cell returns the same object, deeply frozen and shared between callers. Never mutate
 * it; copy (`[...r.minerals]`, `{ ...mention }`) before changing anything.
 */
export function recogniseMinerals(cell: string): RecognisedMinerals {
  const cached = cache.get(cell);
  if (cached) return cached;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const result = recogniseCell(cell);
  cache.set(cell, result);
  return result;
}
