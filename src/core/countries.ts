// Countries: ISO 3166-1 alpha-2 codes from the country names the sources write, and English names from codes.
//
// The table is ISO 3166-1 as published in the Debian package iso-codes 4.15.0 (iso_3166-1.json: alpha-2, numeric,
// name, common and official names), with a conventional English short name first, plus Kosovo (XK, the
// user-assigned code the EU and most data publishers use). Names are matched ignoring case, diacritics,
// punctuation, spacing and a leading or trailing "the", so "Côte d’Ivoire", "COTE D'IVOIRE" and "Gambia, The"
// all match.

type CountryRow = readonly [iso2: string, numeric: string | null, name: string, otherNames: readonly string[]];

const ISO_COUNTRIES: readonly CountryRow[] = [
  ['AD', '020', 'Andorra', ['Principality of Andorra']],
  ['AE', '784', 'United Arab Emirates', []],
  ['AF', '004', 'Afghanistan', ['Islamic Republic of Afghanistan']],
  ['AG', '028', 'Antigua and Barbuda', []],
  ['AI', '660', 'Anguilla', []],
  ['AL', '008', 'Albania', ['Republic of Albania']],
  ['AM', '051', 'Armenia', ['Republic of Armenia']],
  ['AO', '024', 'Angola', ['Republic of Angola']],
  ['AQ', '010', 'Antarctica', []],
  ['AR', '032', 'Argentina', ['Argentine Republic']],
  ['AS', '016', 'American Samoa', []],
  ['AT', '040', 'Austria', ['Republic of Austria']],
  ['AU', '036', 'Australia', []],
  ['AW', '533', 'Aruba', []],
  ['AX', '248', 'Åland Islands', []],
  ['AZ', '031', 'Azerbaijan', ['Republic of Azerbaijan']],
  ['BA', '070', 'Bosnia and Herzegovina', ['Republic of Bosnia and Herzegovina']],
  ['BB', '052', 'Barbados', []],
  ['BD', '050', 'Bangladesh', ["People's Republic of Bangladesh"]],
  ['BE', '056', 'Belgium', ['Kingdom of Belgium']],
  ['BF', '854', 'Burkina Faso', []],
  ['BG', '100', 'Bulgaria', ['Republic of Bulgaria']],
  ['BH', '048', 'Bahrain', ['Kingdom of Bahrain']],
  ['BI', '108', 'Burundi', ['Republic of Burundi']],
  ['BJ', '204', 'Benin', ['Republic of Benin']],
  ['BL', '652', 'Saint Barthélemy', []],
  ['BM', '060', 'Bermuda', []],
  ['BN', '096', 'Brunei', ['Brunei Darussalam']],
  ['BO', '068', 'Bolivia', ['Bolivia, Plurinational State of', 'Plurinational State of Bolivia']],
  ['BQ', '535', 'Bonaire, Sint Eustatius and Saba', []],
  ['BR', '076', 'Brazil', ['Federative Republic of Brazil']],
  ['BS', '044', 'Bahamas', ['Commonwealth of the Bahamas']],
  ['BT', '064', 'Bhutan', ['Kingdom of Bhutan']],
  ['BV', '074', 'Bouvet Island', []],
  ['BW', '072', 'Botswana', ['Republic of Botswana']],
  ['BY', '112', 'Belarus', ['Republic of Belarus']],
  ['BZ', '084', 'Belize', []],
  ['CA', '124', 'Canada', []],
  ['CC', '166', 'Cocos (Keeling) Islands', []],
  ['CD', '180', 'Democratic Republic of the Congo', ['Congo, The Democratic Republic of the']],
  ['CF', '140', 'Central African Republic', []],
  ['CG', '178', 'Republic of the Congo', ['Congo']],
  ['CH', '756', 'Switzerland', ['Swiss Confederation']],
  ['CI', '384', "Côte d'Ivoire", ["Republic of Côte d'Ivoire"]],
  ['CK', '184', 'Cook Islands', []],
  ['CL', '152', 'Chile', ['Republic of Chile']],
  ['CM', '120', 'Cameroon', ['Republic of Cameroon']],
  ['CN', '156', 'China', ["People's Republic of China"]],
  ['CO', '170', 'Colombia', ['Republic of Colombia']],
  ['CR', '188', 'Costa Rica', ['Republic of Costa Rica']],
  ['CU', '192', 'Cuba', ['Republic of Cuba']],
  ['CV', '132', 'Cabo Verde', ['Republic of Cabo Verde']],
  ['CW', '531', 'Curaçao', []],
  ['CX', '162', 'Christmas Island', []],
  ['CY', '196', 'Cyprus', ['Republic of Cyprus']],
  ['CZ', '203', 'Czechia', ['Czech Republic']],
  ['DE', '276', 'Germany', ['Federal Republic of Germany']],
  ['DJ', '262', 'Djibouti', ['Republic of Djibouti']],
  ['DK', '208', 'Denmark', ['Kingdom of Denmark']],
  ['DM', '212', 'Dominica', ['Commonwealth of Dominica']],
  ['DO', '214', 'Dominican Republic', []],
  ['DZ', '012', 'Algeria', ["People's Democratic Republic of Algeria"]],
  ['EC', '218', 'Ecuador', ['Republic of Ecuador']],
  ['EE', '233', 'Estonia', ['Republic of Estonia']],
  ['EG', '818', 'Egypt', ['Arab Republic of Egypt']],
  ['EH', '732', 'Western Sahara', []],
  ['ER', '232', 'Eritrea', ['the State of Eritrea']],
  ['ES', '724', 'Spain', ['Kingdom of Spain']],
  ['ET', '231', 'Ethiopia', ['Federal Democratic Republic of Ethiopia']],
  ['FI', '246', 'Finland', ['Republic of Finland']],
  ['FJ', '242', 'Fiji', ['Republic of Fiji']],
  ['FK', '238', 'Falkland Islands', ['Falkland Islands (Malvinas)']],
  ['FM', '583', 'Micronesia', ['Micronesia, Federated States of', 'Federated States of Micronesia']],
  ['FO', '234', 'Faroe Islands', []],
  ['FR', '250', 'France', ['French Republic']],
  ['GA', '266', 'Gabon', ['Gabonese Republic']],
  ['GB', '826', 'United Kingdom', ['United Kingdom of Great Britain and Northern Ireland']],
  ['GD', '308', 'Grenada', []],
  ['GE', '268', 'Georgia', []],
  ['GF', '254', 'French Guiana', []],
  ['GG', '831', 'Guernsey', []],
  ['GH', '288', 'Ghana', ['Republic of Ghana']],
  ['GI', '292', 'Gibraltar', []],
  ['GL', '304', 'Greenland', []],
  ['GM', '270', 'Gambia', ['Republic of the Gambia']],
  ['GN', '324', 'Guinea', ['Republic of Guinea']],
  ['GP', '312', 'Guadeloupe', []],
  ['GQ', '226', 'Equatorial Guinea', ['Republic of Equatorial Guinea']],
  ['GR', '300', 'Greece', ['Hellenic Republic']],
  ['GS', '239', 'South Georgia and the South Sandwich Islands', []],
  ['GT', '320', 'Guatemala', ['Republic of Guatemala']],
  ['GU', '316', 'Guam', []],
  ['GW', '624', 'Guinea-Bissau', ['Republic of Guinea-Bissau']],
  ['GY', '328', 'Guyana', ['Republic of Guyana']],
  ['HK', '344', 'Hong Kong', ['Hong Kong Special Administrative Region of China']],
  ['HM', '334', 'Heard Island and McDonald Islands', []],
  ['HN', '340', 'Honduras', ['Republic of Honduras']],
  ['HR', '191', 'Croatia', ['Republic of Croatia']],
  ['HT', '332', 'Haiti', ['Republic of Haiti']],
  ['HU', '348', 'Hungary', []],
  ['ID', '360', 'Indonesia', ['Republic of Indonesia']],
  ['IE', '372', 'Ireland', []],
  ['IL', '376', 'Israel', ['State of Israel']],
  ['IM', '833', 'Isle of Man', []],
  ['IN', '356', 'India', ['Republic of India']],
  ['IO', '086', 'British Indian Ocean Territory', []],
  ['IQ', '368', 'Iraq', ['Republic of Iraq']],
  ['IR', '364', 'Iran', ['Iran, Islamic Republic of', 'Islamic Republic of Iran']],
  ['IS', '352', 'Iceland', ['Republic of Iceland']],
  ['IT', '380', 'Italy', ['Italian Republic']],
  ['JE', '832', 'Jersey', []],
  ['JM', '388', 'Jamaica', []],
  ['JO', '400', 'Jordan', ['Hashemite Kingdom of Jordan']],
  ['JP', '392', 'Japan', []],
  ['KE', '404', 'Kenya', ['Republic of Kenya']],
  ['KG', '417', 'Kyrgyzstan', ['Kyrgyz Republic']],
  ['KH', '116', 'Cambodia', ['Kingdom of Cambodia']],
  ['KI', '296', 'Kiribati', ['Republic of Kiribati']],
  ['KM', '174', 'Comoros', ['Union of the Comoros']],
  ['KN', '659', 'Saint Kitts and Nevis', []],
  ['KP', '408', 'North Korea', ["Korea, Democratic People's Republic of", "Democratic People's Republic of Korea"]],
  ['KR', '410', 'South Korea', ['Korea, Republic of']],
  ['KW', '414', 'Kuwait', ['State of Kuwait']],
  ['KY', '136', 'Cayman Islands', []],
  ['KZ', '398', 'Kazakhstan', ['Republic of Kazakhstan']],
  ['LA', '418', 'Laos', ["Lao People's Democratic Republic"]],
  ['LB', '422', 'Lebanon', ['Lebanese Republic']],
  ['LC', '662', 'Saint Lucia', []],
  ['LI', '438', 'Liechtenstein', ['Principality of Liechtenstein']],
  ['LK', '144', 'Sri Lanka', ['Democratic Socialist Republic of Sri Lanka']],
  ['LR', '430', 'Liberia', ['Republic of Liberia']],
  ['LS', '426', 'Lesotho', ['Kingdom of Lesotho']],
  ['LT', '440', 'Lithuania', ['Republic of Lithuania']],
  ['LU', '442', 'Luxembourg', ['Grand Duchy of Luxembourg']],
  ['LV', '428', 'Latvia', ['Republic of Latvia']],
  ['LY', '434', 'Libya', []],
  ['MA', '504', 'Morocco', ['Kingdom of Morocco']],
  ['MC', '492', 'Monaco', ['Principality of Monaco']],
  ['MD', '498', 'Moldova', ['Moldova, Republic of', 'Republic of Moldova']],
  ['ME', '499', 'Montenegro', []],
  ['MF', '663', 'Saint Martin', ['Saint Martin (French part)']],
  ['MG', '450', 'Madagascar', ['Republic of Madagascar']],
  ['MH', '584', 'Marshall Islands', ['Republic of the Marshall Islands']],
  ['MK', '807', 'North Macedonia', ['Republic of North Macedonia']],
  ['ML', '466', 'Mali', ['Republic of Mali']],
  ['MM', '104', 'Myanmar', ['Republic of Myanmar']],
  ['MN', '496', 'Mongolia', []],
  ['MO', '446', 'Macao', ['Macao Special Administrative Region of China']],
  ['MP', '580', 'Northern Mariana Islands', ['Commonwealth of the Northern Mariana Islands']],
  ['MQ', '474', 'Martinique', []],
  ['MR', '478', 'Mauritania', ['Islamic Republic of Mauritania']],
  ['MS', '500', 'Montserrat', []],
  ['MT', '470', 'Malta', ['Republic of Malta']],
  ['MU', '480', 'Mauritius', ['Republic of Mauritius']],
  ['MV', '462', 'Maldives', ['Republic of Maldives']],
  ['MW', '454', 'Malawi', ['Republic of Malawi']],
  ['MX', '484', 'Mexico', ['United Mexican States']],
  ['MY', '458', 'Malaysia', []],
  ['MZ', '508', 'Mozambique', ['Republic of Mozambique']],
  ['NA', '516', 'Namibia', ['Republic of Namibia']],
  ['NC', '540', 'New Caledonia', []],
  ['NE', '562', 'Niger', ['Republic of the Niger']],
  ['NF', '574', 'Norfolk Island', []],
  ['NG', '566', 'Nigeria', ['Federal Republic of Nigeria']],
  ['NI', '558', 'Nicaragua', ['Republic of Nicaragua']],
  ['NL', '528', 'Netherlands', ['Kingdom of the Netherlands']],
  ['NO', '578', 'Norway', ['Kingdom of Norway']],
  ['NP', '524', 'Nepal', ['Federal Democratic Republic of Nepal']],
  ['NR', '520', 'Nauru', ['Republic of Nauru']],
  ['NU', '570', 'Niue', []],
  ['NZ', '554', 'New Zealand', []],
  ['OM', '512', 'Oman', ['Sultanate of Oman']],
  ['PA', '591', 'Panama', ['Republic of Panama']],
  ['PE', '604', 'Peru', ['Republic of Peru']],
  ['PF', '258', 'French Polynesia', []],
  ['PG', '598', 'Papua New Guinea', ['Independent State of Papua New Guinea']],
  ['PH', '608', 'Philippines', ['Republic of the Philippines']],
  ['PK', '586', 'Pakistan', ['Islamic Republic of Pakistan']],
  ['PL', '616', 'Poland', ['Republic of Poland']],
  ['PM', '666', 'Saint Pierre and Miquelon', []],
  ['PN', '612', 'Pitcairn', []],
  ['PR', '630', 'Puerto Rico', []],
  ['PS', '275', 'Palestine', ['Palestine, State of', 'the State of Palestine']],
  ['PT', '620', 'Portugal', ['Portuguese Republic']],
  ['PW', '585', 'Palau', ['Republic of Palau']],
  ['PY', '600', 'Paraguay', ['Republic of Paraguay']],
  ['QA', '634', 'Qatar', ['State of Qatar']],
  ['RE', '638', 'Réunion', []],
  ['RO', '642', 'Romania', []],
  ['RS', '688', 'Serbia', ['Republic of Serbia']],
  ['RU', '643', 'Russia', ['Russian Federation']],
  ['RW', '646', 'Rwanda', ['Rwandese Republic']],
  ['SA', '682', 'Saudi Arabia', ['Kingdom of Saudi Arabia']],
  ['SB', '090', 'Solomon Islands', []],
  ['SC', '690', 'Seychelles', ['Republic of Seychelles']],
  ['SD', '729', 'Sudan', ['Republic of the Sudan']],
  ['SE', '752', 'Sweden', ['Kingdom of Sweden']],
  ['SG', '702', 'Singapore', ['Republic of Singapore']],
  ['SH', '654', 'Saint Helena, Ascension and Tristan da Cunha', []],
  ['SI', '705', 'Slovenia', ['Republic of Slovenia']],
  ['SJ', '744', 'Svalbard and Jan Mayen', []],
  ['SK', '703', 'Slovakia', ['Slovak Republic']],
  ['SL', '694', 'Sierra Leone', ['Republic of Sierra Leone']],
  ['SM', '674', 'San Marino', ['Republic of San Marino']],
  ['SN', '686', 'Senegal', ['Republic of Senegal']],
  ['SO', '706', 'Somalia', ['Federal Republic of Somalia']],
  ['SR', '740', 'Suriname', ['Republic of Suriname']],
  ['SS', '728', 'South Sudan', ['Republic of South Sudan']],
  ['ST', '678', 'Sao Tome and Principe', ['Democratic Republic of Sao Tome and Principe']],
  ['SV', '222', 'El Salvador', ['Republic of El Salvador']],
  ['SX', '534', 'Sint Maarten', ['Sint Maarten (Dutch part)']],
  ['SY', '760', 'Syria', ['Syrian Arab Republic']],
  ['SZ', '748', 'Eswatini', ['Kingdom of Eswatini']],
  ['TC', '796', 'Turks and Caicos Islands', []],
  ['TD', '148', 'Chad', ['Republic of Chad']],
  ['TF', '260', 'French Southern Territories', []],
  ['TG', '768', 'Togo', ['Togolese Republic']],
  ['TH', '764', 'Thailand', ['Kingdom of Thailand']],
  ['TJ', '762', 'Tajikistan', ['Republic of Tajikistan']],
  ['TK', '772', 'Tokelau', []],
  ['TL', '626', 'Timor-Leste', ['Democratic Republic of Timor-Leste']],
  ['TM', '795', 'Turkmenistan', []],
  ['TN', '788', 'Tunisia', ['Republic of Tunisia']],
  ['TO', '776', 'Tonga', ['Kingdom of Tonga']],
  ['TR', '792', 'Türkiye', ['Republic of Türkiye']],
  ['TT', '780', 'Trinidad and Tobago', ['Republic of Trinidad and Tobago']],
  ['TV', '798', 'Tuvalu', []],
  ['TW', '158', 'Taiwan', ['Taiwan, Province of China']],
  ['TZ', '834', 'Tanzania', ['Tanzania, United Republic of', 'United Republic of Tanzania']],
  ['UA', '804', 'Ukraine', []],
  ['UG', '800', 'Uganda', ['Republic of Uganda']],
  ['UM', '581', 'United States Minor Outlying Islands', []],
  ['US', '840', 'United States', ['United States of America']],
  ['UY', '858', 'Uruguay', ['Eastern Republic of Uruguay']],
  ['UZ', '860', 'Uzbekistan', ['Republic of Uzbekistan']],
  ['VA', '336', 'Vatican City', ['Holy See (Vatican City State)']],
  ['VC', '670', 'Saint Vincent and the Grenadines', []],
  ['VE', '862', 'Venezuela', ['Venezuela, Bolivarian Republic of', 'Bolivarian Republic of Venezuela']],
  ['VG', '092', 'British Virgin Islands', ['Virgin Islands, British']],
  ['VI', '850', 'U.S. Virgin Islands', ['Virgin Islands, U.S.', 'Virgin Islands of the United States']],
  ['VN', '704', 'Vietnam', ['Viet Nam', 'Socialist Republic of Viet Nam']],
  ['VU', '548', 'Vanuatu', ['Republic of Vanuatu']],
  ['WF', '876', 'Wallis and Futuna', []],
  ['WS', '882', 'Samoa', ['Independent State of Samoa']],
  ['XK', null, 'Kosovo', []],
  ['YE', '887', 'Yemen', ['Republic of Yemen']],
  ['YT', '175', 'Mayotte', []],
  ['ZA', '710', 'South Africa', ['Republic of South Africa']],
  ['ZM', '894', 'Zambia', ['Republic of Zambia']],
  ['ZW', '716', 'Zimbabwe', ['Republic of Zimbabwe']],
];

