// The explorer fixture's 52 real deposits (tests/fixtures/explorer/deposits.json, single-source records) linked by
// the pipeline's own linking step with its default settings, as `npm run data` links them. The result is known
// from the sources: PP1802's Irshansk and Volnogorsk districts hold the register's Іршанське and Малишевське
// deposits; PP1802's Zaval'E and Zavalyevskiy are the register's Заваллівське; 52 records make 47 deposits.

import { linkDeposits } from '../../../scripts/normalise/link.ts';
import { IssueLog } from '../../../scripts/normalise/issues.ts';
import type { Deposit, DepositFile } from '../../../src/core/deposit.ts';
import { DEFAULT_LINK_SETTINGS } from '../../../src/core/linking/pairs.ts';
import fixture from '../../fixtures/explorer/deposits.json' with { type: 'json' };

export const IRSHANSK_DISTRICT = 'pp1802:irshansk-district-titanium-50.45n-29.23e';
export const IRSHANSKE = 'ua-register:irshanske-rodovyshche-irshanskyi-rudno-rozsypnyi-raion-titanium-50.75n-28.72e';
export const VOLNOGORSK_DISTRICT = 'pp1802:volnogorsk-district-titanium-48.55n-33.45e';
export const MALYSHEVSKE = 'ua-register:malyshevske-samotkanske-tytano-tsyrkoniieve-rodovyshche-titanium-48.48n-34.02e';
export const ZAVALLIVSKE = 'ua-register:zavallivske-rodovyshche-hrafitu-graphite-48.21n-30.02e';
export const ZAVALE = 'pp1802:zavale-graphite-48.20n-30.03e';
export const ZAVALYEVSKIY = 'pp1802:zavalyevskiy-graphite-48.20n-30.03e';

let linked: DepositFile | null = null;

export function linkedFixture(): DepositFile {
  linked ??= {
    schema: 1,
    deposits: linkDeposits((fixture as unknown as DepositFile).deposits, { settings: DEFAULT_LINK_SETTINGS, overrides: null }, new IssueLog()).deposits,
  };
  return linked;
}

export function linkedDeposit(id: string): Deposit {
  const found = linkedFixture().deposits.find((d) => d.id === id);
  if (found === undefined) throw new Error(`${id} is not among the linked fixture deposits`);
  return found;
}
