// @vitest-environment node
// The three forms of PP1802 are one reader: the same record gives the same deposit in each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Deposit } from '../../../src/core/deposit.ts';
import { precisionOfName } from '../../../scripts/formats/pp1802.ts';
import { loadPlaces } from '../../../scripts/geo/places.ts';
import { normaliseInputs } from '../../../scripts/normalise/run.ts';

const places = loadPlaces();

function read(path: string): Deposit[] {
  const result = normaliseInputs([{ path, bytes: readFileSync(path) }], { format: null, columns: {}, places });
  expect(result.report.files[0]).toMatchObject({ format: 'pp1802', rowsRejected: 0 });
  return result.deposits;
}

const comparable = (d: Deposit) => ({ id: d.id, name: d.name, minerals: d.minerals, location: d.location, oblast: d.oblast });

describe('PP1802 reader', () => {
  it('reads the GeoPandas form (index column, DBF names, WKT geometry) like the X/Y export', () => {
    const geopandas = read('tests/fixtures/pp1802/pp1802-geopandas.csv');
    const export_ = new Map(read('tests/fixtures/pp1802/pp1802-sample.csv').map((d) => [d.id, d]));
    expect(geopandas.map((d) => d.name.original)).toEqual(['Bolshe Tokmak', 'Korosten pluton', 'Perga', 'Pripyat', "Vysokopl'ye"]);
    for (const deposit of geopandas) expect(comparable(deposit)).toEqual(comparable(export_.get(deposit.id)!));
  });

  it('takes the longitude first from WKT', () => {
    const tokmak = read('tests/fixtures/pp1802/pp1802-geopandas.csv').find((d) => d.name.original === 'Bolshe Tokmak')!;
    expect(tokmak.location).toEqual({ lat: 47.25, lon: 35.7, precision: 'approximate' });
    expect(tokmak.oblast?.code).toBe('UA-23');
  });

  it.each([
    ['Irshansk district', 'Ukraine', 'district'],
    ['Korosten pluton', 'Ukraine', 'district'],
    ['Madagascar', 'Madagascar', 'region'],
    ['Nova Scotia', 'Canada', 'approximate'],
    ['Southern mining regions of the former Soviet Union', 'Russia', 'region'],
    ['Perga', 'Ukraine', 'approximate'],
  ])('infers the precision of "%s" from its name', (name, location, precision) => {
    expect(precisionOfName(name, location)).toBe(precision);
  });
});
