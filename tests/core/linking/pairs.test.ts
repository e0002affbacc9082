// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Deposit } from '../../../src/core/deposit.ts';
import { DEFAULT_LINK_SETTINGS, judgePair, linkRecordOf, pairKind, quickJudge, describeJudgement } from '../../../src/core/linking/pairs.ts';
import {
  BOLSHE_TOKMAK,
  BYRZULIVSKE,
  IRSHANSK_DISTRICT,
  IRSHANSKE,
  LIKARIVSKE,
  MALYSHEVSKE,
  MOTRONIVSKO,
  VELYKOTOKMATSKE,
  VOLNOGORSK_DISTRICT,
  ZAVALE,
  ZAVALLIVSKE,
  ZAVALYEVSKIY,
  record,
} from './records.ts';

function judge(a: Deposit, b: Deposit) {
  const x = linkRecordOf(a);
  const y = linkRecordOf(b);
  return judgePair(x, y, pairKind(x, y)!, DEFAULT_LINK_SETTINGS);
}

describe('judgePair on real records', () => {
  it('links the Zavallia graphite records of PP1802 and the register', () => {
    const j = judge(ZAVALE, ZAVALLIVSKE);
    expect(j).toMatchObject({ kind: 'peers', linked: true, radiusKm: 5, shared: ['graphite'], verdict: 'one deposit' });
    expect(j.distanceKm).toBeCloseTo(1.8, 1);
    // 0.6 × 1 (same name) + 0.25 × (1 − 1.8 / 5) + 0.15 × 1 (shared mineral)
    expect(j.score).toBe(0.91);
    expect(describeJudgement(j)).toBe('same name "zaval"; 1.8 km apart (radius 5 km); share graphite: one deposit');
    expect(judge(ZAVALE, ZAVALYEVSKIY).linked).toBe(true);
  });

  it('links Bolshe Tokmak and Великотокмацьке by a name part, across datasets only', () => {
    expect(judge(BOLSHE_TOKMAK, VELYKOTOKMATSKE)).toMatchObject({ linked: true, name: { kind: 'part' } });
    const sameDataset = record({ ...specOf(BOLSHE_TOKMAK), id: 'ua-register:bolshe-tokmak' });
    expect(judge(sameDataset, VELYKOTOKMATSKE)).toMatchObject({
      linked: false,
      verdict: 'only a name part in common, in one dataset',
    });
  });

  it('keeps Бирзулівське and Лікарівське apart: 4.7 km, both ilmenite, different names', () => {
    expect(judge(BYRZULIVSKE, LIKARIVSKE)).toMatchObject({ linked: false, verdict: 'different names', shared: ['titanium'] });
  });

  it('puts a deposit in a district point within its radius that shares a mineral', () => {
    expect(pairKind(linkRecordOf(IRSHANSKE), linkRecordOf(IRSHANSK_DISTRICT))).toBeNull();
    const irshansk = judge(IRSHANSK_DISTRICT, IRSHANSKE);
    expect(irshansk).toMatchObject({ kind: 'district', linked: true, radiusKm: 50 });
    expect(irshansk.distanceKm).toBeCloseTo(49.1, 1);
    expect(judge(VOLNOGORSK_DISTRICT, MALYSHEVSKE)).toMatchObject({ kind: 'district', linked: true });
    expect(judge(VOLNOGORSK_DISTRICT, BYRZULIVSKE)).toMatchObject({ linked: false, verdict: 'outside the district radius' });
    expect(judge(VOLNOGORSK_DISTRICT, ZAVALLIVSKE)).toMatchObject({ linked: false, verdict: 'no mineral in common with the district' });
  });

  it('links an unlocated record by its name within the same oblast, and not across oblasts', () => {
    expect(judge(MOTRONIVSKO, MALYSHEVSKE)).toMatchObject({ linked: true, distanceKm: null, sameRegion: true });
    const elsewhere = record({ ...specOf(MOTRONIVSKO), oblast: ['UA-35', 'Kirovohrad Oblast'] });
    expect(judge(elsewhere, MALYSHEVSKE)).toMatchObject({ linked: false, verdict: 'same name in different areas' });
    expect(pairKind(linkRecordOf(MOTRONIVSKO), linkRecordOf(VOLNOGORSK_DISTRICT))).toBeNull();
  });

  it('refuses records with no mineral in common', () => {
    const graphite = record({ ...specOf(ZAVALE), id: 'ua-register:zavale', minerals: [['uranium', 'уран']] });
    expect(judge(graphite, ZAVALLIVSKE)).toMatchObject({ linked: false, verdict: 'different minerals' });
  });

  it('gives the same numbers quickly as in full', () => {
    for (const [a, b] of [
      [ZAVALE, ZAVALLIVSKE],
      [BYRZULIVSKE, LIKARIVSKE],
      [IRSHANSK_DISTRICT, IRSHANSKE],
      [MOTRONIVSKO, MALYSHEVSKE],
    ] as const) {
      const x = linkRecordOf(a);
      const y = linkRecordOf(b);
      const full = judgePair(x, y, pairKind(x, y)!, DEFAULT_LINK_SETTINGS);
      const quick = quickJudge(x, y, pairKind(x, y)!, DEFAULT_LINK_SETTINGS);
      expect(quick.linked).toBe(full.linked);
      if (quick.linked || quick.nearMiss) expect(quick.score).toBe(full.score);
    }
  });
});

function specOf(d: Deposit) {
  return {
    id: d.id,
    name: d.name.original,
    minerals: d.minerals.map((m) => [m.id, m.asWritten] as [typeof m.id, string]),
    at: d.location ? ([d.location.lat, d.location.lon, d.location.precision] as const) : undefined,
    oblast: d.oblast ? ([d.oblast.code, d.oblast.name] as [string, string]) : undefined,
    devStatus: d.devStatus.id,
  } as Parameters<typeof record>[0];
}
