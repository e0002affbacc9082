// Classification of DeepStateMap polygon names. The wording changed three times (Ukrainian only, "UA /// EN",
// "UA /// EN /// i18n key"); the table of every name seen in the archive (data/occupation/deepstate-polygon-names.tsv)
// says what each means. Precedence: the i18n key when present, then the table, then the fill for unnamed polygons
// and for names the table gives several classes. A name the table does not know is an issue, never a guess.

export type DeepStateClass = 'occupied' | 'pre2022' | 'unknown' | 'liberated' | 'foreign';

const CLASSES: ReadonlySet<string> = new Set<DeepStateClass>([
  'occupied',
  'pre2022',
  'unknown',
  'liberated',
  'foreign',
]);

/** 'fill': the name alone does not decide (unnamed polygon, or a name used for several classes). */
export type NameTable = ReadonlyMap<string, DeepStateClass | 'fill'>;

const KEY_CLASSES: ReadonlyMap<string, DeepStateClass> = new Map<string, DeepStateClass>([
  ['geoJSON.status.occupied', 'occupied'],
  ['geoJSON.status.unknown', 'unknown'],
  ['geoJSON.status.dismissed', 'liberated'],
  ['geoJSON.status.dismissed_at', 'liberated'],
  ['geoJSON.zmiinyi_island', 'liberated'],
  ['geoJSON.territories.ordlo', 'pre2022'],
  ['geoJSON.territories.crimea', 'pre2022'],
  ['geoJSON.territories.tuzla', 'pre2022'],
  ...[
    'transnistria', 'prussia', 'karelia', 'tskhinvali-district', 'abkhazia', 'ichkeria', 'petsamo', 'salla',
    'estonia', 'pechorsky-district', 'latvia', 'kuril',
  ].map((place): [string, DeepStateClass] => [`geoJSON.territories.${place}`, 'foreign']),
]);

const FILL_CLASSES: ReadonlyMap<string, DeepStateClass> = new Map<string, DeepStateClass>([
  ['#a52714', 'occupied'],
  ['#bcaaa4', 'unknown'],
  ['#bdbdbd', 'unknown'],
  ['#757575', 'unknown'],
  ['#0f9d58', 'liberated'],
  ['#0288d1', 'liberated'],
  ['#01579b', 'liberated'],
  ['#ff5252', 'foreign'],
]);

const WHITESPACE = /[\s\u00a0]+/g;
const SEPARATOR = / ?\/\/\/ ?/g;
const DATE = /\d{1,2}\.\d{1,2}(?:\.\d{2,4})?/g;
const DATE_RANGE = /DD\.MM ?- ?DD\.MM/g;
const KEY = /geoJSON\.[A-Za-z0-9_.-]+/;
const UNNAMED = /^(?:багатокутник \d+|DD\.MM)$/;

/** Whitespace collapsed, separators as " /// ", dates and date ranges as "DD.MM" (the table's normal form). */
export function normaliseDeepStateName(name: string): string {
  return name
    .replace(WHITESPACE, ' ')
    .replace(SEPARATOR, ' /// ')
    .replace(DATE, 'DD.MM')
    .replace(DATE_RANGE, 'DD.MM')
    .trim();
}

/** Reads polygon-names.tsv (columns suggested_class … name_normalised note); rows whose note says so use the fill. */
export function parseNameTable(tsv: string): NameTable {
  const lines = tsv.split('\n').filter((line) => line.trim() !== '');
  const header = (lines.shift() ?? '').split('\t');
  const classAt = header.indexOf('suggested_class');
  const nameAt = header.indexOf('name_normalised');
  const noteAt = header.indexOf('note');
  if (classAt < 0 || nameAt < 0) throw new Error('name table needs the columns suggested_class and name_normalised');
  const table = new Map<string, DeepStateClass | 'fill'>();
  for (const line of lines) {
    const cells = line.split('\t');
    const cls = cells[classAt] ?? '';
    if (!CLASSES.has(cls)) throw new Error(`name table: unknown class "${cls}"`);
    const key = tableKey(cells[nameAt] ?? '');
    const byFill = (cells[noteAt] ?? '').includes('class taken from fill') || UNNAMED.test(key);
    const known = table.get(key);
    table.set(key, byFill || (known !== undefined && known !== cls) ? 'fill' : (cls as DeepStateClass));
  }
  return table;
}

function tableKey(normalised: string): string {
  return normaliseDeepStateName(normalised).toLowerCase();
}

export type NameVerdict = { class: DeepStateClass } | { issue: 'unknown-name' | 'unknown-fill'; message: string };

export type DeepStateClassifier = (name: string, fill: string) => NameVerdict;

/** Memoised per (name, fill): the archive repeats a few hundred names 26,000 times. */
export function createDeepStateClassifier(table: NameTable): DeepStateClassifier {
  const verdicts = new Map<string, NameVerdict>();
  return (name, fill) => {
    const memoKey = `${name}\u0000${fill}`;
    let verdict = verdicts.get(memoKey);
    if (!verdict) {
      verdict = decide(name, fill.toLowerCase(), table);
      verdicts.set(memoKey, verdict);
    }
    return verdict;
  };
}

function decide(name: string, fill: string, table: NameTable): NameVerdict {
  const key = KEY.exec(name)?.[0];
  if (key !== undefined) {
    const cls = KEY_CLASSES.get(key);
    if (cls) return { class: cls };
    return { issue: 'unknown-name', message: `unknown i18n key ${key} in "${name}"` };
  }
  const normalised = tableKey(name);
  const entry = table.get(normalised) ?? (UNNAMED.test(normalised) ? 'fill' : undefined);
  if (entry === undefined) return { issue: 'unknown-name', message: `name "${name}" is not in the table` };
  if (entry !== 'fill') return { class: entry };
  const byFill = FILL_CLASSES.get(fill);
  if (byFill) return { class: byFill };
  return { issue: 'unknown-fill', message: `"${name}" has fill ${fill || '(none)'}, which decides no class` };
}
