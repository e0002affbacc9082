// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCoordinate, parseCoordinatePair, parseNumber, type Axis } from '../../src/core/coordinates.ts';
import facts from '../fixtures/coordinates/deposits-facts-coordinates.json' with { type: 'json' };

const HALF_ARC_SECOND = 0.5 / 3600;

function expectOk(result: ReturnType<typeof parseCoordinate>): number {
  if (!result.ok) throw new Error(`expected a coordinate, got: ${result.reason}`);
  return result.value;
}

function expectPair(result: ReturnType<typeof parseCoordinatePair>): [number, number] {
  if (!result.ok) throw new Error(`expected a pair, got: ${result.reason}`);
  return [result.lat, result.lon];
}

function reasonOf(result: { ok: boolean; reason?: string }): string {
  if (result.ok) throw new Error('expected a failure');
  return result.reason ?? '';
}

describe('parseNumber', () => {
  it.each([
    ['48.2', 48.2],
    ['48,2', 48.2],
    ['−48.2', -48.2],
    ['-48,2', -48.2],
    ['+30.5', 30.5],
    [' 48 ', 48],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u2009234,5', 1234.5],
    ['1\u202f234\u202f567', 1234567],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['.5', 0.5],
    ['-0', 0],
    ['1.5e-7', 1.5e-7],
    ['-2E+3', -2000],
    ['4,05E-3', 0.00405],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', '   ', 'abc', '48 13', '48 13 12', '5.', '48°', '1,2,3', '1.2.3,4,5', '12 34,5', '- 48', '48N', '48E', '1e', '1 234e5', '1e400'])(
    'rejects %j',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );

  it('reads back any finite number written with a point or a comma', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.boolean(), (x, comma) => {
        const written = x.toFixed(6);
        const text = comma ? written.replace('.', ',') : written;
        expect(parseNumber(text)).toBeCloseTo(Number(written), 9);
      }),
    );
  });
});

