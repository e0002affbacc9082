// @vitest-environment node
// Linking through the pipeline, on real rows of data/usgs (PP1802) and data/ua-register whose right answer is known
// from the sources (tests/fixtures/linking/README.md), and its invariants under fast-check.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Deposit } from '../../../src/core/deposit.ts';
import { DEFAULT_LINK_SETTINGS } from '../../../src/core/linking/pairs.ts';
import { loadPlaces } from '../../../scripts/geo/places.ts';
import { parseCli, UsageError } from '../../../scripts/normalise/cli.ts';
import { IssueLog } from '../../../scripts/normalise/issues.ts';
import { linkDeposits, type LinkOptions } from '../../../scripts/normalise/link.ts';
import { readLinkOverrides, type LinkOverride } from '../../../scripts/normalise/linkOverrides.ts';
import { OUTPUT_FILES, writeOutputs } from '../../../scripts/normalise/outputs.ts';
import type { InputFile } from '../../../scripts/normalise/readFile.ts';
import { normaliseInputs, type NormaliseOptions } from '../../../scripts/normalise/run.ts';
import { record } from '../../core/linking/records.ts';

const places = loadPlaces();
const FIXTURES = 'tests/fixtures/linking';
const PP1802 = { path: `${FIXTURES}/pp1802-ukraine.csv`, bytes: readFileSync(`${FIXTURES}/pp1802-ukraine.csv`) };
const REGISTER = { path: `${FIXTURES}/ua-register.csv`, bytes: readFileSync(`${FIXTURES}/ua-register.csv`) };
const OVERRIDES = readLinkOverrides(`${FIXTURES}/overrides.csv`, readFileSync(`${FIXTURES}/overrides.csv`));
const work = mkdtempSync(join(tmpdir(), 'nadra-link-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const noOverrides: LinkOptions = { settings: DEFAULT_LINK_SETTINGS, overrides: null };
const run = (link: LinkOptions | undefined, inputs: InputFile[] = [PP1802, REGISTER]) => {
  const options: NormaliseOptions = { format: null, columns: {}, places, link };
  return normaliseInputs(inputs, options);
};
const linked = run(noOverrides);
const byMember = (deposits: readonly Deposit[], id: string) =>
  deposits.find((d) => d.id === id || d.link.aliases.includes(id));
const ids = {
  zavale: 'pp1802:zavale-graphite-48.20n-30.03e',
  zavalyevskiy: 'pp1802:zavalyevskiy-graphite-48.20n-30.03e',
  zavallivske: 'ua-register:zavallivske-rodovyshche-hrafitu-graphite-48.21n-30.02e',
  tokmak: 'pp1802:bolshe-tokmak-manganese-47.25n-35.70e',
  velykotokmatske: 'ua-register:velykotokmatske-rodovyshche-marhantsevykh-rud-manganese-47.25n-35.70e',
  nikopol: 'pp1802:nikopol-manganese-47.57n-34.42e',
  nikopolske: 'ua-register:nikopolske-rodovyshche-marhantsevykh-rud-nikopolskyi-basein-manganese-47.57n-34.40e',
  irshanskDistrict: 'pp1802:irshansk-district-titanium-50.45n-29.23e',
  irshanske: 'ua-register:irshanske-rodovyshche-irshanskyi-rudno-rozsypnyi-raion-titanium-50.75n-28.72e',
  volnogorskDistrict: 'pp1802:volnogorsk-district-titanium-48.55n-33.45e',
  malyshevske: 'ua-register:malyshevske-samotkanske-tytano-tsyrkoniieve-rodovyshche-titanium-48.48n-34.02e',
  motronivsko: 'ua-register:motronivsko-hannivska-dilianka-malyshevske-rodovyshche-titanium',
  byrzulivske: 'ua-register:byrzulivske-rodovyshche-titanium-48.76n-31.49e',
  likarivske: 'ua-register:likarivske-rodovyshche-titanium-48.76n-31.55e',
  perga: 'pp1802:perga-beryllium-51.40n-27.89e',
  perzhanske: 'ua-register:perzhanske-rodovyshche-beryliiu-beryllium',
};

describe('linking real rows', () => {
  it('makes one deposit of the Zavallia graphite records, PP1802 twice and the register once', () => {
    const zavallia = byMember(linked.deposits, ids.zavale)!;
    expect(zavallia.id).toBe(ids.zavallivske);
    expect(zavallia.link.aliases).toEqual([ids.zavale, ids.zavalyevskiy]);
    expect(zavallia.sources.map((s) => `${s.file}:${s.line}`)).toEqual([
      `${FIXTURES}/ua-register.csv:11`,
      `${FIXTURES}/pp1802-ukraine.csv:7`,
      `${FIXTURES}/pp1802-ukraine.csv:13`,
    ]);
  });

  it('links Bolshe Tokmak with Великотокмацьке, Nikopol with Нікопольське, and the Malyshevske section with its deposit', () => {
    expect(byMember(linked.deposits, ids.tokmak)!.id).toBe(ids.velykotokmatske);
    expect(byMember(linked.deposits, ids.nikopol)!.id).toBe(ids.nikopolske);
    expect(byMember(linked.deposits, ids.motronivsko)!.id).toBe(ids.malyshevske);
  });

  it('keeps the Irshansk and Volnogorsk districts, holding the deposits the register names in them', () => {
    const irshansk = linked.deposits.find((d) => d.id === ids.irshanskDistrict)!;
    expect(irshansk.link.contains).toEqual([ids.irshanske]);
    expect(byMember(linked.deposits, ids.irshanske)!.link.containedIn).toBe(ids.irshanskDistrict);
    expect(linked.deposits.find((d) => d.id === ids.volnogorskDistrict)!.link.contains).toEqual([ids.malyshevske]);
    // Counted once: the districts are not counted beside the deposits they hold.
    expect(linked.report.totals.counted).toBe(linked.report.totals.deposits - 2);
  });

  it('keeps Бирзулівське and Лікарівське apart: neighbours of one mineral, not one deposit', () => {
    expect(byMember(linked.deposits, ids.byrzulivske)!.sources).toHaveLength(1);
    expect(byMember(linked.deposits, ids.likarivske)!.sources).toHaveLength(1);
    // Names that do not match at all make no near miss either.
    expect(linked.links.some((row) => row.a === ids.byrzulivske || row.b === ids.byrzulivske)).toBe(false);
  });

  it('lists a pair whose names match but which something else keeps apart as a near miss', () => {
    const uranium = run(noOverrides, [PP1802, registerWith(/^15;/, (row) => row.replace(';Графіт;', ';Уран;'))]);
    const register = ids.zavallivske.replace('graphite', 'uranium');
    expect(byMember(uranium.deposits, register)!.sources).toHaveLength(1);
    expect(uranium.links.find((row) => row.a === ids.zavale && row.b === register)).toEqual({
      decision: 'different',
      by: 'rule',
      a: ids.zavale,
      b: register,
      deposit_a: ids.zavale,
      deposit_b: register,
      score: 0.76,
      distance_km: 1.8,
      reason: 'same name "zaval"; 1.8 km apart (radius 5 km); no mineral in common: different minerals',
    });
  });

  it('judges only pairs within the wider radius: farther apart, a shared name and mineral make no near miss', () => {
    // Exact points (radius 2 km), 2.2 km apart: within the cells the grid visits, beyond the radius.
    const at = (lon: number) => record({ id: `mrds:${lon}`, name: 'Ivanivka', minerals: [['titanium', 'Titanium']], at: [48.5, lon, 'exact'] });
    const link = (lons: number[]) => linkDeposits(lons.map(at), { settings: DEFAULT_LINK_SETTINGS, overrides: null }, new IssueLog());
    expect(link([30, 30.03]).links).toEqual([]);
    expect(link([30, 30.02]).deposits).toHaveLength(1);
  });

  it('leaves alone the deposits no other record names', () => {
    for (const name of ['Шевченківське', 'Новополтавське', 'Стремигородське', 'Межирічне', 'Korosten pluton', 'Taraskova']) {
      const deposit = linked.deposits.find((d) => d.name.original.startsWith(name))!;
      expect(deposit.sources).toHaveLength(1);
      expect(deposit.link).toEqual({ aliases: [], otherNames: [], contains: [], containedIn: null });
    }
  });

  it('warns about a conflict naming both records', () => {
    const warning = linked.issues.find((i) => i.code === 'linked-dev-status-differs')!;
    expect(warning).toMatchObject({ file: `${FIXTURES}/ua-register.csv`, line: 7, field: 'devStatus', severity: 'warning' });
    expect(warning.message).toContain(`${ids.malyshevske} (${FIXTURES}/ua-register.csv line 6)`);
    expect(linked.report.files[1]!.warnings['linked-dev-status-differs']).toBe(1);
  });

  it('lists every group and district in links.csv with score and reason', () => {
    const rows = linked.links.filter((row) => row.decision !== 'different');
    expect(rows.map((row) => [row.decision, row.a, row.b])).toEqual([
      ['same', ids.malyshevske, ids.motronivsko],
      ['same', ids.nikopol, ids.nikopolske],
      ['same', ids.tokmak, ids.velykotokmatske],
      ['same', ids.zavale, ids.zavalyevskiy],
      ['same', ids.zavale, ids.zavallivske],
      ['same', ids.zavalyevskiy, ids.zavallivske],
      ['contains', ids.irshanskDistrict, ids.irshanske],
      ['contains', ids.volnogorskDistrict, ids.malyshevske],
    ]);
    expect(rows[2]!.reason).toBe('names share "tkmk"; 0.3 km apart (radius 15 km); share manganese: one deposit');
    // Peers read with the lower id first, whatever the input order.
    expect(rows.filter((row) => row.decision === 'same').every((row) => row.a < row.b)).toBe(true);
  });

  it('links nothing with linking off', () => {
    const unlinked = run(undefined);
    expect(unlinked.deposits).toHaveLength(linked.report.totals.rowsOut);
    expect(unlinked.links).toEqual([]);
  });
});

/** The register fixture with the row matching `which` rewritten. */
function registerWith(which: RegExp, rewrite: (row: string) => string) {
  const text = new TextDecoder().decode(REGISTER.bytes);
  const rows = text.split('\r\n').map((row) => (which.test(row) ? rewrite(row) : row));
  return { path: REGISTER.path, bytes: new TextEncoder().encode(rows.join('\r\n')) };
}

describe('overrides', () => {
  if (!OVERRIDES.ok) throw new Error(OVERRIDES.message);
  const withOverrides = run({ settings: DEFAULT_LINK_SETTINGS, overrides: OVERRIDES.overrides });

  it('joins Perga and Пержанське, which the rules cannot, and says so in links.csv', () => {
    const perzhanske = byMember(withOverrides.deposits, ids.perga)!;
    expect(perzhanske.id).toBe(ids.perzhanske);
    expect(perzhanske.location).toMatchObject({ lat: 51.39806, lon: 27.89444, precision: 'approximate' });
    expect(perzhanske.origin.location).toBe(1);
    expect(withOverrides.links.find((row) => row.a === ids.perga)).toMatchObject({ decision: 'same', by: 'override' });
  });

  it('warns about an id no record has', () => {
    expect(withOverrides.issues.find((i) => i.code === 'unknown-link-id')).toMatchObject({
      file: `${FIXTURES}/overrides.csv`,
      line: 4,
      recordId: 'pp1802:no-such-record',
    });
    expect(withOverrides.report.totals.warnings).toBe(linked.report.totals.warnings + 1);
  });

  it('refuses a file that cannot be read as decisions, with every problem and its line', () => {
    const text = 'a,b,decision\nx,y,same\nx,,same\ny,x,different\nz,w,maybe\n';
    const reading = readLinkOverrides('o.csv', new TextEncoder().encode(text));
    expect(reading).toEqual({
      ok: false,
      message:
        'o.csv: line 3: a and b must both name a record id; line 4: y and x were decided same at line 2; ' +
        'line 5: decision must be same or different, got "maybe"',
    });
  });

  it('takes --links and --no-link on the command line, not both', () => {
    expect(parseCli(['--out', 'o', '--no-link', 'f.csv']).link).toBeNull();
    expect(parseCli(['--out', 'o', `--links=${FIXTURES}/overrides.csv`, 'f.csv']).link?.overrides?.entries).toHaveLength(3);
    expect(() => parseCli(['--out', 'o', '--no-link', `--links=${FIXTURES}/overrides.csv`, 'f.csv'])).toThrow(UsageError);
    expect(() => parseCli(['--out', 'o', '--links=missing.csv', 'f.csv'])).toThrow(/missing.csv: cannot read it/);
  });
});

describe('ids', () => {
  it('keep resolving when a new source is added: every earlier id is an id or an alias', () => {
    const registerOnly = run(noOverrides, [REGISTER]);
    const resolvable = new Set(linked.deposits.flatMap((d) => [d.id, ...d.link.aliases]));
    for (const deposit of registerOnly.deposits) {
      expect(resolvable.has(deposit.id)).toBe(true);
      for (const alias of deposit.link.aliases) expect(resolvable.has(alias)).toBe(true);
    }
    // The register ranks first, so adding PP1802 changes no register deposit's id.
    expect(registerOnly.deposits.map((d) => d.id).every((id) => linked.deposits.some((d) => d.id === id))).toBe(true);
  });
});

describe('invariants', () => {
  const records = run(undefined).deposits;
  // Near-copies of real records under new ids, so that groups chain and districts compete.
  const copies = records.slice(0, 12).map((d, i) => ({
    ...d,
    id: `mrds:${9000 + i}`,
    sources: [{ ...d.sources[0]!, dataset: 'mrds' as const, recordId: String(9000 + i), line: 100 + i }],
    location: d.location && { ...d.location, lat: d.location.lat + 0.01 * (i % 3), precision: 'exact' as const },
  }));
  const pool = [...records, ...copies];
  const link = (input: readonly Deposit[], overrides: LinkOverride[] = []) =>
    linkDeposits(input, { settings: DEFAULT_LINK_SETTINGS, overrides: { file: 'o.csv', entries: overrides } }, new IssueLog());
  const sorted = (deposits: readonly Deposit[]) => [...deposits].sort((a, b) => (a.id < b.id ? -1 : 1));
  const sample = fc.shuffledSubarray(pool, { minLength: 1 });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(sample, fc.func(fc.integer()), (input, key) => {
        const shuffled = [...input].sort((a, b) => key(a.id) - key(b.id));
        const first = link(input);
        const second = link(shuffled);
        expect(sorted(second.deposits)).toEqual(sorted(first.deposits));
        expect(second.links).toEqual(first.links);
      }),
      { numRuns: 60 },
    );
  });

  it('puts every input record in exactly one output deposit', () => {
    fc.assert(
      fc.property(sample, (input) => {
        const out = link(input).deposits.flatMap((d) => d.sources.map((s) => `${s.dataset}:${s.recordId}`));
        expect(out.sort()).toEqual(input.map((d) => d.id).sort());
      }),
      { numRuns: 60 },
    );
  });

  it('always honours a consistent set of overrides', () => {
    const decision = fc.record({ a: fc.nat(pool.length - 1), b: fc.nat(pool.length - 1), same: fc.boolean() });
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 12 }), (drawn) => {
        const overrides = consistent(drawn.filter((d) => d.a !== d.b));
        const out = link(pool, overrides.map((o, line) => ({ ...o, line: line + 2 })));
        const depositOf = new Map(out.deposits.flatMap((d) => d.sources.map((s) => [`${s.dataset}:${s.recordId}`, d.id])));
        for (const o of overrides) expect(depositOf.get(o.a) === depositOf.get(o.b)).toBe(o.decision === 'same');
      }),
      { numRuns: 60 },
    );
  });

  // Keeps each decision that agrees with the earlier ones: no 'different' inside a group that 'same' decisions join.
  function consistent(drawn: { a: number; b: number; same: boolean }[]): Omit<LinkOverride, 'line'>[] {
    const group = pool.map((_, i) => i);
    const find = (i: number): number => (group[i] === i ? i : find(group[i]!));
    const apart: [number, number][] = [];
    const kept: Omit<LinkOverride, 'line'>[] = [];
    for (const { a, b, same } of drawn) {
      if (same) {
        const [ra, rb] = [find(a), find(b)];
        if (apart.some(([x, y]) => (find(x) === ra && find(y) === rb) || (find(x) === rb && find(y) === ra))) continue;
        group[ra] = rb;
      } else {
        if (find(a) === find(b)) continue;
        apart.push([a, b]);
      }
      kept.push({ a: pool[a]!.id, b: pool[b]!.id, decision: same ? 'same' : 'different' });
    }
    return kept;
  }
});

describe('outputs', () => {
  it('are byte-identical for the same inputs and overrides, links.csv among them', () => {
    if (!OVERRIDES.ok) throw new Error(OVERRIDES.message);
    const options: LinkOptions = { settings: DEFAULT_LINK_SETTINGS, overrides: OVERRIDES.overrides };
    writeOutputs(join(work, 'a'), run(options));
    writeOutputs(join(work, 'b'), run(options));
    expect(OUTPUT_FILES).toContain('links.csv');
    for (const file of OUTPUT_FILES) {
      expect(readFileSync(join(work, 'b', file)).equals(readFileSync(join(work, 'a', file)))).toBe(true);
    }
    const csv = readFileSync(join(work, 'a', 'links.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('decision,by,a,b,deposit_a,deposit_b,score,distance_km,reason');
  });
});
