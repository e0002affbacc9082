// @vitest-environment node
// Known cases against the real embedded history (data/occupation). The deposits are real rows: "Bolshe Tokmak"
// (Velykyi Tokmak), "Vysokopl'ye", "Pripyat", "Perga" are PP1802 rows (pp1802-critical-minerals-global.csv lines 1275,
// 1048, 953, 251); Zavallia, Irshansk and Vilnohirsk are in PP1802 and the Ukrainian deposit facts; Simferopol and
// Donetsk are the cities, for the areas occupied before 2022. Only statuses, the order and years of the brackets and
// signs or rough sizes of distances are asserted: the numbers themselves are the code's to compute.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { singleSourceDeposit, unknownOccupation, type Deposit, type Occupation } from '../../../src/core/deposit.ts';
import { decodeHistory, type EncodedHistory } from '../../../src/core/occupation/historyCodec.ts';
import { statusOn, prepareHistory } from '../../../src/core/occupation/timeline.ts';
import { loadPlaces } from '../../../scripts/geo/places.ts';
import { enrichDeposits } from '../../../scripts/occupation/enrich.ts';

const HISTORY = new URL('../../../data/occupation/history.json.gz', import.meta.url);
const history = decodeHistory(JSON.parse(gunzipSync(readFileSync(HISTORY)).toString('utf8')) as EncodedHistory);

const CASES = {
  velykyiTokmak: [47.25, 35.7],
  vysokopilia: [46.5920444447954, 33.0478833337489],
  simferopol: [44.9521, 34.1024],
  donetsk: [48.0159, 37.8028],
  pripyat: [51.3403611112763, 29.9455250000788],
  zavallia: [48.1978699998007, 30.0333299995798],
  irshansk: [50.4529999998502, 29.2330000003498],
  vilnohirsk: [48.5500000001999, 33.4499999998002],
  perga: [51.3980600003688, 27.8944400000061],
} as const satisfies Record<string, readonly [lat: number, lon: number]>;

type CaseName = keyof typeof CASES;

function deposit(name: CaseName): Deposit {
  const [lat, lon] = CASES[name];
  return singleSourceDeposit({
    id: name,
    name: { original: name, latin: name },
    minerals: [],
    location: { lat, lon, precision: 'exact' },
    country: 'UA',
    oblast: null,
    adminArea: null,
    devStatus: { id: 'unknown', asWritten: null },
    reserves: [],
    occupation: unknownOccupation(),
    sources: [],
  });
}

const names = Object.keys(CASES) as CaseName[];
const enriched = new Map(
  enrichDeposits(names.map(deposit), history, loadPlaces()).map((d) => [d.id as CaseName, d.occupation]),
);
const occupation = (name: CaseName): Occupation => enriched.get(name)!;
const lastDate = history.snapshots[history.snapshots.length - 1]!.date;

describe('known cases in the embedded history', () => {
  it.each(['velykyiTokmak', 'vysokopilia'] as const)('%s: occupied since 2022, still occupied', (name) => {
    const o = occupation(name);
    expect(o).toMatchObject({ status: 'occupied', asOf: lastDate, occupiedBefore2022: false });
    const [first] = o.changes;
    expect(first).toMatchObject({ to: 'occupied' });
    expect(first!.between[0]).toBe('2022-02-23');
    expect(first!.between[1].slice(0, 4)).toBe('2022');
    expect(first!.source).toMatch(/^Source: DeepStateMap \(deepstatemap\.live\), 2022-/);
    expect(o.changes.every((c) => c.to === 'occupied' || c.to === 'contested')).toBe(true);
    expect(o.distanceKm).toBeLessThan(0);
  });

  it.each(['simferopol', 'donetsk'] as const)('%s: occupied before 2022, no change since', (name) => {
    expect(occupation(name)).toMatchObject({ status: 'occupied', occupiedBefore2022: true, changes: [] });
    expect(occupation(name).distanceKm).toBeLessThan(0);
  });

  it('Simferopol is measured to the front line, far to the north, not to the nearby coast', () => {
    expect(occupation('simferopol').distanceKm).toBeLessThan(-100);
  });

  it('Pripyat: occupied in February 2022 and freed by the first DeepState snapshot, 2022-04-03', () => {
    const o = occupation('pripyat');
    expect(o.status).toBe('not-occupied');
    expect(o.changes.map((c) => c.to)).toEqual(['occupied', 'not-occupied']);
    const [occupied, freed] = o.changes;
    expect(occupied!.between[0]).toBe('2022-02-23');
    expect(occupied!.between[1] <= freed!.between[1]).toBe(true);
    expect(freed!.between[1]).toBe('2022-04-03');
    expect(o.distanceKm).toBeGreaterThan(0);
  });

  it.each(['zavallia', 'irshansk', 'vilnohirsk', 'perga'] as const)('%s: never occupied', (name) => {
    expect(occupation(name)).toMatchObject({ status: 'not-occupied', occupiedBefore2022: false, changes: [] });
    expect(occupation(name).distanceKm).toBeGreaterThan(0);
  });

  it('the status on any date follows the changes: Velykyi Tokmak was not yet shown occupied before 2022-04-03', () => {
    const [lat, lon] = CASES.velykyiTokmak;
    const timeline = prepareHistory(history).timelineAt(lon, lat);
    expect(statusOn(timeline, '2022-02-22')).toBe('unknown');
    expect(statusOn(timeline, '2022-02-23')).toBe('not-occupied');
    expect(statusOn(timeline, lastDate)).toBe('occupied');
  });
});