describe('parseCoordinate', () => {
  it.each<[string, Axis, number]>([
    ['48.2', 'lat', 48.2],
    ['48,2', 'lat', 48.2],
    ['−33.5', 'lat', -33.5],
    ['48 13 12', 'lat', 48.22],
    ["48°13'12'' пн.ш.", 'lat', 48.22],
    ['48°13′12″ пн. ш.', 'lat', 48.22],
    ['48°13\'12" N', 'lat', 48.22],
    ['48º13′12″', 'lat', 48.22],
    ['48˚13′12″', 'lat', 48.22],
    ['48°13.2′', 'lat', 48.22],
    ['48°13,2′', 'lat', 48.22],
    ['48° 13′ 12″', 'lat', 48.22],
    ['48°54′34″N', 'lat', 48 + 54 / 60 + 34 / 3600],
    ['33°55′S', 'lat', -(33 + 55 / 60)],
    ['S 33°55′', 'lat', -(33 + 55 / 60)],
    ['33°55′ пд. ш.', 'lat', -(33 + 55 / 60)],
    ['33°55′ ю. ш.', 'lat', -(33 + 55 / 60)],
    ['47°09′35″ с. ш.', 'lat', 47 + 9 / 60 + 35 / 3600],
    ['31°10′49″ сх. д.', 'lon', 31 + 10 / 60 + 49 / 3600],
    ['70°10′ зх. д.', 'lon', -(70 + 10 / 60)],
    ['70°10′ з. д.', 'lon', -(70 + 10 / 60)],
    ['70°10′ W', 'lon', -(70 + 10 / 60)],
    ['37°29′13″ в. д.', 'lon', 37 + 29 / 60 + 13 / 3600],
    ['-48°13′12″', 'lat', -48.22],
    ['Latitude: 48.5', 'lat', 48.5],
    ['90', 'lat', 90],
    ['-180', 'lon', -180],
  ])('reads %j as a %s of %d', (text, axis, value) => {
    expect(expectOk(parseCoordinate(text, axis))).toBeCloseTo(value, 9);
  });

  it('says whether a hemisphere was written', () => {
    expect(parseCoordinate('48.2', 'lat')).toEqual({ ok: true, value: 48.2, hemisphereGiven: false });
    expect(parseCoordinate('48.2 N', 'lat')).toEqual({ ok: true, value: 48.2, hemisphereGiven: true });
  });

  it.each<[string, Axis, string]>([
    ['48°61′', 'lat', 'minutes must be below 60, got 61'],
    ['48°13′60″', 'lat', 'seconds must be below 60, got 60'],
    ['48 13 75', 'lat', 'seconds must be below 60, got 75'],
    ['48°-13′', 'lat', 'minutes must not be negative, got -13'],
    ['91.2', 'lat', 'latitude must be between -90 and 90, got 91.2'],
    ['90°00′01″', 'lat', 'latitude must be between -90 and 90, got 90.000278'],
    ['180.5', 'lon', 'longitude must be between -180 and 180, got 180.5'],
    ['', 'lat', 'not a coordinate: expected decimal degrees or degrees-minutes-seconds, got nothing'],
  ])('rejects %j as a %s: %s', (text, axis, reason) => {
    expect(reasonOf(parseCoordinate(text, axis))).toBe(reason);
  });

  it.each<[string, Axis, string]>([
    ['48°13′12″ E', 'lat', "expected a latitude, got 'E'"],
    ['30° сх. д.', 'lat', "expected a latitude, got 'сх д'"],
    ['-48°13′12″ N', 'lat', 'a minus sign and a hemisphere'],
    ['48.5°13′', 'lat', 'only the last of degrees, minutes and seconds may have decimals'],
    ['48°12″', 'lat', 'degrees, minutes and seconds must come in that order'],
    ['48 13 12 10', 'lat', 'more than three numbers'],
    ['48°13′ Q', 'lat', "'Q' is not a known hemisphere"],
    ['48°13′ nördlich', 'lat', "'nördlich' is not a known hemisphere"],
    ['48°13′ (approx.)', 'lat', "unexpected '('"],
    ['N 48° S', 'lat', 'two hemisphere words'],
  ])('rejects %j as a %s, saying %j', (text, axis, reason) => {
    expect(reasonOf(parseCoordinate(text, axis))).toContain(reason);
  });

  it('reads degrees-minutes-seconds written in any style back within half an arc-second', () => {
    fc.assert(
      fc.property(coordinateArbitrary, fc.constantFrom(...DMS_STYLES), ({ axis, value }, style) => {
        const text = style(value, axis);
        expect(Math.abs(expectOk(parseCoordinate(text, axis)) - value)).toBeLessThanOrEqual(HALF_ARC_SECOND + 1e-12);
      }),
    );
  });

  it('reads decimal degrees written with a point or a comma back exactly', () => {
    fc.assert(
      fc.property(coordinateArbitrary, fc.boolean(), ({ axis, value }, comma) => {
        const written = String(value);
        const text = comma ? written.replace('.', ',') : written;
        expect(Math.abs(expectOk(parseCoordinate(text, axis)) - value)).toBeLessThanOrEqual(1e-9);
      }),
    );
  });

  it('rejects minutes or seconds of 60 or more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 89 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 60, max: 999 }),
        fc.boolean(),
        (degrees, valid, tooMany, inMinutes) => {
          const [minutes, seconds] = inMinutes ? [tooMany, valid] : [valid, tooMany];
          const reason = reasonOf(parseCoordinate(`${degrees}°${minutes}′${seconds}″`, 'lat'));
          expect(reason).toBe(`${inMinutes ? 'minutes' : 'seconds'} must be below 60, got ${tooMany}`);
        },
      ),
    );
  });
});

