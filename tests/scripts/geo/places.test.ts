// @vitest-environment node
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { COUNTRY_TOLERANCE_KM, loadPlaces } from '../../../scripts/geo/places.ts';
import { countryCode } from '../../../src/core/countries.ts';

const places = loadPlaces();

describe('oblastAt', () => {
  it('finds the oblast with its ISO code, English and Ukrainian names', () => {
    expect(places.oblastAt(35.14, 47.84)).toEqual({
      code: 'UA-23',
      name: 'Zaporizhzhia Oblast',
      nameUk: 'Запорізька область',
    });
  });

  it('places Crimea, Sevastopol and Kyiv (a hole in Kyiv Oblast, with an enclave of the oblast inside)', () => {
    expect(places.oblastAt(34.1, 44.95)?.code).toBe('UA-43'); // Simferopol
    expect(places.oblastAt(33.52, 44.6)?.code).toBe('UA-40'); // Sevastopol
    expect(places.oblastAt(30.52, 50.45)?.code).toBe('UA-30'); // Kyiv
    expect(places.oblastAt(30.335, 50.487)?.code).toBe('UA-32'); // Kotsiubynske, enclave inside Kyiv
    expect(places.oblastAt(30.11, 49.8)?.code).toBe('UA-32'); // Bila Tserkva
  });

  it('gives offshore points in the territorial sea an oblast, and nothing beyond it', () => {
    expect(places.oblastAt(30.85, 46.4)?.code).toBe('UA-51'); // off Odesa
    expect(places.oblastAt(34, 43.5)).toBeNull(); // middle of the Black Sea
    expect(places.oblastAt(28.86, 47.01)).toBeNull(); // Chișinău
  });
});

describe('inCountry', () => {
  it('treats Crimea and Sevastopol as Ukraine, not Russia (Natural Earth draws them in Russia)', () => {
    for (const [lon, lat] of [[34.1, 44.95], [33.52, 44.6]] as const) {
      expect(places.inCountry('UA', lon, lat)).toBe(true);
      expect(places.inCountry('RU', lon, lat)).toBe(false);
    }
  });

  it('places Chișinău in Moldova and not in Ukraine', () => {
    expect(places.inCountry('MD', 28.86, 47.01)).toBe(true);
    expect(places.inCountry('ua', 28.86, 47.01)).toBe(false);
  });

  it('catches Antamina with its hemisphere signs dropped (MRDS), and accepts the real one', () => {
    expect(places.inCountry('PE', 77.1087, 9.55564)).toBe(false);
    expect(places.inCountry('IN', 77.1087, 9.55564)).toBe(true);
    expect(places.inCountry('PE', -77.0526, -9.5356)).toBe(true);
  });

  it('places the PP1802 Madneuli row where its coordinates are, and the swapped pair in Georgia', () => {
    // As written (lat 44.49, lon 41.36) the point lies in Russia (Krasnodar Krai), which is presumably why the row
    // says "Russia"; the mine is in Georgia at 41.37 N, 44.48 E, i.e. with latitude and longitude swapped.
    expect(places.inCountry('RU', 41.36, 44.49)).toBe(true);
    expect(places.inCountry('RU', 44.49, 41.36)).toBe(false);
    expect(places.inCountry('GE', 44.49, 41.36)).toBe(true);
  });

  it(`counts points within ${COUNTRY_TOLERANCE_KM} km of a generalised coastline as inside`, () => {
    // Real PP1802 rows that lie just outside Natural Earth's coastline.
    expect(places.inCountry('SE', 18.353333, 59.426667)).toBe(true); // Ytterby
    expect(places.inCountry('GB', -5.701389, 50.130833)).toBe(true); // Cornwall
    expect(places.inCountry('PE', -78.5, -12.1)).toBe(false); // ~140 km off the coast
  });

  it('handles Russia across the antimeridian and in the far north', () => {
    expect(places.inCountry('RU', 33.883333, 67.616667)).toBe(true); // Khibiny
    expect(places.inCountry('RU', 177.5, 64.73)).toBe(true); // Anadyr
    expect(places.inCountry('RU', -169.8, 66.16)).toBe(true); // Uelen, east of 180°
    expect(places.inCountry('NO', 0, 65)).toBe(false); // Norwegian Sea
  });

  it('has no shape for codes it does not know or that Natural Earth folds into another country', () => {
    expect(places.inCountry('ZZ', 30, 50)).toBeNull();
    expect(places.inCountry('GF', -52.33, 4.92)).toBeNull(); // French Guiana is part of France's shape
    expect(places.inCountry('FR', -52.33, 4.92)).toBe(true);
    expect(places.inCountry('XK', 20.92, 42.94)).toBe(true); // Trepča
  });

  it('accepts a point in Kosovo for Serbia, as sources that do not recognise the border write it', () => {
    expect(places.inCountry('RS', 20.92, 42.94)).toBe(true);
    expect(places.inCountry('RS', 21.23, 45.75)).toBe(false); // Timișoara, Romania
  });

  it('is loaded once', () => {
    expect(loadPlaces()).toBe(places);
  });
});

describe('every PP1802 row against its LOCATION (real data)', () => {
  it('finds exactly the rows whose coordinates are outside their stated country', () => {
    const csv = readFileSync(
      new URL('../../../data/usgs/pp1802-critical-minerals-global.csv', import.meta.url),
      'utf8',
    );
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2121);
    const outside: Record<string, boolean | null> = {};
    for (const row of rows) {
      const iso2 = countryCode(row.LOCATION!);
      if (iso2 === null) continue;
      const verdict = places.inCountry(iso2, Number(row.LONGITUDE), Number(row.LATITUDE));
      if (verdict !== true) outside[`${row.DEPOSIT_NAME!} (${iso2})`] = verdict;
    }
    expect(outside).toEqual({
      // More than 10 km offshore of Natural Earth 1:10m's coastline.
      'Taganaan (PH)': false,
      // French Guiana has no shape of its own in Natural Earth's admin-0 countries.
      'Carriére Sophie (GF)': null,
      'Roura Mountains (GF)': null,
      // A source label that disagrees with the coordinates: the point is in China.
      'Southern mining regions of the former Soviet Union (RU)': false,
    });
  });
});
