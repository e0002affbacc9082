// @vitest-environment node
// The accounting invariant on generated registers: every record is either one deposit or one rejected row with an
// error at its physical line; nothing is lost, nothing is counted twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPlaces } from '../../../scripts/geo/places.ts';
import { normaliseInputs } from '../../../scripts/normalise/run.ts';

const places = loadPlaces();
const HEADER = ['Назва родовища', 'Корисні копалини', 'Північна широта', 'Східна довгота', 'Область'];

// Real register values (data/ua-register) and the defects a register can have.
const ROWS = {
  good: ['Заваллівське родовище графіту', 'Графіт', '48°12′40″ пн. ш.', '30°01′09″ сх. д.', 'Кіровоградська'],
  unlocated: ['Полохівське родовище', 'Літій (петаліт)', '', '', 'Кіровоградська'],
  noName: ['', 'Титан', '48,761667', '31,488889', 'Кіровоградська'],
  badDms: ['Бирзулівське родовище', 'ільменіт', '48°61′42″ пн. ш.', '31°29′20″ сх. д.', 'Кіровоградська'],
  unknownMineral: ['Торчинське родовище', 'Тітан', '', '', 'Житомирська'],
  multiline: ['Іршанське родовище\n(Іршанський район)', 'Титан', '50,751389', '28,721111', 'Житомирська'],
  ragged: ['Вовчанське родовище', 'Титан'],
  wide: ['Нікопольське родовище', 'Марганець', '47°34′ пн. ш.', '34°24′ сх. д.', 'Дніпропетровська', 'зайве'],
} as const;
type Kind = keyof typeof ROWS | 'blank';
const REJECTED: ReadonlySet<Kind> = new Set(['noName', 'ragged', 'wide']);

// Registers are written by spreadsheets with ';' and quotes where needed; quoting every field is the same table.
const registerRow = (fields: readonly string[]) => fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(';');

function register(kinds: readonly Kind[]): { text: string; recordLines: number[] } {
  const lines = [registerRow(HEADER)];
  const recordLines: number[] = [];
  let line = 2;
  for (const kind of kinds) {
    if (kind === 'blank') {
      lines.push('');
      line += 1;
      continue;
    }
    const row = registerRow(ROWS[kind]);
    recordLines.push(line);
    lines.push(row);
    line += row.split('\n').length;
  }
  return { text: lines.join('\r\n') + '\r\n', recordLines };
}

describe('accounting', () => {
  it('rowsIn = rowsOut + rowsRejected, and every rejected record has an error at its line', () => {
    const kind = fc.constantFrom<Kind>(...(Object.keys(ROWS) as Kind[]), 'blank');
    fc.assert(
      fc.property(fc.array(kind, { minLength: 1, maxLength: 25 }), (kinds) => {
        const records = kinds.filter((k) => k !== 'blank');
        fc.pre(records.length > 0);
        const { text, recordLines } = register(kinds);
        const result = normaliseInputs([{ path: 'r.csv', bytes: new TextEncoder().encode(text) }], {
          format: 'ua-register',
          columns: {},
          places,
        });
        const [file] = result.report.files;
        expect(file!.rowsIn).toBe(records.length);
        expect(file!.rowsIn).toBe(file!.rowsOut + file!.rowsRejected);
        expect(file!.rowsRejected).toBe(records.filter((k) => REJECTED.has(k)).length);

        const errorLines = new Set(result.issues.filter((i) => i.severity === 'error').map((i) => i.line));
        const depositLines = result.deposits.map((d) => d.sources[0]!.line).sort((a, b) => a - b);
        const expectedDepositLines = recordLines.filter((_, i) => !REJECTED.has(records[i]!));
        expect(depositLines).toEqual(expectedDepositLines);
        recordLines.forEach((line, i) => expect(errorLines.has(line)).toBe(REJECTED.has(records[i]!)));
        expect(new Set(result.deposits.map((d) => d.id)).size).toBe(result.deposits.length);
      }),
      { numRuns: 150 },
    );
  });
});