describe('parseCoordinatePair', () => {
  it.each(facts.map((row) => [row.id, row.asWritten, row.lat, row.lon] as const))(
    'reads the %s cell %j as the table converted it',
    (_id, text, lat, lon) => {
      const [readLat, readLon] = expectPair(parseCoordinatePair(text));
      // The table gives 6 decimals and, for cells written twice, sometimes the decimal rendering.
      expect(Math.abs(readLat - lat)).toBeLessThanOrEqual(HALF_ARC_SECOND + 1e-6);
      expect(Math.abs(readLon - lon)).toBeLessThanOrEqual(HALF_ARC_SECOND + 1e-6);
    },
  );

  it.each<[string, number, number]>([
    ['48.21145630 30.01926613', 48.2114563, 30.01926613],
    ['48.2, 30.0', 48.2, 30],
    ['48,2; 30,0', 48.2, 30],
    ['48,2 30,0', 48.2, 30],
    ['48.2,30.1', 48.2, 30.1],
    ['-33.5, -70.25', -33.5, -70.25],
    ['48°54′34″N 36°42′45″E', 48 + 54 / 60 + 34 / 3600, 36 + 42 / 60 + 45 / 3600],
    ['48°23′16″ пн. ш. 31°10′49″ сх. д.', 48 + 23 / 60 + 16 / 3600, 31 + 10 / 60 + 49 / 3600],
    ['GPS координати: 48.21145630 30.01926613', 48.2114563, 30.01926613],
    ['47°54′34″N 36°42′45″E / 47.90934°N 36.71259°E', 47 + 54 / 60 + 34 / 3600, 36 + 42 / 60 + 45 / 3600],
    ['36°42′45″E 47°54′34″N', 47 + 54 / 60 + 34 / 3600, 36 + 42 / 60 + 45 / 3600],
    ['N 48.2 E 30.1', 48.2, 30.1],
    ['E 30.1 N 48.2', 48.2, 30.1],
    ['48.2N 30.1', 48.2, 30.1],
    ['30.1E 48.2', 48.2, 30.1],
    ['48 13 12 30 01 09', 48.22, 30 + 1 / 60 + 9 / 3600],
    ['48 13 30 01', 48 + 13 / 60, 30 + 1 / 60],
    ['48°13′ 30°01′09″', 48 + 13 / 60, 30 + 1 / 60 + 9 / 3600],
    ['33°55′ S, 70°10′ W', -(33 + 55 / 60), -(70 + 10 / 60)],
    ['48.2/30.1', 48.2, 30.1],
    ['48°13′ пн. ш. / 30°01′ сх. д.', 48 + 13 / 60, 30 + 1 / 60],
  ])('reads %j', (text, lat, lon) => {
    const [readLat, readLon] = expectPair(parseCoordinatePair(text));
    expect(readLat).toBeCloseTo(lat, 9);
    expect(readLon).toBeCloseTo(lon, 9);
  });

  it.each<[string, string]>([
    ['48.2', 'not a coordinate pair'],
    ['48.2 30.1 29.0', 'not a coordinate pair'],
    ['48 13 12 30 01', 'cannot tell where the latitude ends'],
    ['48.2E 30.1E', 'both coordinates are longitudes'],
    ['48.2 30.1 Q', "'Q' is not a known hemisphere"],
    ['48°61′ 30°00′', 'latitude: minutes must be below 60, got 61'],
    ['48° 190°', 'longitude: longitude must be between -180 and 180, got 190'],
    ['48.2 30.1 / 49.2 30.1', 'the two renderings disagree: 48.2, 30.1 and 49.2, 30.1'],
    ['47°54′N 36°42′E / 47.93°N 36.71°E', 'the two renderings disagree'],
    ['48.2 30.1 / 48.2 30.1 / 48.2 30.1', 'more than two renderings'],
    ['48.2-30.1', "unexpected '-'"],
  ])('rejects %j, saying %j', (text, reason) => {
    expect(reasonOf(parseCoordinatePair(text))).toContain(reason);
  });

  it('accepts two renderings that agree to the precision of the coarser one', () => {
    expect(expectPair(parseCoordinatePair('47°54′N 36°42′E / 47.905°N 36.705°E'))).toEqual([47.9, 36.7]);
  });

  it('reads a pair written in any style back within half an arc-second, in either order', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.constantFrom(...DMS_STYLES.filter((style) => style.hemisphere)),
        fc.constantFrom(', ', '; ', ' '),
        fc.boolean(),
        (lat, lon, style, separator, lonFirst) => {
          const [a, b] = lonFirst ? [style(lon, 'lon'), style(lat, 'lat')] : [style(lat, 'lat'), style(lon, 'lon')];
          const [readLat, readLon] = expectPair(parseCoordinatePair(`${a}${separator}${b}`));
          expect(Math.abs(readLat - lat)).toBeLessThanOrEqual(HALF_ARC_SECOND + 1e-12);
          expect(Math.abs(readLon - lon)).toBeLessThanOrEqual(HALF_ARC_SECOND + 1e-12);
        },
      ),
    );
  });
});

