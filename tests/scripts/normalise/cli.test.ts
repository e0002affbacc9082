// @vitest-environment node
// The normalise command as a user runs it: arguments, exit codes, all-or-nothing outputs.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNormalise } from '../../../scripts/normalise/cli.ts';
import { OUTPUT_FILES } from '../../../scripts/normalise/outputs.ts';

const work = mkdtempSync(join(tmpdir(), 'nadra-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PP1802 = 'tests/fixtures/pp1802/pp1802-sample.csv';
const REGISTER_BAD = 'tests/fixtures/ua-register/register-bad.csv';

function run(...args: string[]): { code: number; messages: string[] } {
  const messages: string[] = [];
  const code = runNormalise(args, (line) => messages.push(line));
  return { code, messages };
}

describe('normalise command', () => {
  it('writes the five outputs and exits 0, warnings and rejected rows included', () => {
    const out = join(work, 'ok');
    const { code, messages } = run('--out', out, PP1802, REGISTER_BAD);
    expect(code).toBe(0);
    for (const file of OUTPUT_FILES) expect(existsSync(join(out, file))).toBe(true);
    expect(messages.join('\n')).toMatch(/deposits .* rows rejected/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.files.map((file: { file: string }) => file.file)).toEqual([PP1802, REGISTER_BAD]);
  });

  it('exits 1 under --strict when there is any warning or error, and still writes', () => {
    const out = join(work, 'strict');
    expect(run('--strict', '--out', out, REGISTER_BAD).code).toBe(1);
    expect(existsSync(join(out, 'issues.csv'))).toBe(true);
  });

  it('exits 0 under --strict for a clean file', () => {
    expect(run('--strict', '--out', join(work, 'strict-clean'), PP1802).code).toBe(0);
  });

  it('exits 2 and writes nothing when no input file can be read, leaving earlier outputs as they were', () => {
    const out = join(work, 'kept');
    expect(run('--out', out, PP1802).code).toBe(0);
    const before = OUTPUT_FILES.map((file) => readFileSync(join(out, file)));
    const { code, messages } = run('--out', out, 'tests/fixtures/ua-register/empty.csv', 'tests/fixtures/ua-register/utf16.csv');
    expect(code).toBe(2);
    expect(messages.join('\n')).toContain('UTF-16');
    OUTPUT_FILES.forEach((file, i) => expect(readFileSync(join(out, file)).equals(before[i]!)).toBe(true));
  });

  it.each([
    [['--out'], /--out/],
    [[PP1802], /--out DIR is required/],
    [['--out', join(work, 'x')], /no input FILE/],
    [['--out', join(work, 'x'), '--format', 'xlsx', PP1802], /--format must be one of mrds, pp1802, ua-register/],
    [['--out', join(work, 'x'), '--bogus', PP1802], /bogus/],
    [['--out', join(work, 'x'), 'tests/fixtures/does-not-exist.csv'], /cannot read tests\/fixtures\/does-not-exist.csv: ENOENT/],
  ])('exits 2 with a usage message for bad arguments %j', (args, message) => {
    const { code, messages } = run(...args);
    expect(code).toBe(2);
    expect(messages.join('\n')).toMatch(message);
    expect(existsSync(join(work, 'x'))).toBe(false);
  });

  it('explains a --columns map it cannot use', () => {
    const map = join(work, 'bad-map.json');
    writeFileSync(map, JSON.stringify({ title: 'Назва' }));
    const { code, messages } = run('--out', join(work, 'x'), '--columns', map, PP1802);
    expect(code).toBe(2);
    expect(messages.join('\n')).toMatch(/"title" is not a record field; expected one of recordId, url, name/);
  });

  it('reads a register with unusual column names through --columns, and not without it', () => {
    // The fixture's rows under names no reader knows.
    const [, ...rows] = readFileSync('tests/fixtures/ua-register/register-unusual-columns.csv', 'utf8').split('\n');
    const file = join(work, 'unusual.csv');
    writeFileSync(file, ["Об'єкт надр;Сировина;Широта (пн);Довгота (сх);Область", ...rows].join('\n'));
    const without = run('--out', join(work, 'unusual-no-map'), file);
    expect(without.code).toBe(2);
    expect(without.messages.join('\n')).toMatch(/matches no known format\. Known formats: mrds .* needs/);
    const map = join(work, 'unusual.columns.json');
    writeFileSync(map, JSON.stringify({ name: "Об'єкт надр", minerals: 'Сировина', lat: 'Широта (пн)', lon: 'Довгота (сх)' }));
    const out = join(work, 'unusual');
    expect(run('--out', out, '--columns', map, file).code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.files[0]).toMatchObject({ format: 'ua-register', rowsIn: 5, rowsOut: 5, rowsRejected: 0 });
    const deposits = JSON.parse(readFileSync(join(out, 'deposits.json'), 'utf8')).deposits;
    expect(deposits.filter((d: { location: unknown }) => d.location !== null)).toHaveLength(4);
  });

  it('lets --format override detection and says which columns the forced format lacks', () => {
    const out = join(work, 'forced');
    const { code, messages } = run('--out', out, '--format', 'mrds', PP1802);
    expect(code).toBe(2);
    expect(messages.join('\n')).toMatch(/does not have the columns mrds needs: missing recordId, .*devStatus/);
  });

  it('keeps the path as given, with / separators, in every output', () => {
    const out = join(work, 'paths');
    run('--out', out, PP1802.replaceAll('/', '\\'));
    const issues = readFileSync(join(out, 'deposits.csv'), 'utf8');
    expect(issues).toContain(PP1802);
    expect(issues).not.toContain('\\');
  });

  it('gives byte-identical outputs on a second run', () => {
    const a = join(work, 'same-a');
    const b = join(work, 'same-b');
    run('--out', a, PP1802, REGISTER_BAD);
    run('--out', b, PP1802, REGISTER_BAD);
    for (const file of OUTPUT_FILES) expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file)))).toBe(true);
  });

  it('enriches with the embedded occupation history by default, and not with --occupation none', () => {
    const tokmak = (out: string) =>
      JSON.parse(readFileSync(join(out, 'deposits.json'), 'utf8')).deposits.find(
        (d: { name: { original: string } }) => d.name.original === 'Bolshe Tokmak',
      ).occupation;
    const enriched = join(work, 'enriched');
    expect(run('--out', enriched, PP1802).code).toBe(0);
    expect(tokmak(enriched)).toMatchObject({ status: 'occupied', occupiedBefore2022: false });
    expect(tokmak(enriched).source).toMatch(/^Source: DeepStateMap \(deepstatemap\.live\), \d{4}-\d{2}-\d{2}$/);
    const report = JSON.parse(readFileSync(join(enriched, 'report.json'), 'utf8'));
    expect(report.occupation.from).toBe('2022-02-23');

    const plain = join(work, 'not-enriched');
    expect(run('--out', plain, '--occupation', 'none', PP1802).code).toBe(0);
    expect(tokmak(plain)).toMatchObject({ status: 'unknown', asOf: null, changes: [] });
  });

  it('exits 2 when --occupation names no history', () => {
    const { code, messages } = run('--out', join(work, 'x'), '--occupation', 'tests/fixtures/nowhere.json.gz', PP1802);
    expect(code).toBe(2);
    expect(messages.join('\n')).toMatch(/--occupation tests\/fixtures\/nowhere.json.gz: cannot read an occupation history \(ENOENT\)/);
  });
});
