// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../scripts/io/decode.ts';
import {
  detectDelimiter,
  readTable,
  type Delimiter,
  type TableHeader,
  type TableProblem,
  type TableRow,
} from '../../../scripts/io/table.ts';
import { csvDocument, csvRow } from '../../../src/core/csv.ts';

interface Read {
  header: TableHeader | null;
  rows: TableRow[];
  problems: TableProblem[];
  delimiter: Delimiter;
  rowCount: number;
}

function read(text: string, delimiter?: Delimiter): Read {
  let header: TableHeader | null = null;
  const rows: TableRow[] = [];
  const problems: TableProblem[] = [];
  const result = readTable(text, {
    delimiter,
    onHeader: (h) => (header = h),
    onRow: (row) => rows.push(row),
    onProblem: (problem) => problems.push(problem),
  });
  return { header, rows, problems, ...result };
}

function fixtureText(name: string): string {
  const decoded = decodeText(new Uint8Array(readFileSync(new URL(`../../fixtures/io/${name}`, import.meta.url))));
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.text;
}

const lines = (r: Read) => r.rows.map((row) => row.line);

describe('readTable on csv-spectrum', () => {
  const root = dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json'));
  const names = readdirSync(join(root, 'csvs'))
    .filter((file) => file.endsWith('.csv'))
    .map((file) => basename(file, '.csv'));
  // Its expected JSON is one object, not an array, and gives another phone number than the CSV holds.
  const inconsistent = new Set(['location_coordinates']);

  it('finds the cases and an expected result for each', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    const expected = new Set(readdirSync(join(root, 'json')).map((file) => basename(file, '.json')));
    expect(names.filter((name) => !expected.has(name))).toEqual([]);
  });

  for (const name of names) {
    const csv = new Uint8Array(readFileSync(join(root, 'csvs', `${name}.csv`)));
    const expected: unknown = JSON.parse(readFileSync(join(root, 'json', `${name}.json`), 'utf8'));
    if (inconsistent.has(name)) {
      it(`${name}: the package's own expectation is not an array of its rows, so only the shape is checked`, () => {
        expect(Array.isArray(expected)).toBe(false);
        const decoded = decodeText(csv);
        expect(decoded.ok).toBe(true);
        const r = read(decoded.ok ? decoded.text : '');
        expect(r.header?.fields).toEqual(Object.keys(expected as object));
        expect(r.rows).toHaveLength(1);
      });
      continue;
    }
    it(`${name}: gives the expected records`, () => {
      const decoded = decodeText(csv);
      if (!decoded.ok) throw new Error(decoded.reason);
      const r = read(decoded.text);
      const keys = r.header?.fields ?? [];
      const objects = r.rows.map((row) => Object.fromEntries(keys.map((key, i) => [key, row.fields[i]])));
      expect(r.problems).toEqual([]);
      expect(objects).toEqual(expected);
      expect(r.rowCount).toBe(objects.length);
    });
  }

  it('newlines.csv and newlines_crlf.csv: a quoted line break pushes later records one line down', () => {
    for (const name of ['newlines', 'newlines_crlf']) {
      const decoded = decodeText(new Uint8Array(readFileSync(join(root, 'csvs', `${name}.csv`))));
      expect(lines(read(decoded.ok ? decoded.text : ''))).toEqual([2, 3, 5]);
    }
  });
});

