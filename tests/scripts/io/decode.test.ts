// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../scripts/io/decode.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/io/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

// Windows-1251 for the letters Ukrainian text uses, written out so the test does not trust the decoder under test.
function encodeWindows1251(text: string): Uint8Array {
  const special: Record<string, number> = { Ґ: 0xa5, ґ: 0xb4, Є: 0xaa, є: 0xba, І: 0xb2, і: 0xb3, Ї: 0xaf, ї: 0xbf };
  return Uint8Array.from(text, (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return 0xc0 + code - 0x410;
    const byte = special[char];
    if (byte === undefined) throw new Error(`no Windows-1251 byte for ${char}`);
    return byte;
  });
}

describe('decodeText', () => {
  it('reads plain UTF-8, keeping Cyrillic and punctuation', () => {
    const text = 'name,country\nZaval\u2019E,Україна\n';
    expect(decodeText(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM and says it was there', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Назва;Область\n')]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Назва;Область\n', encoding: 'utf-8-bom' });
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });

  it('reads Windows-1251 Ukrainian text', () => {
    const text = "Назва родовища;Область\nЗаваллівське;Кіровоградська\nҐалаґанне Єрків'є;Їжакова\n";
    expect(decodeText(encodeWindows1251(text))).toEqual({ ok: true, text, encoding: 'windows-1251' });
  });

  it('reads the Windows-1251 register fixture as the same text as its UTF-8 twin', () => {
    const expected = new TextDecoder().decode(fixture('ua-register-utf8.csv'));
    const decoded = decodeText(fixture('ua-register-cp1251.csv'));
    expect(decoded).toEqual({ ok: true, text: expected, encoding: 'windows-1251' });
    expect(expected).toContain('Заваллівське родовище графіту;Кіровоградська;;48,211456;30,019266');
  });

  it('gives back any UTF-8 text without NULs or a BOM exactly', () => {
    const text = fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\0') && !s.startsWith('\uFEFF'));
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeText(utf8(s))).toEqual({ ok: true, text: s, encoding: 'utf-8' });
      }),
    );
  });

  it('gives back Ukrainian text saved as Windows-1251 exactly', () => {
    const letters = 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ';
    const word = fc.string({ unit: fc.constantFrom(...letters), minLength: 3, maxLength: 9 });
    const separator = fc.constantFrom(' ', ';', ',', '\r\n', '\n', ' 48,2;', "'", '"');
    const text = fc
      .array(fc.tuple(word, separator), { minLength: 3, maxLength: 20 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeText(encodeWindows1251(s))).toEqual({ ok: true, text: s, encoding: 'windows-1251' });
      }),
    );
  });

  it('refuses UTF-16 with a byte-order mark, little- and big-endian', () => {
    const reason = 'UTF-16 text: save the file as UTF-8 or Windows-1251';
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00]))).toEqual({ ok: false, reason });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0x2c]))).toEqual({ ok: false, reason });
  });

  it('does not take Windows-1251 text starting with "яю" or "юя" for a UTF-16 byte-order mark', () => {
    for (const text of ['яюа ааа;ббб\n', 'юяа ааа;ббб\n']) {
      expect(decodeText(encodeWindows1251(text))).toEqual({ ok: true, text, encoding: 'windows-1251' });
    }
  });

  it('refuses UTF-16 without a byte-order mark from its NUL-interleaved bytes', () => {
    const le = Uint8Array.from([...'name,lat\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    const be = Uint8Array.from([...'name,lat\n'].flatMap((c) => [0, c.charCodeAt(0)]));
    expect(decodeText(le)).toEqual({ ok: false, reason: 'UTF-16 text: save the file as UTF-8 or Windows-1251' });
    expect(decodeText(be)).toEqual({ ok: false, reason: 'UTF-16 text: save the file as UTF-8 or Windows-1251' });
    const cyrillic = new Uint8Array(Buffer.from('Назва родовища;Область\nЗаваллівське;Кіровоградська\n', 'utf16le'));
    expect(decodeText(cyrillic)).toEqual({ ok: false, reason: 'UTF-16 text: save the file as UTF-8 or Windows-1251' });
  });

  it('refuses a ZIP (an .xlsx workbook given by mistake)', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]);
    expect(decodeText(xlsx)).toEqual({ ok: false, reason: 'binary file (looks like a ZIP/XLSX): export it as CSV' });
  });

  it('refuses an old Excel workbook', () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]);
    expect(decodeText(xls)).toEqual({
      ok: false,
      reason: 'binary file (looks like an Excel 97-2003 XLS): export it as CSV',
    });
  });

  it('refuses other binary data, naming the first NUL byte', () => {
    const bytes = new Uint8Array([...utf8('name,lat\nabc'), 0, 0x01, 0x02, 0x03]);
    expect(decodeText(bytes)).toEqual({ ok: false, reason: 'binary file (NUL byte at offset 12): export it as CSV' });
  });

  it('refuses Latin-1 text with the offset and line of the first invalid byte', () => {
    // Real PP1802 rows re-encoded as ISO-8859-1: 'á' of "Santa Terezinha de Goiás" is byte 144, on line 2.
    const decoded = decodeText(fixture('pp1802-latin1.csv'));
    expect(decoded).toEqual({
      ok: false,
      reason:
        'invalid UTF-8 at byte offset 144 (line 2, byte 0xE1), and the text does not look like Windows-1251 ' +
        'Cyrillic: save the file as UTF-8',
    });
  });

  it('names the offset in the whole file when invalid UTF-8 follows a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b\nc,'), 0xc3, 0x28]);
    expect(decodeText(bytes)).toEqual({
      ok: false,
      reason: 'invalid UTF-8 at byte offset 9 (line 2, byte 0xC3) after a UTF-8 BOM: save the file as UTF-8 again',
    });
  });

  it('rejects overlong and surrogate sequences as UTF-8 (bytes that do not read as Cyrillic either)', () => {
    const overlongSlash = new Uint8Array([0x61, 0xe0, 0x80, 0xaf]);
    const surrogate = new Uint8Array([0x61, 0x62, 0xed, 0xa0, 0x80]);
    const reasonOf = (bytes: Uint8Array) => {
      const decoded = decodeText(bytes);
      return decoded.ok ? '' : decoded.reason;
    };
    expect(reasonOf(overlongSlash)).toMatch(/^invalid UTF-8 at byte offset 1 /);
    expect(reasonOf(surrogate)).toMatch(/^invalid UTF-8 at byte offset 2 /);
  });
});
