// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countsInTotals } from '../../../src/core/linking/counting.ts';
import { findConflicts } from '../../../src/core/linking/conflicts.ts';
import { mergeMembers, orderMembers } from '../../../src/core/linking/merge.ts';
import { DEFAULT_LINK_SETTINGS } from '../../../src/core/linking/pairs.ts';
import { BOLSHE_TOKMAK, MALYSHEVSKE, MOTRONIVSKO, VELYKOTOKMATSKE, ZAVALE, ZAVALLIVSKE, ZAVALYEVSKIY } from './records.ts';

describe('mergeMembers', () => {
  const zavallia = mergeMembers(orderMembers([ZAVALYEVSKIY, ZAVALE, ZAVALLIVSKE]));

  it('takes the id and name of the register record and keeps the PP1802 ids as aliases', () => {
    expect(zavallia.id).toBe(ZAVALLIVSKE.id);
    expect(zavallia.name).toEqual(ZAVALLIVSKE.name);
    expect(zavallia.link.aliases).toEqual([ZAVALE.id, ZAVALYEVSKIY.id]);
    expect(zavallia.link.otherNames).toEqual(["Zaval'E", 'Zavalyevskiy']);
    expect(zavallia.sources.map((s) => s.line)).toEqual([16, 1139, 2000]);
  });

  it('merges the minerals with each source wording and says where each field came from', () => {
    expect(zavallia.minerals).toEqual([{ id: 'graphite', asWritten: 'Графіт; Graphite' }]);
    // All three are approximate: the tie goes to the first member, the register.
    expect(zavallia.location).toEqual(ZAVALLIVSKE.location);
    expect(zavallia.origin).toEqual({ name: 0, location: 0, country: 0, oblast: 0, adminArea: null, devStatus: 0, reported: null });
    expect(zavallia.devStatus.id).toBe('producer');
  });

  it('takes the most precise location wherever it comes from', () => {
    const tokmak = mergeMembers(orderMembers([BOLSHE_TOKMAK, VELYKOTOKMATSKE]));
    expect(tokmak.id).toBe(VELYKOTOKMATSKE.id);
    // PP1802's point is approximate, the register's a settlement's.
    expect(tokmak.location).toEqual(BOLSHE_TOKMAK.location);
    expect(tokmak.origin.location).toBe(1);
    expect(tokmak.sources[tokmak.origin.location!]!.dataset).toBe('pp1802');
  });

  it('gives the same deposit whatever order the members come in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([ZAVALE, ZAVALYEVSKIY, ZAVALLIVSKE], { minLength: 3, maxLength: 3 }), (members) => {
        expect(mergeMembers(orderMembers(members))).toEqual(zavallia);
      }),
    );
  });
});

describe('findConflicts', () => {
  it('warns when linked records disagree on the development status, naming both', () => {
    const members = orderMembers([MOTRONIVSKO, MALYSHEVSKE]);
    const conflicts = findConflicts(members, mergeMembers(members), DEFAULT_LINK_SETTINGS);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.field).toBe('devStatus');
    expect(conflicts[0]!.member).toBe(MOTRONIVSKO);
    expect(conflicts[0]!.message).toContain(`ua-register:${MALYSHEVSKE.sources[0]!.recordId} (ua-register.csv line 10)`);
    expect(conflicts[0]!.message).toContain('this record says developed');
  });

  it('warns about a member farther from the location than its radius', () => {
    const far = { ...ZAVALE, location: { lat: 48.4, lon: 30.03, precision: 'approximate' as const } };
    const members = orderMembers([far, ZAVALLIVSKE]);
    const [conflict] = findConflicts(members, mergeMembers(members), DEFAULT_LINK_SETTINGS);
    expect(conflict).toMatchObject({ field: 'location', member: far });
    expect(findConflicts(orderMembers([ZAVALE, ZAVALLIVSKE]), mergeMembers(orderMembers([ZAVALE, ZAVALLIVSKE])), DEFAULT_LINK_SETTINGS)).toEqual([]);
  });
});

describe('countsInTotals', () => {
  it('counts a district only when it holds no deposit of its own', () => {
    expect(countsInTotals(ZAVALE)).toBe(true);
    expect(countsInTotals({ link: { ...ZAVALE.link, contains: [ZAVALLIVSKE.id] } })).toBe(false);
  });
});
