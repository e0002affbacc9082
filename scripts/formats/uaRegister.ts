// Ukrainian geological-survey registers: Ukrainian (and older Russian) column names, coordinates in decimal degrees
// or DMS, separate or combined, minerals with ore minerals in brackets, reserves with categories.

import type { LocationPrecision } from '../../src/core/deposit.ts';
import { recogniseDevStatus } from '../../src/core/devStatus.ts';
import { recogniseMinerals } from '../../src/core/minerals.ts';
import { parseReserves } from '../../src/core/reserves.ts';
import { countryCode } from '../../src/core/countries.ts';
import type { RecordReporter } from '../normalise/issues.ts';
import type { FormatReader, RowValues } from './format.ts';
import { coordinatesFrom, mineralsFrom, optionalText, requireName } from './fields.ts';

export const uaRegister: FormatReader = {
  dataset: 'ua-register',
  title: 'Ukrainian deposit register',
  columns: {
    // A real registry number; "№ з/п" (row number) is deliberately not an id.
    recordId: [['Реєстраційний номер', 'Номер у реєстрі', 'Номер родовища', 'Код родовища', 'Регистрационный номер', 'Номер в реестре']],
    name: [['Назва родовища', 'Назва', "Назва об'єкта", 'Родовище', 'Наименование месторождения', 'Наименование', 'Месторождение', 'Название месторождения']],
    minerals: [['Корисні копалини', 'Корисна копалина', 'Вид корисної копалини', 'Вид сировини', 'Полезные ископаемые', 'Полезное ископаемое', 'Вид сырья']],
    lat: [['Північна широта', 'Пн. широта', 'Широта', 'Северная широта', 'С. ш.', 'Latitude']],
    lon: [['Східна довгота', 'Сх. довгота', 'Довгота', 'Восточная долгота', 'В. д.', 'Долгота', 'Longitude']],
    coordinates: [['Координати', 'Географічні координати', 'Координати центру', 'Координаты', 'Географические координаты']],
    country: [['Країна', 'Страна']],
    oblast: [['Область']],
    adminArea: [['Район', 'Адміністративний район']],
    settlement: [['Найближчий населений пункт', 'Населений пункт', 'Населенный пункт', 'Ближайший населенный пункт']],
    precision: [['Точність координат', 'Точность координат']],
    devStatus: [['Ступінь промислового освоєння', 'Ступінь освоєння', 'Стан освоєння', 'Стан розробки', 'Степень промышленного освоения', 'Степень освоения']],
    reserves: [['Запаси', 'Балансові запаси', 'Запасы', 'Балансовые запасы']],
    reported: [['Стан (окупація) за повідомленнями', 'Окупація', 'Оккупация']],
    source: [['Джерело', 'Джерела', 'Источник', 'Источники']],
  },
  required: ['name', 'minerals'],

  read(row, report) {
    const name = requireName(row, report);
    if (name === null) return null;
    const countryText = row.get('country');
    const source = optionalText(row, 'source');
    const reported = optionalText(row, 'reported');
    return {
      recordId: optionalText(row, 'recordId'),
      url: firstUrl(source),
      name,
      minerals: mineralsFrom(row, report),
      coordinates: coordinatesFrom(row),
      precision: precisionOf(row, report),
      // A register of Ukraine's deposits names Ukraine unless it says otherwise.
      country: countryText === '' ? 'UA' : countryCode(countryText),
      oblastText: optionalText(row, 'oblast'),
      adminArea: optionalText(row, 'adminArea'),
      devStatus: recogniseDevStatus(row.get('devStatus')),
      reserves: row.get('reserves') === '' ? [] : parseReserves(row.get('reserves'), singleMineral),
      reported: reported === null ? null : { text: reported, source: source ?? row.columnName('reported') },
    };
  },
};

function singleMineral(phrase: string) {
  const { minerals } = recogniseMinerals(phrase);
  return minerals.length === 1 ? minerals[0]!.id : null;
}

function firstUrl(source: string | null): string | null {
  return source?.match(/https?:\/\/[^\s;,]+/)?.[0] ?? null;
}

const PRECISION_WORDS: readonly [RegExp, LocationPrecision][] = [
  [/^(exact|точн)/i, 'exact'],
  [/^(approximate|наближ|приблизн|орієнтовн|ориентировочн)/i, 'approximate'],
  [/^(settlement|населен|за населеним)/i, 'settlement'],
  [/^(district|район)/i, 'district'],
  [/^(region|област)/i, 'region'],
];

function precisionOf(row: RowValues, report: RecordReporter): LocationPrecision {
  const text = row.get('precision');
  if (text === '' || /^(none|немає|нет)$/i.test(text)) return 'approximate';
  for (const [pattern, precision] of PRECISION_WORDS) if (pattern.test(text)) return precision;
  report.warn(
    row.columnName('precision'),
    'unknown-precision',
    `"${text}" is not a precision: expected exact, approximate, settlement, district or region; taken as approximate`,
  );
  return 'approximate';
}
