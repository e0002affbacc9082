// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/core/deposit.ts';
import { MINERALS } from '../../../src/core/minerals.ts';
import { OBLAST_LIST } from '../../../src/core/oblasts.ts';
import {
  DEFAULT_VIEW, DEV_STATUSES, LANGUAGES, parseView, serialiseView, SORT_KEYS, STATUSES, type ViewState,
} from '../../../src/app/state/url.ts';

const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const km = fc.double({ noNaN: true, noDefaultInfinity: true, min: -2000, max: 2000 }).map((x) => (Object.is(x, -0) ? 0 : x));
const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const view: fc.Arbitrary<ViewState> = fc.record({
  filters: fc.record({
    minerals: fc.uniqueArray(fc.constantFrom(...MINERALS.map((m) => m.id)), { maxLength: 5 }).map((ids) => ids.sort()),
    status: orNull(fc.constantFrom(...STATUSES)),
    occupiedBefore2022: orNull(fc.boolean()),
    oblast: orNull(fc.constantFrom(...OBLAST_LIST.map((o) => o.code))),
    dataset: orNull(fc.constantFrom(...DATASETS)),
    devStatus: orNull(fc.constantFrom(...DEV_STATUSES)),
    distanceMin: orNull(km),
    distanceMax: orNull(km),
    query: fc.string({ unit: 'binary' }),
  }),
  date: orNull(date),
  sort: orNull(fc.record({ key: fc.constantFrom(...SORT_KEYS), descending: fc.boolean() })),
  language: fc.constantFrom(...LANGUAGES),
  id: orNull(fc.string({ minLength: 1, unit: 'binary' })),
});

describe('view URL', () => {
  it('reads the permalink of the issue', () => {
    const parsed = parseView('?minerals=lithium,graphite&status=occupied&oblast=UA-14&date=2023-06-01&lang=uk&id=ua-register:kruta-balka-rodovyshche-litiiu-lithium');
    expect(parsed).toEqual({
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_VIEW.filters, minerals: ['graphite', 'lithium'], status: 'occupied', oblast: 'UA-14' },
      date: '2023-06-01',
      language: 'uk',
      id: 'ua-register:kruta-balka-rodovyshche-litiiu-lithium',
    });
    expect(serialiseView(parsed)).toBe(
      '?minerals=graphite,lithium&status=occupied&oblast=UA-14&date=2023-06-01&lang=uk&id=ua-register%3Akruta-balka-rodovyshche-litiiu-lithium',
    );
  });

  it('writes nothing for the default view and every other filter by name', () => {
    expect(serialiseView(DEFAULT_VIEW)).toBe('');
    const view: ViewState = {
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_VIEW.filters, occupiedBefore2022: false, dataset: 'pp1802', devStatus: 'past-producer', distanceMin: -10, distanceMax: 25.5, query: "Знам'янка & co" },
      sort: { key: 'distance', descending: true },
    };
    expect(serialiseView(view)).toBe(
      '?before2022=no&dataset=pp1802&devStatus=past-producer&distanceMin=-10&distanceMax=25.5&q=%D0%97%D0%BD%D0%B0%D0%BC\'%D1%8F%D0%BD%D0%BA%D0%B0%20%26%20co&sort=-distance',
    );
  });

  it('drops what it does not understand', () => {
    const parsed = parseView('?minerals=lithium,kryptonite,lithium&status=liberated&oblast=UA-99&date=2023-02-30&lang=de&sort=weight&distanceMin=abc&before2022=maybe&dataset=x&id=');
    expect(parsed).toEqual({ ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, minerals: ['lithium'] } });
  });

  it('reads back every view it writes', () => {
    fc.assert(
      fc.property(view, (v) => {
        expect(parseView(serialiseView(v))).toEqual(v);
      }),
    );
  });

  it('gives any query string one canonical form', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const once = serialiseView(parseView(search));
        expect(serialiseView(parseView(once))).toBe(once);
      }),
    );
  });
});
