// Deposit records for the linking tests, with the values of real rows of data/usgs (PP1802) and data/ua-register
// (see tests/fixtures/linking/README.md); only the fields linking reads are filled.
import { singleSourceDeposit, unknownOccupation, type Dataset, type Deposit, type DevStatusId, type LocationPrecision } from '../../../src/core/deposit.ts';
import type { MineralId } from '../../../src/core/minerals.ts';

interface RecordSpec {
  id: string;
  name: string;
  minerals: [MineralId, string][];
  at?: [number, number, LocationPrecision];
  oblast?: [string, string];
  devStatus?: DevStatusId;
  line?: number;
}

export function record(spec: RecordSpec): Deposit {
  const dataset = spec.id.slice(0, spec.id.indexOf(':')) as Dataset;
  return singleSourceDeposit({
    id: spec.id,
    name: { original: spec.name, latin: null },
    minerals: spec.minerals.map(([id, asWritten]) => ({ id, asWritten })),
    location: spec.at ? { lat: spec.at[0], lon: spec.at[1], precision: spec.at[2] } : null,
    country: 'UA',
    oblast: spec.oblast ? { code: spec.oblast[0], name: spec.oblast[1], nameUk: '' } : null,
    adminArea: null,
    devStatus: { id: spec.devStatus ?? 'unknown', asWritten: spec.devStatus ?? null },
    reserves: [],
    occupation: unknownOccupation(),
    sources: [{ dataset, file: `${dataset}.csv`, line: spec.line ?? 2, recordId: spec.id.slice(dataset.length + 1), url: null }],
  });
}

const KIROVOHRAD: [string, string] = ['UA-35', 'Kirovohrad Oblast'];
const DNIPRO: [string, string] = ['UA-12', 'Dnipropetrovsk Oblast'];

export const ZAVALE = record({
  id: 'pp1802:zavale-graphite-48.20n-30.03e',
  name: "Zaval'E",
  minerals: [['graphite', 'Graphite']],
  at: [48.19787, 30.03333, 'approximate'],
  oblast: KIROVOHRAD,
  line: 1139,
});
export const ZAVALYEVSKIY = record({
  id: 'pp1802:zavalyevskiy-graphite-48.20n-30.03e',
  name: 'Zavalyevskiy',
  minerals: [['graphite', 'Graphite']],
  at: [48.2, 30.03, 'approximate'],
  oblast: KIROVOHRAD,
  line: 2000,
});
export const ZAVALLIVSKE = record({
  id: 'ua-register:zavallivske-rodovyshche-hrafitu-graphite-48.21n-30.02e',
  name: 'Заваллівське родовище графіту',
  minerals: [['graphite', 'Графіт']],
  at: [48.211456, 30.019266, 'approximate'],
  oblast: KIROVOHRAD,
  devStatus: 'producer',
  line: 16,
});
export const BOLSHE_TOKMAK = record({
  id: 'pp1802:bolshe-tokmak-manganese-47.25n-35.70e',
  name: 'Bolshe Tokmak',
  minerals: [['manganese', 'Manganese']],
  at: [47.25, 35.7, 'approximate'],
});
export const VELYKOTOKMATSKE = record({
  id: 'ua-register:velykotokmatske-rodovyshche-marhantsevykh-rud-manganese-47.25n-35.70e',
  name: 'Великотокмацьке родовище марганцевих руд',
  minerals: [['manganese', 'марганцеві руди']],
  at: [47.248889, 35.703056, 'settlement'],
});
export const BYRZULIVSKE = record({
  id: 'ua-register:byrzulivske-rodovyshche-titanium-48.76n-31.49e',
  name: 'Бирзулівське родовище',
  minerals: [['titanium', 'ільменіт']],
  at: [48.761667, 31.488889, 'settlement'],
  oblast: KIROVOHRAD,
});
export const LIKARIVSKE = record({
  id: 'ua-register:likarivske-rodovyshche-titanium-48.76n-31.55e',
  name: 'Лікарівське родовище',
  minerals: [['titanium', 'ільменіт']],
  at: [48.763056, 31.552222, 'settlement'],
  oblast: KIROVOHRAD,
});
export const IRSHANSK_DISTRICT = record({
  id: 'pp1802:irshansk-district-titanium-50.45n-29.23e',
  name: 'Irshansk district',
  minerals: [['titanium', 'Titanium']],
  at: [50.453, 29.233, 'district'],
});
export const IRSHANSKE = record({
  id: 'ua-register:irshanske-rodovyshche-irshanskyi-rudno-rozsypnyi-raion-titanium-50.75n-28.72e',
  name: 'Іршанське родовище (Іршанський рудно-розсипний район)',
  minerals: [['titanium', 'Титан']],
  at: [50.751389, 28.721111, 'settlement'],
  devStatus: 'producer',
});
export const VOLNOGORSK_DISTRICT = record({
  id: 'pp1802:volnogorsk-district-titanium-48.55n-33.45e',
  name: 'Volnogorsk district',
  minerals: [['titanium', 'Titanium']],
  at: [48.55, 33.45, 'district'],
  oblast: KIROVOHRAD,
});
export const MALYSHEVSKE = record({
  id: 'ua-register:malyshevske-samotkanske-tytano-tsyrkoniieve-rodovyshche-titanium-48.48n-34.02e',
  name: 'Малишевське (Самотканське) титано-цирконієве родовище',
  minerals: [
    ['titanium', 'ільменіт-рутил-цирконові піски'],
    ['zirconium', 'ільменіт-рутил-цирконові піски'],
  ],
  at: [48.4825, 34.018889, 'settlement'],
  oblast: DNIPRO,
  devStatus: 'producer',
  line: 10,
});
export const MOTRONIVSKO = record({
  id: 'ua-register:motronivsko-hannivska-dilianka-malyshevske-rodovyshche-titanium',
  name: 'Мотронівсько-Ганнівська ділянка (Малишевське родовище)',
  minerals: [
    ['titanium', 'Титан'],
    ['zirconium', 'цирконій'],
  ],
  oblast: DNIPRO,
  devStatus: 'developed',
  line: 11,
});
