// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { singleSourceDeposit, type Deposit, type DevStatusId, type OccupationStatus } from '../../../src/core/deposit.ts';
import {
  decodeExplorerData,
  decodeExplorerPoints,
  encodeExplorerIndex,
  encodeExplorerPoints,
  INDEX_VERSION,
  mineralClassOf,
  recordShardOf,
  RECORDS_PER_SHARD,
  toExplorerData,
  type ExplorerIndex,
} from '../../../src/core/explorer/compact.ts';
import type { ExplorerData } from '../../../src/core/explorer/types.ts';
import type { MineralId } from '../../../src/core/minerals.ts';
import {
  IRSHANSK_DISTRICT, IRSHANSKE, linkedDeposit, linkedFixture, MALYSHEVSKE, VOLNOGORSK_DISTRICT, ZAVALE, ZAVALLIVSKE, ZAVALYEVSKIY,
} from './linkedFixture.ts';

/** The register's row 20 as the pipeline reads it (data/ua-register/ua-critical-deposits-register.csv, line 21),
 * with a status change added to exercise the change columns. */
const AZOVSKE: Deposit = singleSourceDeposit({
  id: 'ua-register:azovske-tsyrkonii-ridkisnozemelne-rodovyshche-rare-earths-47.21n-37.33e',
  name: { original: 'Азовське цирконій-рідкісноземельне родовище', latin: 'Azovske tsyrkonii-ridkisnozemelne rodovyshche' },
  minerals: [
    { id: 'rare-earths', asWritten: 'цирконій-ітрієве рідкісноземельне; TR2O3; головний мінерал-концентратор РЗЕ – бритоліт' },
    { id: 'zirconium', asWritten: 'цирконій-ітрієве рідкісноземельне; ZrO2' },
  ],
  location: { lat: 47.210278, lon: 37.325278, precision: 'settlement' },
  country: 'UA',
  oblast: { code: 'UA-14', name: 'Donetsk Oblast', nameUk: 'Донецька область' },
  adminArea: 'Нікольський',
  devStatus: { id: 'explored', asWritten: 'exploration continuing' },
  reserves: [],
  occupation: {
    status: 'occupied',
    asOf: '2025-06-01',
    source: 'Source: DeepStateMap (deepstatemap.live), 2025-06-01',
    occupiedBefore2022: false,
    changes: [{ to: 'occupied', between: ['2022-02-23', '2022-04-03'], source: 'DeepStateMap' }],
    distanceKm: -81.4,
    reported: null,
  },
  sources: [{ dataset: 'ua-register', file: 'data/ua-register/ua-critical-deposits-register.csv', line: 21, recordId: '20', url: null }],
});

const UNLOCATED: Deposit = {
  ...AZOVSKE,
  id: 'ua-register:x',
  location: null,
  oblast: null,
  minerals: [{ id: 'gallium', asWritten: 'Gallium' }],
  occupation: { ...AZOVSKE.occupation, status: 'unknown', occupiedBefore2022: null, changes: [], distanceKm: null },
};

/** Through the bytes and JSON text the client receives, and back. */
function roundTrip(data: ExplorerData): ExplorerData {
  const bytes = encodeExplorerPoints(data);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const index = JSON.parse(JSON.stringify(encodeExplorerIndex(data))) as ExplorerIndex;
  return decodeExplorerData(decodeExplorerPoints(buffer), index);
}

describe('mineralClassOf', () => {
  it('colours by the one headline mineral a deposit has, whatever else it holds', () => {
    expect(mineralClassOf(['hafnium', 'titanium', 'zirconium'])).toBe('titanium');
    expect(mineralClassOf(['beryllium', 'lithium'])).toBe('lithium');
    expect(mineralClassOf(['graphite'])).toBe('graphite');
    expect(mineralClassOf(['rare-earths', 'zirconium'])).toBe('rare-earths');
  });

  it("is 'multi' for several headline minerals and 'other' for none", () => {
    expect(mineralClassOf(['rare-earths', 'titanium'])).toBe('multi');
    expect(mineralClassOf(['graphite', 'lithium', 'titanium'])).toBe('multi');
    expect(mineralClassOf(['niobium', 'tantalum'])).toBe('other');
    expect(mineralClassOf([])).toBe('other');
  });

  it('counts a mineral listed twice once', () => {
    expect(mineralClassOf(['lithium', 'lithium'])).toBe('lithium');
  });
});

