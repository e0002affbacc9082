// Matching column names as people write them: 'DEP ID', 'dep_id' and '"Dep-Id"' are one column, and so are
// 'Пн. широта' and 'пн широта'.

// Whitespace (which includes a BOM), underscores, dots, hyphens and dashes only space words apart.
const SEPARATORS = /[\s_.\-\u2010-\u2015]+/g;
// Ukrainian apostrophes come in several characters (Кам'янський, Кам’янський, Камʼянський).
const APOSTROPHES = /[\u2019\u02bc\u2018`]/g;
const SURROUNDING_QUOTES = /^(["'«])(.*)(["'»])$/s;

export function normaliseColumnName(name: string): string {
  let text = name.toLowerCase().normalize('NFC').replace(APOSTROPHES, "'").replace(SEPARATORS, '');
  for (let quoted = SURROUNDING_QUOTES.exec(text); quoted; quoted = SURROUNDING_QUOTES.exec(text)) {
    if (!isQuotePair(quoted[1]!, quoted[3]!)) break;
    text = quoted[2]!;
  }
  return text;
}

function isQuotePair(open: string, close: string): boolean {
  return open === '«' ? close === '»' : open === close;
}

export function indexColumns(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normaliseColumnName(name);
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

export function findColumn(index: Map<string, number>, aliases: readonly string[]): number | undefined {
  for (const alias of aliases) {
    const at = index.get(normaliseColumnName(alias));
    if (at !== undefined) return at;
  }
  return undefined;
}
