// Turns the bytes of an input file into text: UTF-8 (with or without BOM) or Windows-1251, the two encodings in which
// Ukrainian registers are actually saved; anything else is refused with a reason the user can act on.

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1251';
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const WINDOWS_1251 = new TextDecoder('windows-1251');

const UTF16_REASON = 'UTF-16 text: save the file as UTF-8 or Windows-1251';

// Magic numbers of the files people export instead of CSV, and what to tell them.
const SIGNATURES: readonly { bytes: readonly number[]; reason: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], reason: 'binary file (looks like a ZIP/XLSX): export it as CSV' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], reason: 'binary file (looks like an empty ZIP): export it as CSV' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    reason: 'binary file (looks like an Excel 97-2003 XLS): export it as CSV',
  },
  { bytes: [0x1f, 0x8b], reason: 'binary file (looks like gzip-compressed data): decompress it first' },
];

export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeUtf8(bytes.subarray(3));
    if (text !== null) return { ok: true, text, encoding: 'utf-8-bom' };
    return { ok: false, reason: `${invalidUtf8(bytes, 3)} after a UTF-8 BOM: save the file as UTF-8 again` };
  }
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) return { ok: false, reason: signature.reason };
  }
  // The UTF-16 byte-order marks are also 'яю' and 'юя' in Windows-1251; a table in UTF-16 always has NULs (in its
  // line breaks at least), Cyrillic text in Windows-1251 never has.
  const utf16Bom = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    if (utf16Bom || looksLikeUtf16(bytes)) return { ok: false, reason: UTF16_REASON };
    return { ok: false, reason: `binary file (NUL byte at offset ${nul}): export it as CSV` };
  }
  const text = decodeUtf8(bytes);
  if (text !== null) return { ok: true, text, encoding: 'utf-8' };
  if (looksLikeWindows1251Cyrillic(bytes)) {
    return { ok: true, text: WINDOWS_1251.decode(bytes), encoding: 'windows-1251' };
  }
  if (utf16Bom) return { ok: false, reason: UTF16_REASON };
  return {
    ok: false,
    reason: `${invalidUtf8(bytes, 0)}, and the text does not look like Windows-1251 Cyrillic: save the file as UTF-8`,
  };
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

// The decoder does not say where it failed; finding the place costs a scan, paid only by files that fail.
function invalidUtf8(bytes: Uint8Array, start: number): string {
  const offset = firstInvalidUtf8Offset(bytes, start);
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return `invalid UTF-8 at byte offset ${offset} (line ${lineAt(bytes, offset)}, byte 0x${byte})`;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

// UTF-16 without a BOM: in text of Latin and Cyrillic letters one byte of every pair is 0x00 or 0x04 (U+00xx,
// U+04xx), and the other byte is almost never 0x00.
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 4096) & ~1;
  return length > 0 && (isUtf16HighByteSide(bytes, length, 0) || isUtf16HighByteSide(bytes, length, 1));
}

function isUtf16HighByteSide(bytes: Uint8Array, length: number, side: 0 | 1): boolean {
  let latinOrCyrillic = 0;
  let lowNuls = 0;
  for (let i = 0; i < length; i += 2) {
    const high = bytes[i + side];
    if (high === 0 || high === 4) latinOrCyrillic++;
    if (bytes[i + 1 - side] === 0) lowNuls++;
  }
  const pairs = length / 2;
  return latinOrCyrillic >= pairs * 0.9 && lowNuls <= pairs * 0.01;
}

// Bytes that are letters in Windows-1251: А–я (0xC0–0xFF) and Ё ё Є є І і Ї ї Ґ ґ Ў ў.
const CP1251_LETTER = (() => {
  const table = new Uint8Array(256);
  table.fill(1, 0xc0);
  for (const byte of [0xa8, 0xb8, 0xaa, 0xba, 0xb2, 0xb3, 0xaf, 0xbf, 0xa5, 0xb4, 0xa1, 0xa2]) table[byte] = 1;
  return table;
})();

// Latin-1 accented letters also sit in 0xC0–0xFF, but one at a time inside ASCII words ("café"); Cyrillic words are
// made of high bytes only, so most Cyrillic letters have a Cyrillic letter next to them.
function looksLikeWindows1251Cyrillic(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  let adjacentPairs = 0;
  let previousIsLetter = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      previousIsLetter = false;
      continue;
    }
    high++;
    const isLetter = CP1251_LETTER[byte] === 1;
    if (isLetter) {
      letters++;
      if (previousIsLetter) adjacentPairs++;
    }
    previousIsLetter = isLetter;
  }
  return letters > 0 && letters >= high * 0.8 && adjacentPairs >= letters * 0.5;
}

// Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no overlongs, no surrogates).
function firstInvalidUtf8Offset(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let continuation: number;
    if (lead >= 0xc2 && lead <= 0xdf) continuation = 1;
    else if (lead >= 0xe0 && lead <= 0xef) continuation = 2;
    else if (lead >= 0xf0 && lead <= 0xf4) continuation = 3;
    else return i;
    let low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    let high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= continuation; k++) {
      const byte = bytes[i + k];
      if (byte === undefined || byte < low || byte > high) return i;
      low = 0x80;
      high = 0xbf;
    }
    i += continuation + 1;
  }
  return bytes.length;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
}