describe('toExplorerData', () => {
  it('keeps what the explorer shows of a real register deposit', () => {
    const data = toExplorerData([AZOVSKE], '2025-06-01', 'DeepStateMap');
    expect(data.deposits[0]).toEqual({
      id: AZOVSKE.id,
      name: 'Азовське цирконій-рідкісноземельне родовище',
      latin: 'Azovske tsyrkonii-ridkisnozemelne rodovyshche',
      minerals: ['rare-earths', 'zirconium'],
      lat: 47.21028,
      lon: 37.32528,
      precision: 'settlement',
      country: 'UA',
      oblast: 'UA-14',
      datasets: ['ua-register'],
      devStatus: 'explored',
      status: 'occupied',
      occupiedBefore2022: false,
      changes: [{ to: 'occupied', between: ['2022-02-23', '2022-04-03'] }],
      distanceKm: -81.4,
      counted: true,
      aliases: [],
      otherNames: [],
      contains: [],
      containedIn: null,
    });
    expect(data.asOf).toBe('2025-06-01');
  });

  it('carries linking: a district holding a deposit is not counted, a joined deposit keeps its other ids and names', () => {
    const [district, irshanske, zavallivske] = toExplorerData(
      [linkedDeposit(IRSHANSK_DISTRICT), linkedDeposit(IRSHANSKE), linkedDeposit(ZAVALLIVSKE)],
      null,
      null,
    ).deposits;
    expect(district).toMatchObject({ counted: false, contains: [IRSHANSKE], containedIn: null, aliases: [] });
    expect(irshanske).toMatchObject({ counted: true, contains: [], containedIn: IRSHANSK_DISTRICT });
    expect(zavallivske).toMatchObject({
      counted: true,
      aliases: [ZAVALE, ZAVALYEVSKIY],
      otherNames: ["Zaval'E", 'Zavalyevskiy'],
      datasets: ['pp1802', 'ua-register'],
    });
  });

  it('reads a deposits.json written before linking as deposits linked to nothing', () => {
    const unlinked: Partial<Deposit> = { ...AZOVSKE };
    delete unlinked.link;
    const [d] = toExplorerData([unlinked as Deposit], null, null).deposits;
    expect(d).toMatchObject({ counted: true, aliases: [], otherNames: [], contains: [], containedIn: null });
  });
});

