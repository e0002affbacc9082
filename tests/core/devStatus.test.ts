// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DevStatusId } from '../../src/core/deposit.ts';
import { recogniseDevStatus } from '../../src/core/devStatus.ts';
import facts from '../fixtures/dev-status/deposits-facts-dev-status.json' with { type: 'json' };

/** The status a careful reader gives each `dev_status` cell of the deposit table. */
const EXPECTED: Record<string, DevStatusId> = {
  'shevchenkivske-li': 'explored', // "explored (discovered 1982); not exploited; …"
  'polokhivske-li': 'explored', // "explored; …; 20-year mining licence …; not yet mined"
  'dobra-li': 'prospect', // "exploration stage …; production-sharing agreement competition won …"
  'kruta-balka-li': 'unknown', // "not exploited; one of three lithium sites … planned to auction"
  'irshanske-ti': 'producer', // "mined by …; suspended late 2022, processing plant No. 3 restarted 2023-07-05"
  'mezhyrichne-ti': 'developed', // "being developed: …"
  'stremyhorodske-ti': 'unknown', // "listed (2023) among strategic subsoil areas to be offered …"
  'torchynske-ti': 'unknown', // "… asked for approval of a special permit to extract apatite and ilmenite"
  'malyshevske-ti': 'producer', // "mined (open pit) since 1961; …"
  'motronivsko-annivske-ti': 'developed', // "… mine and plant under construction (2016); …"
  'vovchanske-ti': 'unknown', // "… held a special permit since 2002; … leased 9.94 ha for a quarry"
  'birzulivske-ti': 'unknown', // "described as an important centre of ilmenite extraction"
  'likarivske-ti': 'unknown',
  'nosachivske-ti': 'unknown', // "planned Nosachiv mining and processing plant: …"
  'zavallivske-gr': 'producer', // "mined (open pit) by …; production recommenced in 2022-08"
  'balakhivske-gr': 'developed', // "… quarry and concentrator (BGV Graphite) in preparation"
  'burtynske-gr': 'unknown', // "… 20-year extraction permit won at auction …"
  'starokrymske-gr': 'past-producer', // "historic: found 1904 and worked by open pit; …"
  'novopoltavske-ree': 'explored', // "explored (розвідане, uk.wikipedia); not mined; …"
  'azovske-ree': 'prospect', // "exploration continuing (… 'продовжується розвідка'); not developed"
  'mazurivske-zr': 'explored',
  'yastrubetske-ree': 'developed', // "… considered prepared for industrial development; …"
  'perzhanske-be': 'developed', // "explored and prepared for exploitation (uk.wikipedia); …"
  'petrovo-hnutivske-ree': 'unknown',
  'pokrovo-kyreivske-ree': 'unknown',
  'anadolske-ree': 'unknown',
  'zhovtorichenske-u': 'developed',
  'velykotokmatske-mn': 'unknown', // "undeveloped: in 2009 … planned a mining and processing plant …"
  'nikopol-mn': 'producer', // "mined by Marhanets GOK … and Pokrovskyi GOK; Marhanets GOK suspended …"
  'novokostiantynivske-u': 'producer',
  'vatutinske-u': 'past-producer', // "exploited since 1973; …; Smolinska mine mothballed (…)"
  'michurinske-u': 'producer',
  'tsentralne-u': 'unknown',
  'derenyukhinske-ni': 'explored', // "explored in 1950s–early 1990s"
  'lypovenkivske-ni': 'explored',
  'kapitanivske-ni': 'explored',
};

describe('recogniseDevStatus', () => {
  it('covers every row of the fixture', () => {
    expect(facts.map((row) => row.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(facts.map((row) => [row.id, row.asWritten] as const))('reads the %s cell', (id, text) => {
    expect(recogniseDevStatus(text)).toEqual({ id: EXPECTED[id], asWritten: text === '' ? null : text });
  });

  it.each<[string, DevStatusId]>([
    ['Producer', 'producer'],
    ['Past Producer', 'past-producer'],
    ['Plant', 'producer'],
    ['Prospect', 'prospect'],
    ['Raw Prospect?', 'prospect'],
    ['Raw Prospect', 'prospect'],
    ['Occurrence', 'occurrence'],
    ['Unknown', 'unknown'],
    ['Developed Deposit', 'developed'],
    ['PAST PRODUCER', 'past-producer'],
  ])('maps the MRDS value %j, keeping its wording', (text, id) => {
    expect(recogniseDevStatus(text)).toEqual({ id, asWritten: text });
  });

  it.each<[string, DevStatusId]>([
    ['розробляється', 'producer'],
    ['експлуатується', 'producer'],
    ['видобуток', 'producer'],
    ['законсервоване', 'past-producer'],
    ['відпрацьоване', 'past-producer'],
    ['розроблялося', 'past-producer'],
    ['підготовлене до розробки', 'developed'],
    ['підготовлене до промислового освоєння', 'developed'],
    ['розвідане', 'explored'],
    ['Розвідане, не розробляється', 'explored'],
    ['explored', 'explored'],
    ['перспективна ділянка', 'prospect'],
    ['оцінене', 'prospect'],
    ['пошуки', 'prospect'],
    ['розвідується', 'prospect'],
    ['разведывается', 'prospect'],
    ['рудопрояв', 'occurrence'],
    ['прояв', 'occurrence'],
    ['разрабатывается', 'producer'],
    ['законсервировано', 'past-producer'],
    ['разведанное', 'explored'],
    ['рудопроявление', 'occurrence'],
  ])('maps the register wording %j', (text, id) => {
    expect(recogniseDevStatus(text).id).toBe(id);
  });

  it.each<[string, DevStatusId]>([
    ['спеціальний дозвіл на видобуток', 'unknown'],
    ['to be mined from 2030', 'unknown'],
    ['never exploited', 'unknown'],
    ['deposit of building stone', 'unknown'],
  ])('does not take an intention or a negation for a status: %j', (text, id) => {
    expect(recogniseDevStatus(text).id).toBe(id);
  });

  it('keeps free text that maps to nothing', () => {
    expect(recogniseDevStatus('licence auctioned in 2021')).toEqual({
      id: 'unknown',
      asWritten: 'licence auctioned in 2021',
    });
  });

  it('gives no wording for an empty cell', () => {
    expect(recogniseDevStatus('')).toEqual({ id: 'unknown', asWritten: null });
    expect(recogniseDevStatus('  \t')).toEqual({ id: 'unknown', asWritten: null });
  });

  it('trims the wording it keeps', () => {
    expect(recogniseDevStatus(' Producer ')).toEqual({ id: 'producer', asWritten: 'Producer' });
  });

  it('answers a repeated text from memory with the same result', () => {
    const first = recogniseDevStatus('explored (розвідане, uk.wikipedia)');
    expect(recogniseDevStatus('explored (розвідане, uk.wikipedia)')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('keeps any non-blank text as written and never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const status = recogniseDevStatus(text);
        expect(status.asWritten).toBe(text.trim() === '' ? null : text.trim());
      }),
    );
  });
});
