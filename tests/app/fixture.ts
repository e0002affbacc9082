// The component tests' data: the real deposits of tests/fixtures/explorer/deposits.json with a synthetic
// occupation history (see the README there), served by an in-memory DataSource.

import type { Deposit, DepositFile, Occupation } from '../../src/core/deposit.ts';
import { explorerDataFromDeposits } from '../../src/app/data/fromDeposits.ts';
import type { DataSource } from '../../src/app/data/source.ts';
import fixture from '../fixtures/explorer/deposits.json' with { type: 'json' };

export const AS_OF = '2025-06-01';
const SOURCE = 'Source: synthetic test history';

export const STAROKRYMSKE = 'ua-register:starokrymske-rodovyshche-hrafitu-graphite-47.16n-37.49e';
export const SHEVCHENKIVSKE = 'ua-register:shevchenkivske-rodovyshche-litiievykh-rud-beryllium-47.91n-36.71e';
export const KRASNY_OKTYABR = 'pp1802:krasny-oktyabr-gallium-47.64n-38.05e';
export const KRUTA_BALKA = 'ua-register:kruta-balka-rodovyshche-litiiu-lithium';

const HISTORIES: Record<string, Partial<Occupation>> = {
  [STAROKRYMSKE]: {
    status: 'occupied',
    occupiedBefore2022: false,
    distanceKm: -52.4,
    changes: [{ to: 'occupied', between: ['2022-02-23', '2022-04-03'], source: `${SOURCE}, 2022-04-03` }],
  },
  [SHEVCHENKIVSKE]: {
    status: 'occupied',
    occupiedBefore2022: false,
    distanceKm: -3.2,
    changes: [
      { to: 'contested', between: ['2024-12-20', '2024-12-27'], source: `${SOURCE}, 2024-12-27` },
      { to: 'occupied', between: ['2025-01-05', '2025-01-12'], source: `${SOURCE}, 2025-01-12` },
    ],
  },
  [KRASNY_OKTYABR]: { status: 'occupied', occupiedBefore2022: true, distanceKm: -61, changes: [] },
};

function withHistory(d: Deposit, i: number): Deposit {
  const history = HISTORIES[d.id];
  const base: Occupation = { ...d.occupation, asOf: AS_OF, source: `${SOURCE}, ${AS_OF}` };
  if (history) return { ...d, occupation: { ...base, ...history } };
  if (d.country !== 'UA') return { ...d, occupation: { ...base, status: 'not-applicable' } };
  if (d.location === null) return { ...d, occupation: { ...d.occupation } };
  return { ...d, occupation: { ...base, status: 'not-occupied', occupiedBefore2022: false, distanceKm: 40 + i } };
}

export const DEPOSITS: Deposit[] = (fixture as unknown as DepositFile).deposits.map(withHistory);
export const FILE: DepositFile = { schema: 1, deposits: DEPOSITS };

/** In the synthetic history Shevchenkivske lay outside the line, 8.5 km from it, until its first change. */
export const SHEVCHENKIVSKE_KM_BEFORE = 8.5;
const SHEVCHENKIVSKE_FIRST_CHANGE = '2024-12-20';

export function fixtureSource(file: DepositFile = FILE): DataSource {
  const byId = new Map(file.deposits.map((d) => [d.id, d]));
  return {
    explorer: async () => explorerDataFromDeposits(file),
    record: async (id) => byId.get(id) ?? null,
    records: async (ids) => ids.flatMap((id) => byId.get(id) ?? []),
    occupation: async (date) => ({
      date,
      occupied: null,
      contested: null,
      occupiedBefore2022: null,
      attribution: `${SOURCE}, ${date}`,
    }),
    distances: async (date) =>
      file.deposits.map((d) =>
        d.id === SHEVCHENKIVSKE && date < SHEVCHENKIVSKE_FIRST_CHANGE ? SHEVCHENKIVSKE_KM_BEFORE : d.occupation.distanceKm,
      ),
  };
}
