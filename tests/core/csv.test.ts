// @vitest-environment node
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvRow } from '../../src/core/csv.ts';

const parse = (text: string) => Papa.parse<string[]>(text, { header: false, newline: '\r\n', delimiter: ',' });

describe('csvField', () => {
  it('leaves plain text, numbers and booleans as they are, and writes null as empty', () => {
    expect(csvField('Perga')).toBe('Perga');
    expect(csvField('Заваллівське')).toBe('Заваллівське');
    expect(csvField(47.5666666664335)).toBe('47.5666666664335');
    expect(csvField(-147.677)).toBe('-147.677');
    expect(csvField(1e21)).toBe('1e+21');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('quotes a field holding a delimiter, a quote or a line break, doubling the quotes', () => {
    expect(csvField('Bokai and Unki East, Main')).toBe('"Bokai and Unki East, Main"');
    expect(csvField('Related to volcanics of "normal evolution"')).toBe(
      '"Related to volcanics of ""normal evolution"""',
    );
    expect(csvField('Zn-Cu Skarn\n')).toBe('"Zn-Cu Skarn\n"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('quotes a list joined with ";", which spreadsheets in European locales split on', () => {
    expect(csvField('gallium;titanium')).toBe('"gallium;titanium"');
  });

  it('quotes leading and trailing spaces so that no reader trims them', () => {
    expect(csvField('Clayton Valley ')).toBe('"Clayton Valley "');
    expect(csvField(' x')).toBe('" x"');
    expect(csvField('Main Sulphide  Zone')).toBe('Main Sulphide  Zone');
  });

  it('neutralises text a spreadsheet would run as a formula, when asked', () => {
    const safe = { neutraliseFormulas: true };
    expect(csvField('=HYPERLINK("http://x.invalid","y")', safe)).toBe(`"'=HYPERLINK(""http://x.invalid"",""y"")"`);
    expect(csvField('+cmd', safe)).toBe("'+cmd");
    expect(csvField('-2+3', safe)).toBe("'-2+3");
    expect(csvField('@SUM(A1)', safe)).toBe("'@SUM(A1)");
    expect(csvField('\tx', safe)).toBe("'\tx");
    expect(csvField('\rx', safe)).toBe(`"'\rx"`);
    expect(csvField('-', safe)).toBe("'-");
    expect(csvField('=x')).toBe('=x');
  });

  it('keeps signed plain numbers as numbers, in text or as numbers', () => {
    const safe = { neutraliseFormulas: true };
    for (const value of ['-12.5', '+3', '-0.5e-3', '-.5', '+7.']) expect(csvField(value, safe)).toBe(value);
    expect(csvField(-12.5, safe)).toBe('-12.5');
    expect(csvField('-12,5', safe)).toBe(`"'-12,5"`);
  });
});

describe('csvRow and csvDocument', () => {
  it('joins fields with commas, without a line ending', () => {
    expect(csvRow(['pp1802:perga', 51.3980600003688, null, 'Beryllium; Lithium'])).toBe(
      'pp1802:perga,51.3980600003688,,"Beryllium; Lithium"',
    );
  });

  it('writes CRLF after every record, the header first, and a BOM when asked', () => {
    const rows = [
      ['Perga', 51.39806],
      ['Zaval\u2019E', null],
    ];
    expect(csvDocument(['name', 'lat'], rows)).toBe('name,lat\r\nPerga,51.39806\r\nZaval\u2019E,\r\n');
    expect(csvDocument(['name'], [], { bom: true })).toBe('\uFEFFname\r\n');
  });

  it('reads any rows from a generator once', () => {
    function* rows() {
      yield ['a', 1] as const;
      yield ['b', 2] as const;
    }
    expect(csvDocument(['k', 'v'], rows())).toBe('k,v\r\na,1\r\nb,2\r\n');
  });
});

describe('csvDocument, read back by papaparse', () => {
  const text = fc.string({
    unit: fc.constantFrom('a', 'Я', ' ', '"', ',', ';', '\r', '\n', '=', '+', '-', '@', '\t', '1', '.'),
  });
  const table = fc.integer({ min: 1, max: 5 }).chain((columns) =>
    fc.array(fc.array(text, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 8 }),
  );
  // A record of one empty field is an empty line, which a reader may skip; that case is not a CSV round trip.
  const noEmptyLines = (rows: string[][]) => rows.every((row) => row.length > 1 || row[0] !== '');

  it('gives back the same strings', () => {
    fc.assert(
      fc.property(table.filter(noEmptyLines), ([header, ...rows]) => {
        const parsed = parse(csvDocument(header!, rows));
        expect(parsed.errors).toEqual([]);
        expect(parsed.data.slice(0, -1)).toEqual([header, ...rows]);
      }),
    );
  });

  it('with formulas neutralised, only numbers start with = + - @ TAB or CR, and only an apostrophe is added', () => {
    const formulaStart = /^[=+\-@\t\r]/;
    fc.assert(
      fc.property(table.filter(noEmptyLines), ([header, ...rows]) => {
        const parsed = parse(csvDocument(header!, rows, { neutraliseFormulas: true }));
        const original = [header!, ...rows].flat();
        const written = parsed.data.slice(0, -1).flat();
        expect(written).toHaveLength(original.length);
        written.forEach((field, i) => {
          if (formulaStart.test(field)) expect(Number.isFinite(Number(field))).toBe(true);
          if (field === original[i]) return;
          expect(field).toBe(`'${original[i]}`);
          expect(formulaStart.test(original[i]!)).toBe(true);
        });
      }),
    );
  });
});
