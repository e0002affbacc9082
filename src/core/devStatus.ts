// Development status from what sources write: MRDS's `dev_stat` vocabulary, the wording of Ukrainian and Russian
// registers, and the free text of other sources. The source's words are always kept in `asWritten`.

import type { DevStatusId } from './deposit.ts';

export interface DevStatus {
  id: DevStatusId;
  asWritten: string | null;
}

/** Whole values: MRDS `dev_stat` (lower case) and the record's own ids. */
const VOCABULARY: ReadonlyMap<string, DevStatusId> = new Map([
  ['producer', 'producer'],
  ['past producer', 'past-producer'],
  ['past-producer', 'past-producer'],
  ['plant', 'producer'],
  ['developed deposit', 'developed'],
  ['developed', 'developed'],
  ['explored', 'explored'],
  ['prospect', 'prospect'],
  ['raw prospect', 'prospect'],
  ['raw prospect?', 'prospect'],
  ['occurrence', 'occurrence'],
  ['unknown', 'unknown'],
]);

const LETTER = String.raw`\p{L}`;
const word = (stems: readonly string[]) => new RegExp(`(?<!${LETTER})(?:${stems.join('|')})(?!${LETTER})`, 'giu');

/**
 * Words that mark each stage, in precedence order. A text often tells a history ("exploited since 1973; …; mine
 * mothballed", "explored and prepared for exploitation"), and the status is the latest stage it names: stopped
 * production over production, preparation for mining over exploration, and so on down to a bare occurrence.
 */
const MARKERS: readonly (readonly [DevStatusId, RegExp])[] = [
  ['past-producer', word([
    'past producer', 'mothballed', 'worked out', 'depleted', 'closed', 'abandoned', 'exhausted', 'historic',
    '(?:was|were|formerly) mined',
    `законсерв${LETTER}*`, `відпрацьован${LETTER}*`, `розроблял${LETTER}*`, `видобувал${LETTER}*`,
    `отработан${LETTER}*`, `выработан${LETTER}*`, `разрабатывал${LETTER}*`, `добывал${LETTER}*`,
  ])],
  ['producer', word([
    'producer', 'producing', 'in production', 'in operation', 'mined', 'exploited',
    `розробляє${LETTER}*`, `розробляю${LETTER}*`, `експлуатує${LETTER}*`, 'видобуток', `видобува${LETTER}*`,
    `разрабатывае${LETTER}*`, `эксплуатируе${LETTER}*`, 'добыча', `добывае${LETTER}*`,
  ])],
  ['developed', word([
    'developed deposit', 'being developed', 'under development', 'under construction', 'in preparation',
    'prepared for', `підготовлен${LETTER}* до`, `подготовлен${LETTER}* к`, `будує${LETTER}*`, 'строится',
  ])],
  ['explored', word(['explored', `розвідан${LETTER}*`, `разведан${LETTER}*`])],
  ['prospect', word([
    'prospect', 'raw prospect', 'prospecting', 'exploration', `оцінен${LETTER}*`, `оценен${LETTER}*`,
    `перспективн${LETTER}* ділянк${LETTER}*`, `перспективн${LETTER}* участ${LETTER}*`, `пошук${LETTER}*`,
    `поиск${LETTER}*`, `розвідк${LETTER}*`, `розвідує${LETTER}*`, `разведывае${LETTER}*`, `розвідувальн${LETTER}*`, `разведк${LETTER}*`, `разведочн${LETTER}*`,
  ])],
  ['occurrence', word(['occurrence', 'showing', `рудопрояв${LETTER}*`, `прояв${LETTER}*`, `проявлени${LETTER}*`])],
];

/**
 * A marker within two words after one of these says the opposite ("not exploited", "не розробляється") or only an
 * intention ("спеціальний дозвіл на видобуток", "to be mined").
 */
const NEGATIONS = new Set(['not', 'never', 'no', 'to', 'не', 'ні', 'ни', 'нет', 'на']);
const LAST_TWO_WORDS = /(\p{L}+)[^\p{L}]*(\p{L}+)?[^\p{L}]*$/u;

const CACHE_LIMIT = 10_000;
const cache = new Map<string, DevStatus>();
const NONE: DevStatus = Object.freeze({ id: 'unknown', asWritten: null });

export function recogniseDevStatus(text: string): DevStatus {
  const cached = cache.get(text);
  if (cached) return cached;
  const asWritten = text.trim();
  const status: DevStatus = asWritten === '' ? NONE : Object.freeze({ id: statusOf(asWritten), asWritten });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, status);
  return status;
}

function statusOf(text: string): DevStatusId {
  const known = VOCABULARY.get(text.toLowerCase());
  if (known) return known;
  for (const [id, marker] of MARKERS) {
    for (const match of text.matchAll(marker)) {
      if (!negated(text.slice(Math.max(0, match.index - 24), match.index))) return id;
    }
  }
  return 'unknown';
}

function negated(before: string): boolean {
  const words = LAST_TWO_WORDS.exec(before);
  if (!words) return false;
  return words.slice(1).some((w) => w !== undefined && NEGATIONS.has(w.toLowerCase()));
}