// Names the sources use (USGS PP1802 LOCATION, MRDS country, Ukrainian registers) and other common English,
// Ukrainian and Russian names, beyond those in the table.
const MORE_NAMES: Readonly<Record<string, readonly string[]>> = {
  AE: ['UAE'],
  BA: ['Bosnia-Herzegovina', 'Bosnia & Herzegovina'],
  BF: ['Burkina Fasso', 'Upper Volta'],
  BG: ['Болгарія', 'Болгария'],
  BS: ['Bahamas, The'],
  BY: ['Білорусь', 'Беларусь', 'Белоруссия', 'Byelorussia', 'Belorussia'],
  CD: ['Congo (Kinshasa)', 'Congo-Kinshasa', 'Congo, Democratic Republic of the', 'DR Congo', 'DRC', 'Zaire'],
  CG: ['Congo (Brazzaville)', 'Congo-Brazzaville', 'Congo, Republic of the'],
  CI: ['Ivory Coast'],
  // PP1802 files two Tibetan deposits under LOCATION "Tibet". Tibet has no ISO 3166-1 entry: it is the Xizang
  // Autonomous Region of China (ISO 3166-2 CN-XZ), so its country code is CN.
  CN: ['Tibet', 'Китай'],
  CV: ['Cape Verde'],
  CZ: ['Czech Republic'],
  DE: ['Німеччина', 'Германия'],
  FK: ['Falkland Islands'],
  FO: ['Faeroe Islands'],
  GB: ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Great Britain', 'Britain', 'UK', 'U.K.'],
  GE: ['Грузія', 'Грузия'],
  GF: ['French Guyana'],
  GM: ['Gambia, The'],
  HU: ['Угорщина', 'Венгрия'],
  KG: ['Kirghizia'],
  KN: ['St. Kitts and Nevis'],
  KP: ['Korea, North', 'DPRK'],
  KR: ['Korea, South', 'Republic of Korea'],
  KZ: ['Казахстан'],
  LC: ['St. Lucia'],
  MD: ['Молдова', 'Молдавия', 'Республіка Молдова', 'Moldavia'],
  MK: ['Macedonia', 'Republic of Macedonia', 'Macedonia, The Former Yugoslav Republic of', 'FYROM'],
  MM: ['Burma'],
  MO: ['Macau'],
  NL: ['Holland'],
  PL: ['Польща', 'Польша'],
  RO: ['Румунія', 'Румыния', 'Rumania'],
  RU: ['Росія', 'Россия', 'Російська Федерація', 'Российская Федерация'],
  SK: ['Словаччина', 'Словакия'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  TR: ['Turkey', 'Туреччина', 'Турция'],
  UA: ['Україна', 'Украина'],
  US: ['United States of America', 'USA', 'U.S.A.', 'U.S.', 'США'],
  VA: ['Vatican', 'Holy See'],
  VC: ['St. Vincent and the Grenadines'],
};

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;
const AMPERSAND = /&/g;
const LEADING_THE = /^the /;
const TRAILING_THE = / the$/;

/** The form names are compared in: no diacritics, lower case, words separated by one space, no leading "the". */
export function countryNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(AMPERSAND, ' and ')
    .replace(NOT_LETTERS_OR_DIGITS, ' ')
    .trim()
    .replace(LEADING_THE, '')
    .replace(TRAILING_THE, '');
}