// A small formatter for the properties: each style writes a coordinate as some source would.

type DmsStyle = ((value: number, axis: Axis) => string) & { hemisphere: boolean };

const coordinateArbitrary = fc.oneof(
  fc.double({ min: -90, max: 90, noNaN: true }).map((value) => ({ axis: 'lat' as Axis, value })),
  fc.double({ min: -180, max: 180, noNaN: true }).map((value) => ({ axis: 'lon' as Axis, value })),
);

/** Degrees, minutes and seconds of |value|, the seconds rounded to `decimals` places with the carry done. */
function dms(value: number, decimals: number): { d: number; m: number; s: string } {
  const scale = 10 ** decimals;
  const total = Math.round(Math.abs(value) * 3600 * scale);
  const d = Math.floor(total / (3600 * scale));
  const m = Math.floor((total - d * 3600 * scale) / (60 * scale));
  const s = ((total - d * 3600 * scale - m * 60 * scale) / scale).toFixed(decimals);
  return { d, m, s };
}

function hemisphereLetter(value: number, axis: Axis): string {
  if (axis === 'lat') return value < 0 ? 'S' : 'N';
  return value < 0 ? 'W' : 'E';
}

const WORDS: Record<string, Record<string, string>> = {
  uk: { N: 'пн. ш.', S: 'пд. ш.', E: 'сх. д.', W: 'зх. д.' },
  ru: { N: 'с. ш.', S: 'ю. ш.', E: 'в. д.', W: 'з. д.' },
};

function style(hemisphere: boolean, write: (value: number, axis: Axis) => string): DmsStyle {
  return Object.assign(write, { hemisphere });
}

const DMS_STYLES: readonly DmsStyle[] = [
  style(true, (v, axis) => {
    const { d, m, s } = dms(v, 0);
    return `${d}°${m}′${s}″${hemisphereLetter(v, axis)}`;
  }),
  style(true, (v, axis) => {
    const { d, m, s } = dms(v, 0);
    return `${d}°${m}'${s}'' ${hemisphereLetter(v, axis)}`;
  }),
  style(true, (v, axis) => {
    const { d, m, s } = dms(v, 2);
    return `${d}°${String(m).padStart(2, '0')}'${s.replace('.', ',')}" ${WORDS.uk?.[hemisphereLetter(v, axis)]}`;
  }),
  style(true, (v, axis) => {
    const { d, m, s } = dms(v, 1);
    return `${d}º ${m}′ ${s}″ ${WORDS.ru?.[hemisphereLetter(v, axis)]}`;
  }),
  style(true, (v, axis) => {
    const { d, m, s } = dms(v, 0);
    return `${hemisphereLetter(v, axis)} ${d}˚${m}′${s}″`;
  }),
  style(true, (v, axis) => {
    const minutes = (Math.abs(v) * 60).toFixed(4);
    const d = Math.floor(Number(minutes) / 60);
    return `${d}°${(Number(minutes) - d * 60).toFixed(4)}′${hemisphereLetter(v, axis)}`;
  }),
  style(false, (v) => {
    const { d, m, s } = dms(v, 0);
    return `${v < 0 ? '−' : ''}${d} ${m} ${s}`;
  }),
  style(false, (v) => {
    const { d, m, s } = dms(v, 3);
    return `${v < 0 ? '-' : ''}${d}°${m}′${s}″`;
  }),
];
