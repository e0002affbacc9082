// Text folding for mineral names: one comparable key per phrase, whatever the case, accents, apostrophes, hyphens,
// spacing or mix of Latin and Cyrillic letters the source used.

const LATIN_ACCENTED = /[\u00c0-\u024f]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’ʼ‘`′]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const CYRILLIC = /[а-яёіїєґ]/;
const LATIN = /[a-z]/;

// Latin letters that look like Cyrillic ones, as they slip into Ukrainian text typed on a Latin layout ("лiтiй").
const LOOKALIKE_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};

function stripAccent(letter: string): string {
  return letter.normalize('NFD').replace(COMBINING_MARKS, '');
}

function toCyrillic(word: string): string {
  if (!CYRILLIC.test(word) || !LATIN.test(word)) return word;
  let out = '';
  for (const ch of word) out += LOOKALIKE_TO_CYRILLIC[ch] ?? ch;
  return out;
}

/**
 * The comparable form of a phrase: lower case, Latin accents removed (bastnäsite = bastnasite), apostrophes dropped
 * (Fuller's = Fullers, миш'як = мишяк), "&" read as "and", every other run of non-letters (hyphens, commas, brackets,
 * slashes) one space, Latin lookalikes inside Cyrillic words made Cyrillic.
 */
export function phraseKey(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(LATIN_ACCENTED, stripAccent)
    .replace(/ё/g, 'е')
    .replace(APOSTROPHES, '')
    .replace(/&/g, ' and ')
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
  if (!CYRILLIC.test(folded) || !LATIN.test(folded)) return folded;
  return folded.split(' ').map(toCyrillic).join(' ');
}

export function isCyrillicWord(word: string): boolean {
  return CYRILLIC.test(word);
}

// Inflection endings of Ukrainian and Russian nouns and adjectives that the table's stems take: case endings,
// adjective endings (-ові, -евих, -ієвий, -иевые), "-оносні" (-bearing), "-вмісні" (-containing) and "-яні" after a
// dropped apostrophe (олов'яні). Longest first, so the shortest stem is not tried before the intended one.
const ENDINGS = [
  '', 'а', 'я', 'у', 'ю', 'і', 'ї', 'и', 'е', 'є', 'о', 'ь', 'й', 'ы',
  'ом', 'ем', 'єм', 'ям', 'ою', 'ею', 'ів', 'ей', 'ах', 'ях', 'ам', 'ами', 'ями', 'ов', 'ев',
  'ий', 'ій', 'ія', 'ію', 'ії', 'ия', 'ию', 'ии', 'ием', 'ієм', 'ого', 'ому', 'им', 'ими', 'их', 'ої', 'ая', 'ое',
  'ой', 'ые', 'ых', 'ый', 'ую', 'ым', 'ыми',
  'ові', 'ова', 'ове', 'овий', 'ових', 'ової', 'овою', 'овим', 'овими', 'овій', 'ово', 'ового', 'овому',
  'овый', 'овые', 'овых', 'овая', 'овое', 'овой',
  'еві', 'ева', 'еве', 'евий', 'евих', 'евої', 'евою', 'евим', 'евими', 'евій', 'ево', 'евого',
  'евый', 'евые', 'евых', 'евая', 'евое', 'евой',
  'єві', 'єва', 'єве', 'євий', 'євих', 'євої', 'євою', 'євим', 'євими', 'євій', 'єво', 'євого',
  'ієві', 'ієва', 'ієве', 'ієвий', 'ієвих', 'ієвої', 'ієвою', 'ієвим', 'ієвими', 'ієвій', 'ієво', 'ієвого',
  'иевый', 'иевые', 'иевых', 'иевая', 'иевое', 'иевой', 'иевого', 'иево',
  'яні', 'яна', 'яне', 'яний', 'яних', 'яної',
  'оносні', 'оносна', 'оносне', 'оносний', 'оносних', 'оносної', 'оносный', 'оносные', 'оносных', 'оносная',
  'вмісні', 'вмісна', 'вмісне', 'вмісний', 'вмісних', 'овмісні', 'овмісна', 'овмісний', 'овмісних',
].sort((a, b) => b.length - a.length);

const MIN_STEM_LENGTH = 3;

/** Every way of reading a Cyrillic word as stem + known ending, longest ending first. */
export function* stemsOf(word: string): Generator<string> {
  for (const ending of ENDINGS) {
    if (word.length - ending.length < MIN_STEM_LENGTH) continue;
    if (word.endsWith(ending)) yield word.slice(0, word.length - ending.length);
  }
}