describe('readTable physical lines', () => {
  it('counts a quoted LF or CRLF as a line, and the record after it starts below', () => {
    const lf = read('a,b\n1,"x\ny"\n2,z\n');
    const crlf = read('a,b\r\n1,"x\r\ny"\r\n2,z\r\n');
    for (const r of [lf, crlf]) expect(lines(r)).toEqual([2, 4]);
    expect(lf.rows[0]!.fields).toEqual(['1', 'x\ny']);
    expect(crlf.rows[0]!.fields).toEqual(['1', 'x\r\ny']);
  });

  it('skips empty and whitespace-only lines but counts them, and keeps a row of delimiters only', () => {
    const r = read('\n,\na,b\n\n1,2\n  \t\n,\n\n3,4');
    expect(r.header).toEqual({ line: 3, fields: ['a', 'b'] });
    expect(r.rows).toEqual([
      { line: 5, fields: ['1', '2'] },
      { line: 7, fields: ['', ''] },
      { line: 9, fields: ['3', '4'] },
    ]);
    expect(r.rowCount).toBe(3);
  });

  it('keeps a quoted empty field on its own line as a row', () => {
    expect(read('a\n""\n').rows).toEqual([{ line: 2, fields: [''] }]);
  });

  it('reads a final line without a line break', () => {
    expect(read('a,b\n1,2').rows).toEqual([{ line: 2, fields: ['1', '2'] }]);
  });

  it('ignores a BOM left at the start of the text', () => {
    const r = read('\uFEFFa;b\n1;2\n');
    expect(r.header).toEqual({ line: 1, fields: ['a', 'b'] });
    expect(r.delimiter).toBe(';');
  });

  it('counts lone CRs as line breaks, in a CR-only file and mixed with LF', () => {
    expect(lines(read('a,b\r1,"x\ry"\r2,z\r'))).toEqual([2, 4]);
    const mixed = read('a,b\n1,"x\ry"\n2,z\n');
    expect(lines(mixed)).toEqual([2, 4]);
    expect(mixed.rows[0]!.fields).toEqual(['1', 'x\ry']);
  });

  it('reads a file mixing CRLF rows with LF inside quoted cells without leaving CRs in values', () => {
    const r = read('a,b\r\n1,"x\ny"\r\n2,z\r\n\r\n3,"w"\r\n');
    expect(r.rows).toEqual([
      { line: 2, fields: ['1', 'x\ny'] },
      { line: 4, fields: ['2', 'z'] },
      { line: 6, fields: ['3', 'w'] },
    ]);
  });

  it('passes ragged rows and untrimmed values through', () => {
    expect(read('a,b,c\n 1 ,2\n3,4,5,6\n').rows).toEqual([
      { line: 2, fields: [' 1 ', '2'] },
      { line: 3, fields: ['3', '4', '5', '6'] },
    ]);
  });

  it('PP1802: the records after "Zn-Cu Skarn\\n" start one line below their record number', () => {
    // Header and lines 1878–1883 of the real file: fixture line n is line n + 1876 there.
    const r = read(fixtureText('pp1802-quoted-newline.csv'));
    expect(r.delimiter).toBe(',');
    expect(r.header?.fields).toHaveLength(9);
    expect(r.rows.map((row) => [row.line, row.fields[2]])).toEqual([
      [2, 'Carthage mineral district'],
      [3, 'Elmwood Mine'],
      [4, 'Crypto Project'],
      [6, 'Ampangadiatany'],
      [7, 'Andhra Pradesh'],
    ]);
    expect(r.rows[2]!.fields[4]).toBe('Zn-Cu Skarn\n');
    expect(r.rows.every((row) => row.fields.length === 9)).toBe(true);
    expect(r.problems).toEqual([]);
  });

  it('PP1802 with shapefile names: LF rows, a CRLF in the quoted field, no final line break', () => {
    const r = read(fixtureText('pp1802-shp-crlf-in-quotes.csv'));
    expect(r.header?.fields).toEqual([
      'DEPOSIT_NA',
      'CRITICAL_M',
      'DEPOSIT_TY',
      'LATITUDE',
      'LONGITUDE',
      'LOCATION',
      'LOC_DETAIL',
    ]);
    expect(lines(r)).toEqual([2, 3, 4, 6, 7]);
    expect(r.rows[2]!.fields[2]).toBe('Zn-Cu Skarn\r\n');
    expect(r.rows[4]!.fields).toEqual([
      'Andhra Pradesh',
      'Titanium',
      'Sedimentary related',
      '17.0400000004',
      '82.3019999998',
      'India',
      '',
    ]);
  });
});