describe('explorer files', () => {
  it('give back the same data, unlocated deposits included', () => {
    const data = toExplorerData([AZOVSKE, UNLOCATED], '2025-06-01', 'DeepStateMap');
    expect(roundTrip(data)).toEqual(data);
    expect(roundTrip(data).deposits[1]!.lat).toBeNull();
  });

  it('put 11 bytes per deposit and a 16-byte header in points.bin', () => {
    const data = toExplorerData([AZOVSKE, UNLOCATED], null, null);
    const bytes = encodeExplorerPoints(data);
    expect(bytes.length).toBe(16 + 22);
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('NDRP');
    const points = decodeExplorerPoints(bytes.buffer as ArrayBuffer);
    expect(points.lon[0]).toBe(37.32528);
    expect(Number.isNaN(points.lat[1]!)).toBe(true);
  });

  it('keep the linking columns sparse: only the linked deposits appear in them, by index', () => {
    const data = toExplorerData(linkedFixture().deposits, null, null);
    const index = encodeExplorerIndex(data);
    const at = (id: string) => data.deposits.findIndex((d) => d.id === id);
    expect(index.version).toBe(INDEX_VERSION);
    expect(index.uncounted).toEqual([at(IRSHANSK_DISTRICT), at(VOLNOGORSK_DISTRICT)]);
    expect(index.contains).toEqual([
      [at(IRSHANSK_DISTRICT), [IRSHANSKE]],
      [at(VOLNOGORSK_DISTRICT), [MALYSHEVSKE]],
    ]);
    expect(index.containedIn).toEqual([
      [at(IRSHANSKE), IRSHANSK_DISTRICT],
      [at(MALYSHEVSKE), VOLNOGORSK_DISTRICT],
    ]);
    expect(index.aliases.find(([i]) => i === at(ZAVALLIVSKE))).toEqual([at(ZAVALLIVSKE), [ZAVALE, ZAVALYEVSKIY]]);
    expect(index.otherNames.find(([i]) => i === at(ZAVALLIVSKE))).toEqual([at(ZAVALLIVSKE), ["Zaval'E", 'Zavalyevskiy']]);
    expect(roundTrip(data)).toEqual(data);
  });

  it('refuse an index of the version before linking, which would lose the count rule', () => {
    const data = toExplorerData([AZOVSKE], null, null);
    const bytes = encodeExplorerPoints(data);
    const stale = { ...encodeExplorerIndex(data), version: 1 } as unknown as ExplorerIndex;
    expect(() => decodeExplorerData(decodeExplorerPoints(bytes.buffer as ArrayBuffer), stale)).toThrow(/version 2/);
  });

  it('refuse a file that is not a points file or is cut short', () => {
    const bytes = encodeExplorerPoints(toExplorerData([AZOVSKE], null, null));
    expect(() => decodeExplorerPoints(new TextEncoder().encode('{"type":"FeatureCollection"}').buffer as ArrayBuffer)).toThrow(/not an explorer points file/);
    expect(() => decodeExplorerPoints(bytes.slice(0, bytes.length - 1).buffer as ArrayBuffer)).toThrow(/bytes for 1 deposits/);
  });

  const mineral = fc.constantFrom<MineralId>('titanium', 'lithium', 'graphite', 'rare-earths', 'gallium', 'zirconium');
  const status = fc.constantFrom<OccupationStatus>('occupied', 'contested', 'not-occupied', 'not-applicable', 'unknown');
  const dev = fc.constantFrom<DevStatusId>('producer', 'past-producer', 'developed', 'explored', 'prospect', 'occurrence', 'unknown');
  const date = fc.integer({ min: 0, max: 1500 }).map((d) => new Date(Date.UTC(2022, 1, 23 + d)).toISOString().slice(0, 10));
  const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
  const deposit: fc.Arbitrary<Deposit> = fc
    .record({
    id: fc.string({ minLength: 1 }),
    name: fc.record({ original: fc.string(), latin: nullable(fc.string()) }),
    minerals: fc.uniqueArray(mineral, { maxLength: 4 }).map((ids) => ids.map((id) => ({ id, asWritten: id }))),
    location: nullable(
      fc.record({
        lat: fc.double({ min: -85, max: 85, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
        precision: fc.constantFrom('exact' as const, 'approximate' as const, 'settlement' as const),
      }),
    ),
    country: nullable(fc.constantFrom('UA', 'US', 'CN')),
    oblast: nullable(fc.constantFrom('UA-14', 'UA-23', 'UA-43').map((code) => ({ code, name: code, nameUk: code }))),
    adminArea: fc.constant(null),
    devStatus: dev.map((id) => ({ id, asWritten: null })),
    reserves: fc.constant<Deposit['reserves']>([]),
    occupation: fc.record({
      status,
      asOf: fc.constant(null),
      source: fc.constant(null),
      occupiedBefore2022: nullable(fc.boolean()),
      changes: fc.array(fc.record({ to: status, between: fc.tuple(date, date), source: fc.constant('s') }), { maxLength: 3 }),
      distanceKm: nullable(fc.integer({ min: -5000, max: 5000 }).map((d) => d / 10)),
      reported: fc.constant(null),
    }),
    sources: fc
      .array(fc.constantFrom('mrds' as const, 'pp1802' as const, 'ua-register' as const), { minLength: 1, maxLength: 3 })
      .map((ds) => ds.map((dataset) => ({ dataset, file: 'f', line: 2, recordId: '1', url: null }))),
    })
    .map(singleSourceDeposit);
  const id = fc.string({ minLength: 1, maxLength: 12 });
  const link: fc.Arbitrary<Deposit['link']> = fc.record({
    aliases: fc.uniqueArray(id, { maxLength: 3 }),
    otherNames: fc.uniqueArray(fc.string(), { maxLength: 3 }),
    contains: fc.uniqueArray(id, { maxLength: 3 }),
    containedIn: nullable(id),
  });
  const linked: fc.Arbitrary<Deposit> = fc.tuple(deposit, fc.option(link, { nil: undefined })).map(([d, l]) => (l ? { ...d, link: l } : d));

  it('round-trip any deposits (property)', () => {
    fc.assert(
      fc.property(fc.array(linked, { maxLength: 30 }), nullable(date), (deposits, asOf) => {
        const data = toExplorerData(deposits, asOf, asOf && 'DeepStateMap');
        expect(roundTrip(data)).toEqual(data);
      }),
    );
  });

  it('are the same bytes for the same deposits (property)', () => {
    fc.assert(
      fc.property(fc.array(linked, { maxLength: 20 }), (deposits) => {
        const a = toExplorerData(deposits, null, null);
        const b = toExplorerData(structuredClone(deposits), null, null);
        expect(encodeExplorerPoints(a)).toEqual(encodeExplorerPoints(b));
        expect(JSON.stringify(encodeExplorerIndex(a))).toBe(JSON.stringify(encodeExplorerIndex(b)));
      }),
    );
  });
});

describe('recordShardOf', () => {
  it('finds a deposit in the shard of its index', () => {
    expect(RECORDS_PER_SHARD).toBe(500);
    expect(recordShardOf(0)).toBe(0);
    expect(recordShardOf(499)).toBe(0);
    expect(recordShardOf(500)).toBe(1);
    expect(recordShardOf(2156)).toBe(4);
  });
});