function buildCodeByKey(): Map<string, string> {
  const codeByKey = new Map<string, string>();
  const add = (name: string, iso2: string): void => {
    const key = countryNameKey(name);
    const existing = codeByKey.get(key);
    if (existing !== undefined && existing !== iso2) {
      throw new Error(`country name "${name}" would mean both ${existing} and ${iso2}`);
    }
    codeByKey.set(key, iso2);
  };
  for (const [iso2, , name, otherNames] of ISO_COUNTRIES) {
    add(name, iso2);
    for (const other of otherNames) add(other, iso2);
  }
  for (const [iso2, names] of Object.entries(MORE_NAMES)) {
    for (const name of names) add(name, iso2);
  }
  return codeByKey;
}

const CODE_BY_KEY = buildCodeByKey();
const NAME_BY_CODE = new Map(ISO_COUNTRIES.map(([iso2, , name]) => [iso2, name]));
const CODE_BY_NUMERIC = new Map(
  ISO_COUNTRIES.flatMap(([iso2, numeric]) => (numeric === null ? [] : [[Number(numeric), iso2] as const])),
);

// Sources repeat the same few names on every row; remembering each raw string skips the normalisation. The bound
// keeps a stream of distinct junk values from growing the memo without limit.
const MEMO_LIMIT = 10_000;
const memo = new Map<string, string | null>();

/**
 * ISO 3166-1 alpha-2 code of a country name as a source writes it, or null for anything that is not a country
 * (an ocean, a historical state such as "USSR" or "Yugoslavia" that has no single successor, an empty cell).
 */
export function countryCode(name: string): string | null {
  const known = memo.get(name);
  if (known !== undefined) return known;
  const code = CODE_BY_KEY.get(countryNameKey(name)) ?? null;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, code);
  return code;
}

/** English short name of an ISO 3166-1 alpha-2 code (any case), or null for an unknown code. */
export function countryName(iso2: string): string | null {
  return NAME_BY_CODE.get(iso2.toUpperCase()) ?? null;
}

/** Alpha-2 code of an ISO 3166-1 numeric code ("036" or 36), or null for an unknown one. */
export function countryCodeFromNumeric(numeric: string | number): string | null {
  return CODE_BY_NUMERIC.get(Number(numeric)) ?? null;
}