describe('readTable problems', () => {
  it('reports an unterminated quoted field at the line where its record and its quote start', () => {
    const r = read('a,b,c\n1,2,3\n4,"x\ny,5\n6,7,8\n');
    expect(r.problems).toEqual([
      {
        line: 3,
        message:
          'unterminated quoted field starting at line 3: the closing quote is missing, ' +
          'so the rest of the file was read as this field',
      },
    ]);
    expect(r.rows.map((row) => row.line)).toEqual([2, 3]);
  });

  it('names the line of the quote when an earlier field of the record spans lines', () => {
    const r = read('a,b\n"multi\nline","never closed\n1,2\n');
    expect(r.problems[0]).toMatchObject({ line: 2 });
    expect(r.problems[0]!.message).toMatch(/^unterminated quoted field starting at line 3:/);
  });

  it('reports a quote followed by text once, as a malformed quoted field', () => {
    const r = read('a,b\n1,2\n3,"4"x,"y"\n5,6\n');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.line).toBe(3);
    expect(r.problems[0]!.message).toMatch(
      /^malformed quoted field starting at line 3: a closing quote must be followed by the delimiter or a line break/,
    );
  });

  it('reads nothing, and reports nothing, from an empty text', () => {
    expect(read('')).toMatchObject({ header: null, rows: [], problems: [], rowCount: 0 });
  });
});

describe('detectDelimiter', () => {
  it('takes a Ukrainian register with decimal commas for ";"', () => {
    const text = fixtureText('ua-register-cp1251.csv');
    expect(detectDelimiter(text)).toBe(';');
    const r = read(text);
    expect(r.header?.fields).toEqual(['Назва родовища', 'Область', 'Район', 'Пн. широта', 'Сх. довгота']);
    expect(r.rows[0]).toEqual({
      line: 2,
      fields: ['Заваллівське родовище графіту', 'Кіровоградська', '', '48,211456', '30,019266'],
    });
    expect(r.rows.every((row) => row.fields.length === 5)).toBe(true);
  });

  it('does not count delimiters inside quotes, nor commas in a header name', () => {
    expect(detectDelimiter('"Depth, m";Lat;Lon\n"1,5";48,2;35,1\n2;48,25;35\n')).toBe(';');
    expect(detectDelimiter('name;x,y\n"a;b;c",1\n')).toBe(',');
  });

  it('takes ",", tab and "|" files for what they are', () => {
    expect(detectDelimiter(fixtureText('pp1802-quoted-newline.csv'))).toBe(',');
    expect(detectDelimiter('name\tminerals\tlat\nGreenbushes\tLithium, Tin\t-33.86\n')).toBe('\t');
    expect(detectDelimiter('name|lat|lon\nPerga|51,39|27,89\n')).toBe('|');
  });

  it('falls back to "," for a single column', () => {
    expect(detectDelimiter('name\nPerga\n')).toBe(',');
  });

  it('finds the delimiter of any table of plain words', () => {
    const word = fc.stringMatching(/^[A-Za-zА-яІіЇїЄєҐґ' ]{1,8}$/);
    fc.assert(
      fc.property(
        fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
        fc.integer({ min: 2, max: 6 }).chain((columns) =>
          fc.array(fc.array(word, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 8 }),
        ),
        (delimiter, table) => {
          const text = table.map((row) => row.join(delimiter)).join('\n');
          expect(detectDelimiter(text)).toBe(delimiter);
        },
      ),
    );
  });
});

describe('csvDocument then readTable', () => {
  const field = fc.string({
    unit: fc.constantFrom('a', 'Я', 'і', ' ', '"', ',', ';', '\t', '\r', '\n', '=', "'", '\u2019'),
    maxLength: 6,
  });
  // A header names at least one column: a record of blank fields above the header is skipped.
  const table = fc
    .integer({ min: 2, max: 5 })
    .chain((columns) =>
      fc.array(fc.array(field, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 10 }),
    )
    .filter(([header]) => header!.some((name) => !/^[ \t]*$/.test(name)));

  it('gives back every field, each record on the line after the line breaks before it', () => {
    fc.assert(
      fc.property(table, fc.boolean(), ([header, ...rows], bom) => {
        const text = csvDocument(header!, rows, { bom });
        const r = read(text, ',');
        expect(r.problems).toEqual([]);
        expect(r.header?.fields).toEqual(header);
        expect(r.rows.map((row) => row.fields)).toEqual(rows);
        const expectedLines: number[] = [];
        let line = 1;
        for (const record of [header!, ...rows]) {
          expectedLines.push(line);
          line += 1 + (csvRow(record).match(/\r\n|\r|\n/g)?.length ?? 0);
        }
        expect([r.header?.line, ...lines(r)]).toEqual(expectedLines);
      }),
    );
  });
});
