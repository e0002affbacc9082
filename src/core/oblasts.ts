// Ukraine's 27 first-level units (ISO 3166-2:UA), their names, and recognising them as registers write them:
// "Запорізька", "Запорізька обл.", "Запорожская область", "Zaporizhzhia Oblast", "АР Крим", "м. Київ".

import type { Oblast } from './deposit.ts';

interface OblastEntry extends Oblast {
  stems: readonly string[]; // lower-case prefixes of the Ukrainian, Russian and English names
}

const OBLASTS: readonly OblastEntry[] = [
  { code: 'UA-05', name: 'Vinnytsia Oblast', nameUk: 'Вінницька область', stems: ['вінниц', 'винниц', 'vinnyts', 'vinnits'] },
  { code: 'UA-07', name: 'Volyn Oblast', nameUk: 'Волинська область', stems: ['волин', 'волын', 'volyn'] },
  { code: 'UA-09', name: 'Luhansk Oblast', nameUk: 'Луганська область', stems: ['луганс', 'luhans', 'lugans'] },
  { code: 'UA-12', name: 'Dnipropetrovsk Oblast', nameUk: 'Дніпропетровська область', stems: ['дніпропетров', 'днепропетров', 'dnipropetrov', 'dnepropetrov'] },
  { code: 'UA-14', name: 'Donetsk Oblast', nameUk: 'Донецька область', stems: ['донец', 'donets'] },
  { code: 'UA-18', name: 'Zhytomyr Oblast', nameUk: 'Житомирська область', stems: ['житомир', 'zhytomyr', 'zhitomir'] },
  { code: 'UA-21', name: 'Zakarpattia Oblast', nameUk: 'Закарпатська область', stems: ['закарпат', 'zakarpat', 'transcarpath'] },
  { code: 'UA-23', name: 'Zaporizhzhia Oblast', nameUk: 'Запорізька область', stems: ['запоріз', 'запорож', 'zaporiz', 'zaporozh'] },
  { code: 'UA-26', name: 'Ivano-Frankivsk Oblast', nameUk: 'Івано-Франківська область', stems: ['івано-франків', 'ивано-франков', 'ivano-frankiv', 'ivano-frankov'] },
  { code: 'UA-30', name: 'Kyiv', nameUk: 'Київ', stems: ['м. київ', 'місто київ', 'г. киев', 'kyiv city', 'city of kyiv'] },
  { code: 'UA-32', name: 'Kyiv Oblast', nameUk: 'Київська область', stems: ['київськ', 'киевск', 'kyivsk', 'kyiv oblast', 'kiev oblast'] },
  { code: 'UA-35', name: 'Kirovohrad Oblast', nameUk: 'Кіровоградська область', stems: ['кіровоград', 'кировоград', 'kirovohrad', 'kirovograd', 'кропивниц'] },
  { code: 'UA-40', name: 'Sevastopol', nameUk: 'Севастополь', stems: ['севастопол', 'sevastopol'] },
  { code: 'UA-43', name: 'Autonomous Republic of Crimea', nameUk: 'Автономна Республіка Крим', stems: ['автономна республіка крим', 'ар крим', 'крим', 'крым', 'автономная республика крым', 'республика крым', 'autonomous republic of crimea', 'crimea', 'avtonomna respublika krym'] },
  { code: 'UA-46', name: 'Lviv Oblast', nameUk: 'Львівська область', stems: ['львів', 'львов', 'lviv', 'lvov'] },
  { code: 'UA-48', name: 'Mykolaiv Oblast', nameUk: 'Миколаївська область', stems: ['миколаїв', 'николаев', 'mykolaiv', 'nikolaev'] },
  { code: 'UA-51', name: 'Odesa Oblast', nameUk: 'Одеська область', stems: ['одес', 'одесс', 'odes'] },
  { code: 'UA-53', name: 'Poltava Oblast', nameUk: 'Полтавська область', stems: ['полтав', 'poltav'] },
  { code: 'UA-56', name: 'Rivne Oblast', nameUk: 'Рівненська область', stems: ['рівнен', 'ровен', 'rivne', 'rivnen', 'rovno'] },
  { code: 'UA-59', name: 'Sumy Oblast', nameUk: 'Сумська область', stems: ['сумськ', 'сумск', 'sumy', 'sumsk'] },
  { code: 'UA-61', name: 'Ternopil Oblast', nameUk: 'Тернопільська область', stems: ['тернопіл', 'тернопол', 'ternopil', 'ternopol'] },
  { code: 'UA-63', name: 'Kharkiv Oblast', nameUk: 'Харківська область', stems: ['харків', 'харьков', 'kharkiv', 'kharkov'] },
  { code: 'UA-65', name: 'Kherson Oblast', nameUk: 'Херсонська область', stems: ['херсон', 'kherson'] },
  { code: 'UA-68', name: 'Khmelnytskyi Oblast', nameUk: 'Хмельницька область', stems: ['хмельниц', 'khmelnyts', 'khmelnits'] },
  { code: 'UA-71', name: 'Cherkasy Oblast', nameUk: 'Черкаська область', stems: ['черкас', 'cherkas'] },
  { code: 'UA-74', name: 'Chernihiv Oblast', nameUk: 'Чернігівська область', stems: ['черніг', 'черниг', 'chernih', 'chernig'] },
  { code: 'UA-77', name: 'Chernivtsi Oblast', nameUk: 'Чернівецька область', stems: ['чернівец', 'черновиц', 'chernivts', 'chernovts'] },
];

export const OBLAST_LIST: readonly Oblast[] = OBLASTS.map(({ code, name, nameUk }) => ({ code, name, nameUk }));

const BY_CODE = new Map(OBLAST_LIST.map((oblast) => [oblast.code, oblast]));

export function oblastByCode(code: string): Oblast | null {
  return BY_CODE.get(code) ?? null;
}

// Longest stems first, so "київськ" (Kyiv Oblast) is tried before a bare city name could match.
const STEMS = OBLASTS.flatMap((entry) => entry.stems.map((stem) => ({ stem, code: entry.code }))).sort(
  (a, b) => b.stem.length - a.stem.length,
);

/** The unit a register's oblast text names, or null when it names none (or is ambiguous between two). */
export function oblastFromText(text: string): Oblast | null {
  const key = text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[’ʼ`']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (key === 'київ' || key === 'киев' || key === 'kyiv' || key === 'kiev') return oblastByCode('UA-30');
  const found = new Set<string>();
  for (const { stem, code } of STEMS) if (key.startsWith(stem)) found.add(code);
  if (found.size !== 1) return null;
  return oblastByCode([...found][0]!);
}
