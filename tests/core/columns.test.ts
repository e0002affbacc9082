// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findColumn, indexColumns, normaliseColumnName } from '../../src/core/columns.ts';

describe('normaliseColumnName', () => {
  it.each([
    ['dep_id', 'DEP ID'],
    ['DEPOSIT_NAME', 'Deposit Name'],
    ['depositName', 'deposit-name'],
    ['\uFEFFX', 'x'],
    ['"LOC_DETAIL"', 'loc detail'],
    ['  Пн. широта ', 'пн широта'],
    ['Сх.довгота', 'СХ ДОВГОТА'],
    ["Назва об'єкта", 'Назва об’єкта'],
    ['Назва обʼєкта', "назва об'єкта"],
    ['«Область»', 'область'],
    ['Ї\u0301жак', 'ї\u0301жак'.normalize('NFD')],
    ['prev_name', 'prev\u00a0name'],
  ])('%j and %j are the same column', (a, b) => {
    expect(normaliseColumnName(a)).toBe(normaliseColumnName(b));
  });

  it.each([
    ['latitude', 'longitude'],
    ['LATITUDE', 'Y'],
    ['Пн. широта', 'Сх. довгота'],
    ['commod1', 'commod2'],
    ['Назва', 'Haзва'],
  ])('%j and %j stay different', (a, b) => {
    expect(normaliseColumnName(a)).not.toBe(normaliseColumnName(b));
  });

  it('keeps Cyrillic letters, lower-cased', () => {
    expect(normaliseColumnName('Корисні копалини')).toBe('кориснікопалини');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'Я', '"', "'", '«', '»', '’', ' ', '_', '.', '-') }),
        (name) => {
          const once = normaliseColumnName(name);
          expect(normaliseColumnName(once)).toBe(once);
        },
      ),
    );
  });
});

describe('indexColumns and findColumn', () => {
  // The header of the PP1802 points file.
  const pp1802 = [
    'X',
    'Y',
    'DEPOSIT_NAME',
    'CRITICAL_MINERAL',
    'DEPOSIT_TYPE',
    'LATITUDE',
    'LONGITUDE',
    'LOCATION',
    'LOC_DETAIL',
  ];

  it('finds a column by any spelling of its name', () => {
    const index = indexColumns(pp1802);
    expect(findColumn(index, ['deposit name'])).toBe(2);
    expect(findColumn(index, ['Loc-Detail'])).toBe(8);
    expect(findColumn(index, ['lat', 'latitude', 'y'])).toBe(5);
  });

  it('returns the first alias present, not the first column', () => {
    const index = indexColumns(pp1802);
    expect(findColumn(index, ['y', 'latitude'])).toBe(1);
    expect(findColumn(index, ['site_name', 'dep_name'])).toBeUndefined();
  });

  it('keeps the first of two columns with the same name', () => {
    const index = indexColumns(['Назва', 'Область', 'назва ']);
    expect(findColumn(index, ['НАЗВА'])).toBe(0);
    expect(index.size).toBe(2);
  });

  it('matches a Ukrainian register header as written in a --columns map', () => {
    const index = indexColumns(['№ з/п', "Назва об’єкта", 'Корисні копалини', 'Пн. широта', 'Сх. довгота']);
    expect(findColumn(index, ["Назва об'єкта"])).toBe(1);
    expect(findColumn(index, ['пн широта'])).toBe(3);
    expect(findColumn(index, ['Сх.довгота'])).toBe(4);
  });
});
