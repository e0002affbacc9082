// The mineral taxonomy: one entry per canonical commodity, with every name the sources use for it.
//
// How names are matched (see lexicon.ts): `names` are whole phrases in any language and script, compared after case,
// accents, apostrophes, hyphens and spacing are folded ("Rare-Earth Elements" = "rare earth elements"); `stems` are
// Ukrainian and Russian word stems that match with any of the inflection endings in text.ts ("літі" matches літій,
// літієві, літієвих; "титан" matches титанові, титано-); `symbols` are chemical symbols, matched case-sensitively and
// only as a whole phrase, so the English word "in" or "as" never reads as indium or arsenic. A name listed under two
// ids (eudialyte, coltan) yields both.
//
// Grouping rules:
// - Rare earths: every lanthanide (La–Lu) and yttrium, by name, symbol or ore mineral (monazite, bastnäsite, xenotime,
//   britholite, parisite, loparite …), maps to 'rare-earths'; the source's own wording stays in asWritten. Scandium,
//   which PP1802, MRDS and the Ukrainian registers report on its own, keeps the id 'scandium'.
// - Platinum-group metals (Pt, Pd, Rh, Ru, Ir, Os) map to 'platinum-group-elements' in the same way.
// - An ore mineral maps to the commodity it is mined for (ilmenite → titanium, spodumene → lithium, apatite →
//   phosphate, chromite → chromium); magnesite counts as magnesium, bauxite as aluminium.
// - 'fluorite' is the mineral commodity (fluorspar, MRDS "Fluorine-Fluorite"); 'fluorine' is the element as the
//   Ukrainian registers name it ("фтор"), a by-product of apatite ores.
//
// The critical flag follows CRITICAL_LIST_SOURCES. Where the lists name a material rather than an element the flag
// goes to the id that carries it: bauxite → aluminium, baryte → barite, fluorspar → fluorite, phosphate rock and
// phosphorus → phosphate, natural graphite → graphite, silicon metal → silicon, titanium metal → titanium, PGMs →
// platinum-group-elements, heavy and light REEs → rare-earths, coking coal → coking-coal (other coal is not critical).
// Fluorine as such is on neither list.

interface MineralEntry {
  readonly id: string;
  readonly en: string;
  readonly uk: string;
  readonly critical: boolean;
  readonly names: readonly string[];
  readonly stems?: readonly string[];
  readonly symbols?: readonly string[];
}

const MINERAL_TABLE = [
  {
    id: 'abrasives', en: 'Abrasives', uk: 'Абразиви', critical: false,
    names: ['abrasive', 'abrasives', 'emery', 'abrasive, emery', 'tripoli', 'abrasive materials'],
    stems: ['абразив', 'наждак'],
  },
  {
    id: 'aluminium', en: 'Aluminium', uk: 'Алюміній', critical: true,
    names: ['aluminium', 'aluminum', 'bauxite', 'alumina', 'gibbsite', 'aluminum, contained or metal', 'high alumina clay',
      'aluminum, high alumina clay', 'al2o3'],
    stems: ['алюміні', 'алюмини', 'боксит', 'глинозем'],
    symbols: ['Al', 'AL'],
  },
  {
    id: 'alunite', en: 'Alunite (alum)', uk: 'Алуніт (галун)', critical: false,
    names: ['alunite', 'alum', 'potassium, alum'],
    stems: ['алуніт', 'алунит', 'галун'],
  },
  {
    id: 'amber', en: 'Amber', uk: 'Бурштин', critical: false,
    names: ['amber'],
    stems: ['бурштин', 'янтар'],
  },
  {
    id: 'andalusite', en: 'Andalusite', uk: 'Андалузит', critical: false,
    names: ['andalusite'],
    stems: ['андалузит'],
  },
  {
    id: 'antimony', en: 'Antimony', uk: 'Сурма', critical: true,
    names: ['antimony', 'stibnite'],
    stems: ['сурм', 'антимоніт', 'антимонит', 'стибніт'],
    symbols: ['Sb', 'SB'],
  },
  {
    id: 'arsenic', en: 'Arsenic', uk: 'Миш\'як', critical: true,
    names: ['arsenic', 'arsenopyrite', 'realgar', 'orpiment'],
    stems: ['мишяк', 'мышьяк', 'арсенопірит', 'арсенопирит'],
    symbols: ['As'],
  },
  {
    id: 'asbestos', en: 'Asbestos', uk: 'Азбест', critical: false,
    names: ['asbestos', 'chrysotile', 'crocidolite', 'amosite'],
    stems: ['азбест', 'хризотил'],
  },
  {
    id: 'asphalt', en: 'Asphalt and bitumen', uk: 'Асфальт і бітум', critical: false,
    names: ['asphalt', 'rock asphalt', 'bitumen', 'gilsonite', 'petroleum (oil), rock asphalt', 'petroleum (oil), gilsonite'],
    stems: ['асфальт', 'бітум', 'битум'],
  },
  {
    id: 'barite', en: 'Barite', uk: 'Барит', critical: true,
    names: ['barite', 'baryte', 'barium', 'barium-barite', 'baso4'],
    stems: ['барит', 'бари'],
    symbols: ['Ba', 'BA'],
  },
  {
    id: 'bentonite', en: 'Bentonite', uk: 'Бентоніт', critical: false,
    names: ['bentonite', 'montmorillonite', 'clay, bentonite', 'clay, montmorillonite'],
    stems: ['бентоніт', 'бентонит', 'монтморилоніт', 'монтмориллонит'],
  },
  {
    id: 'beryllium', en: 'Beryllium', uk: 'Берилій', critical: true,
    names: ['beryllium', 'beryl', 'bertrandite', 'phenakite', 'genthelvite', 'helvite', 'chrysoberyl', 'beo'],
    stems: ['берилі', 'берилли', 'берил', 'бертрандит', 'фенакіт', 'фенакит', 'гентгельвін', 'гентгельвин', 'гельвін',
      'гельвин'],
    symbols: ['Be'],
  },
  {
    id: 'bismuth', en: 'Bismuth', uk: 'Вісмут', critical: true,
    names: ['bismuth', 'bismuthinite'],
    stems: ['вісмут', 'висмут'],
    symbols: ['Bi', 'BI'],
  },
  {
    id: 'boron', en: 'Boron (borates)', uk: 'Бор (борати)', critical: true,
    names: ['boron', 'boron-borates', 'borates', 'borate', 'borax', 'colemanite', 'ulexite', 'kernite', 'бура'],
    stems: ['бор', 'борат'],
    symbols: ['B'],
  },
  {
    id: 'bromine', en: 'Bromine', uk: 'Бром', critical: false,
    names: ['bromine'],
    stems: ['бром'],
    symbols: ['Br', 'BR'],
  },
  {
    id: 'cadmium', en: 'Cadmium', uk: 'Кадмій', critical: false,
    names: ['cadmium', 'greenockite'],
    stems: ['кадмі', 'кадми'],
    symbols: ['Cd', 'CD'],
  },
  {
    id: 'caesium', en: 'Caesium', uk: 'Цезій', critical: true,
    names: ['caesium', 'cesium', 'pollucite', 'cs2o'],
    stems: ['цезі', 'цези', 'полуцит', 'поллуцит'],
    symbols: ['Cs', 'CS'],
  },
  {
    id: 'calcium', en: 'Calcium (calcite)', uk: 'Кальцій (кальцит)', critical: false,
    names: ['calcium', 'calcite', 'iceland spar', 'optical calcite'],
    stems: ['кальці', 'кальци', 'кальцит'],
    symbols: ['Ca', 'CA'],
  },
  {
    id: 'carbon-dioxide', en: 'Carbon dioxide', uk: 'Вуглекислий газ', critical: false,
    names: ['carbon dioxide', 'co2', 'вуглекислий газ', 'углекислый газ', 'углекислота'],
  },
  {
    id: 'cement-rock', en: 'Cement raw materials', uk: 'Цементна сировина', critical: false,
    names: ['cement rock', 'cement', 'cement raw materials', 'marl', 'цементна сировина', 'цементное сырье',
      'сировина для цементу'],
    stems: ['мергел', 'мергель'],
  },
  {
    id: 'chlorine', en: 'Chlorine', uk: 'Хлор', critical: false,
    names: ['chlorine'],
    stems: ['хлор'],
    symbols: ['Cl', 'CL'],
  },
  {
    id: 'chromium', en: 'Chromium', uk: 'Хром', critical: true,
    names: ['chromium', 'chrome', 'chromite', 'ferrochrome', 'chromium, ferrochrome', 'cr2o3'],
    stems: ['хром', 'хроміт', 'хромит'],
    symbols: ['Cr', 'CR'],
  },
  {
    id: 'clay', en: 'Clay', uk: 'Глина', critical: false,
    names: ['clay', 'clays', 'common clay', 'brick clay', 'ball clay', 'fire clay', 'fire clay (refractory)',
      'refractory clay', 'clay, general', 'clay, brick', 'clay, ball clay', 'clay, fire (refractory)', 'clay, chlorite',
      'clay, glauconite', 'clay, bloating material', 'chlorite', 'glauconite', 'saponite', 'illite'],
    stems: ['глин', 'глауконіт', 'глауконит'],
  },
  {
    id: 'coal', en: 'Coal', uk: 'Вугілля', critical: false,
    names: ['coal', 'lignite', 'anthracite', 'bituminous', 'subbituminous', 'brown coal', 'hard coal', 'coal, anthracite',
      'coal, bituminous', 'coal, lignite', 'coal, subbituminous'],
    stems: ['вугілл', 'угол', 'угл', 'антрацит', 'лігніт', 'лигнит'],
  },
  {
    id: 'cobalt', en: 'Cobalt', uk: 'Кобальт', critical: true,
    names: ['cobalt', 'cobaltite', 'erythrite', 'skutterudite', 'linnaeite'],
    stems: ['кобальт'],
    symbols: ['Co'],
  },
  {
    id: 'coking-coal', en: 'Coking coal', uk: 'Коксівне вугілля', critical: true,
    names: ['coking coal', 'metallurgical coal', 'коксівне вугілля', 'коксівного вугілля', 'коксуюче вугілля',
      'коксующийся уголь', 'коксующиеся угли', 'коксующихся углей'],
  },
  {
    id: 'copper', en: 'Copper', uk: 'Мідь', critical: true,
    names: ['copper', 'copper oxide', 'copper sulfide', 'copper, oxide', 'copper, sulfide', 'native copper', 'chalcopyrite',
      'chalcocite', 'bornite', 'covellite', 'malachite', 'azurite', 'cuprite', 'enargite', 'tetrahedrite', 'cupriferous'],
    stems: ['мід', 'мідн', 'мед', 'медн', 'халькопірит', 'халькопирит', 'халькозин', 'борніт', 'борнит', 'малахіт',
      'малахит'],
    symbols: ['Cu', 'CU'],
  },
  {
    id: 'diamond', en: 'Diamond', uk: 'Алмази', critical: false,
    names: ['diamond', 'diamonds', 'gemstone, diamond', 'industrial diamond', 'industrial diamonds'],
    stems: ['алмаз'],
  },
  {
    id: 'diatomite', en: 'Diatomite', uk: 'Діатоміт', critical: false,
    names: ['diatomite', 'diatomaceous earth', 'kieselguhr'],
    stems: ['діатоміт', 'диатомит', 'трепел'],
  },
  {
    id: 'dolomite', en: 'Dolomite', uk: 'Доломіт', critical: false,
    names: ['dolomite'],
    stems: ['доломіт', 'доломит'],
  },
  {
    id: 'feldspar', en: 'Feldspar', uk: 'Польовий шпат', critical: true,
    names: ['feldspar', 'feldspars', 'feldspathic sand', 'aplite', 'польовий шпат', 'польові шпати', 'полевой шпат',
      'полевые шпаты'],
    stems: ['польовошпатов', 'полевошпатов'],
  },
  {
    id: 'fluorine', en: 'Fluorine', uk: 'Фтор', critical: false,
    names: ['fluorine', 'cryolite'],
    stems: ['фтор', 'кріоліт', 'криолит'],
    symbols: ['F'],
  },
  {
    id: 'fluorite', en: 'Fluorite (fluorspar)', uk: 'Флюорит (плавиковий шпат)', critical: true,
    names: ['fluorite', 'fluorspar', 'fluorine-fluorite', 'caf2', 'плавиковий шпат', 'плавиковый шпат'],
    stems: ['флюорит'],
  },
  {
    id: 'fullers-earth', en: 'Fuller\'s earth', uk: 'Відбілювальні глини', critical: false,
    names: ['fullers earth', 'clay, fullers earth', 'palygorskite', 'attapulgite', 'sepiolite', 'відбілювальні глини'],
    stems: ['палигорськіт', 'палыгорскит', 'сепіоліт', 'сепиолит'],
  },
  {
    id: 'gallium', en: 'Gallium', uk: 'Галій', critical: true,
    names: ['gallium'],
    stems: ['галі', 'галли'],
    symbols: ['Ga', 'GA'],
  },
  {
    id: 'garnet', en: 'Garnet', uk: 'Гранат', critical: false,
    names: ['garnet', 'garnets', 'abrasive, garnet', 'almandine'],
    stems: ['гранат', 'альмандин'],
  },
  {
    id: 'gemstones', en: 'Gemstones', uk: 'Дорогоцінне каміння', critical: false,
    names: ['gemstone', 'gemstones', 'gem', 'gems', 'semiprecious gemstone', 'semiprecious gemstones',
      'gemstone, semiprecious', 'precious stones', 'semiprecious stones', 'emerald', 'gemstone, emerald', 'ruby',
      'gemstone, ruby', 'sapphire', 'gemstone, sapphire', 'jade', 'gemstone, jade', 'nephrite', 'jadeite', 'opal',
      'turquoise', 'agate', 'amethyst', 'aquamarine', 'topaz', 'tourmaline', 'kunzite', 'lapis lazuli', 'peridot',
      'spinel', 'jasper', 'chalcedony'],
    stems: ['дорогоцінн', 'напівдорогоцінн', 'драгоценн', 'полудрагоценн', 'самоцвіт', 'самоцвет', 'аметист', 'топаз',
      'смарагд', 'изумруд', 'рубін', 'рубин', 'сапфір', 'сапфир', 'опал', 'агат', 'яшм', 'нефрит', 'бірюз', 'бирюз'],
  },
  {
    id: 'geothermal', en: 'Geothermal energy', uk: 'Геотермальна енергія', critical: false,
    names: ['geothermal', 'geothermal energy', 'hot springs'],
    stems: ['геотермальн', 'термальн'],
  },
  {
    id: 'germanium', en: 'Germanium', uk: 'Германій', critical: true,
    names: ['germanium'],
    stems: ['германі', 'германи'],
    symbols: ['Ge', 'GE'],
  },
  {
    id: 'gold', en: 'Gold', uk: 'Золото', critical: false,
    names: ['gold', 'gold, refinery', 'placer gold', 'lode gold', 'auriferous', 'electrum'],
    stems: ['золот', 'золотоносн'],
    symbols: ['Au', 'AU'],
  },
  {
    id: 'granite', en: 'Granite', uk: 'Граніт', critical: false,
    names: ['granite', 'granite, dimension'],
    stems: ['граніт', 'гранит'],
  },
  {
    id: 'graphite', en: 'Graphite', uk: 'Графіт', critical: true,
    names: ['graphite', 'natural graphite', 'flake graphite', 'crystalline graphite', 'amorphous graphite', 'vein graphite',
      'graphite, carbon'],
    stems: ['графіт', 'графит'],
  },
  {
    id: 'gypsum', en: 'Gypsum and anhydrite', uk: 'Гіпс і ангідрит', critical: false,
    names: ['gypsum', 'anhydrite', 'gypsum-anhydrite', 'alabaster', 'gypsum-anhydrite, alabaster', 'selenite'],
    stems: ['гіпс', 'гипс', 'ангідрит', 'ангидрит', 'алебастр'],
  },
  {
    id: 'hafnium', en: 'Hafnium', uk: 'Гафній', critical: true,
    names: ['hafnium'],
    stems: ['гафні', 'гафни'],
    symbols: ['Hf'],
  },
  {
    id: 'helium', en: 'Helium', uk: 'Гелій', critical: true,
    names: ['helium'],
    stems: ['гелі', 'гели'],
    symbols: ['He'],
  },
  {
    id: 'hydrogen', en: 'Hydrogen', uk: 'Водень', critical: false,
    names: ['hydrogen', 'natural hydrogen', 'водень', 'водород'],
  },
  {
    id: 'indium', en: 'Indium', uk: 'Індій', critical: true,
    names: ['indium'],
    stems: ['інді', 'инди'],
    symbols: ['In'],
  },
  {
    id: 'iodine', en: 'Iodine', uk: 'Йод', critical: false,
    names: ['iodine'],
    stems: ['йод'],
    symbols: ['I'],
  },
  {
    id: 'iron', en: 'Iron', uk: 'Залізо', critical: false,
    names: ['iron', 'iron ore', 'pig iron', 'iron, pig iron', 'hematite', 'haematite', 'magnetite', 'goethite', 'limonite',
      'siderite', 'taconite', 'banded iron formation', 'ferruginous', 'fe2o3'],
    stems: ['заліз', 'залізн', 'залізист', 'желез', 'железн', 'железист', 'магнетит', 'гематит', 'лимоніт', 'лимонит',
      'сидерит', 'джеспіліт', 'джеспилит'],
    symbols: ['Fe', 'FE'],
  },
  {
    id: 'kaolin', en: 'Kaolin', uk: 'Каолін', critical: false,
    names: ['kaolin', 'kaolinite', 'clay, kaolin', 'china clay', 'halloysite'],
    stems: ['каолін', 'каолин', 'галуазит'],
  },
  {
    id: 'kyanite', en: 'Kyanite', uk: 'Кіаніт', critical: false,
    names: ['kyanite'],
    stems: ['кіаніт', 'кианит', 'дистен'],
  },
  {
    id: 'lead', en: 'Lead', uk: 'Свинець', critical: false,
    names: ['lead', 'lead, refiner', 'lead, smelter', 'galena', 'cerussite', 'anglesite'],
    stems: ['свинц', 'свинець', 'свинец', 'галеніт', 'галенит'],
    symbols: ['Pb', 'PB'],
  },
  {
    id: 'lightweight-aggregate', en: 'Lightweight aggregate', uk: 'Легкі заповнювачі', critical: false,
    names: ['lightweight aggregate', 'light weight aggregate', 'aggregate, light weight', 'bloating material',
      'expanded shale', 'легкі заповнювачі'],
    stems: ['керамзит'],
  },
  {
    id: 'limestone', en: 'Limestone', uk: 'Вапняк', critical: false,
    names: ['limestone', 'limestone, general', 'limestone, high calcium', 'limestone, ultra pure', 'limestone, dimension',
      'limestone, crushed/broken', 'chalk', 'coquina', 'travertine'],
    stems: ['вапняк', 'известняк', 'крейд', 'травертин'],
  },
  {
    id: 'lithium', en: 'Lithium', uk: 'Літій', critical: true,
    names: ['lithium', 'spodumene', 'petalite', 'lepidolite', 'amblygonite', 'zinnwaldite', 'jadarite', 'hectorite',
      'clay, hectorite', 'lithium mica', 'li2o'],
    stems: ['літі', 'лити', 'сподумен', 'петаліт', 'петалит', 'лепідоліт', 'лепидолит', 'амблігоніт', 'амблигонит',
      'цинвальдит'],
    symbols: ['Li', 'LI'],
  },
  {
    id: 'magnesium', en: 'Magnesium (magnesite)', uk: 'Магній (магнезит)', critical: true,
    names: ['magnesium', 'magnesium compounds', 'magnesium metal', 'magnesite', 'magnesia', 'brucite'],
    stems: ['магні', 'магни', 'магнезит', 'брусит'],
    symbols: ['Mg', 'MG'],
  },
  {
    id: 'manganese', en: 'Manganese', uk: 'Марганець', critical: true,
    names: ['manganese', 'ferromanganese', 'manganese, ferromanganese', 'pyrolusite', 'psilomelane', 'rhodochrosite',
      'manganite', 'braunite', 'manganiferous', 'mno'],
    stems: ['марганц', 'марганець', 'марганец', 'піролюзит', 'пиролюзит', 'псиломелан', 'родохрозит', 'манганіт',
      'манганит'],
    symbols: ['Mn', 'MN'],
  },
  {
    id: 'marble', en: 'Marble', uk: 'Мармур', critical: false,
    names: ['marble', 'marble, dimension'],
    stems: ['мармур', 'мрамор'],
  },
  {
    id: 'mercury', en: 'Mercury', uk: 'Ртуть', critical: false,
    names: ['mercury', 'quicksilver', 'cinnabar'],
    stems: ['ртут', 'кіновар', 'киновар'],
    symbols: ['Hg', 'HG'],
  },
  {
    id: 'mica', en: 'Mica', uk: 'Слюда', critical: false,
    names: ['mica', 'sheet mica', 'scrap mica', 'flake mica', 'muscovite', 'phlogopite', 'sericite'],
    stems: ['слюд', 'мусковіт', 'мусковит', 'флогопіт', 'флогопит'],
  },
  {
    id: 'mineral-pigments', en: 'Mineral pigments', uk: 'Мінеральні пігменти', critical: false,
    names: ['mineral pigments', 'iron oxide pigments', 'iron oxide pigment', 'ochre', 'ocher', 'umber', 'sienna',
      'мінеральні пігменти'],
    stems: ['вохр', 'охр'],
  },
  {
    id: 'molybdenum', en: 'Molybdenum', uk: 'Молібден', critical: false,
    names: ['molybdenum', 'molybdenite'],
    stems: ['молібден', 'молибден'],
    symbols: ['Mo', 'MO'],
  },
  {
    id: 'natural-gas', en: 'Natural gas', uk: 'Природний газ', critical: false,
    names: ['natural gas', 'gas', 'coalbed methane', 'methane'],
    stems: ['газ', 'метан'],
  },
  {
    id: 'nepheline-syenite', en: 'Nepheline and nepheline syenite', uk: 'Нефелін і нефелінові сієніти', critical: false,
    names: ['nepheline syenite', 'nepheline'],
    stems: ['нефелін', 'нефелин'],
  },
  {
    id: 'nickel', en: 'Nickel', uk: 'Нікель', critical: true,
    names: ['nickel', 'nickel laterite', 'nickel, laterite', 'nickel, refiner', 'nickel, smelter', 'pentlandite',
      'garnierite', 'millerite', 'nickeliferous'],
    stems: ['нікел', 'никел', 'пентландит', 'гарнієрит', 'гарниерит'],
    symbols: ['Ni', 'NI'],
  },
  {
    id: 'niobium', en: 'Niobium', uk: 'Ніобій', critical: true,
    names: ['niobium', 'columbium', 'columbite', 'pyrochlore', 'coltan', 'nb2o5'],
    stems: ['ніобі', 'ниоби', 'колумбіт', 'колумбит', 'пірохлор', 'пирохлор'],
    symbols: ['Nb', 'NB'],
  },
  {
    id: 'nitrogen', en: 'Nitrogen (nitrates)', uk: 'Азот (нітрати)', critical: false,
    names: ['nitrogen', 'nitrogen-nitrates', 'nitrates', 'nitrate', 'saltpeter', 'saltpetre', 'chile saltpeter'],
    stems: ['азот', 'селітр', 'селитр', 'нітрат', 'нитрат'],
    symbols: ['N'],
  },
  {
    id: 'oil-sands', en: 'Oil sands', uk: 'Бітумінозні піски', critical: false,
    names: ['oil sands', 'tar sands', 'bituminous sands', 'petroleum (oil), oil sands', 'бітумінозні піски'],
  },
  {
    id: 'oil-shale', en: 'Oil shale', uk: 'Горючі сланці', critical: false,
    names: ['oil shale', 'oil shales', 'petroleum (oil), oil shale', 'горючі сланці', 'горючие сланцы'],
  },
  {
    id: 'olivine', en: 'Olivine', uk: 'Олівін', critical: false,
    names: ['olivine', 'dunite'],
    stems: ['олівін', 'оливин'],
  },
  {
    id: 'peat', en: 'Peat', uk: 'Торф', critical: false,
    names: ['peat'],
    stems: ['торф'],
  },
  {
    id: 'perlite', en: 'Perlite', uk: 'Перліт', critical: false,
    names: ['perlite'],
    stems: ['перліт', 'перлит'],
  },
  {
    id: 'petroleum', en: 'Petroleum (oil)', uk: 'Нафта', critical: false,
    names: ['petroleum', 'petroleum (oil)', 'oil', 'crude oil'],
    stems: ['нафт', 'нефт'],
  },
  {
    id: 'phosphate', en: 'Phosphate (phosphorus)', uk: 'Фосфати (фосфор)', critical: true,
    names: ['phosphate', 'phosphates', 'phosphate rock', 'phosphorus', 'phosphorus-phosphates', 'phosphorite', 'apatite',
      'fluorapatite', 'p2o5'],
    stems: ['фосфор', 'фосфат', 'фосфорит', 'апатит'],
    symbols: ['P'],
  },
  {
    id: 'platinum-group-elements', en: 'Platinum-group elements', uk: 'Метали платинової групи', critical: true,
    names: ['platinum-group elements', 'platinum group metals', 'platinum-group metals', 'pge', 'pges', 'pgm', 'pgms',
      'platinum', 'palladium', 'rhodium', 'ruthenium', 'iridium', 'osmium', 'osmiridium', 'sperrylite'],
    stems: ['платин', 'паладі', 'паллади', 'роді', 'роди', 'рутені', 'рутени', 'іриді', 'ириди', 'осмі', 'осми', 'мпг'],
    symbols: ['Pt', 'PT', 'Pd', 'PD', 'Rh', 'RH', 'Ru', 'RU', 'Ir', 'IR', 'Os'],
  },
  {
    id: 'potash', en: 'Potash (potassium)', uk: 'Калійні солі', critical: false,
    names: ['potash', 'potassium', 'potassium, potash', 'potassium salts', 'sylvite', 'sylvinite', 'carnallite',
      'langbeinite', 'polyhalite', 'kainite', 'k2o', 'калійні солі', 'калійно-магнієві солі', 'калийные соли'],
    stems: ['калі', 'кали', 'калійн', 'калийн', 'сильвін', 'сильвин', 'карналіт', 'карналлит', 'полігаліт', 'полигалит',
      'каїніт', 'каинит'],
    symbols: ['K'],
  },
  {
    id: 'pumice', en: 'Pumice', uk: 'Пемза', critical: false,
    names: ['pumice', 'pumicite'],
    stems: ['пемз'],
  },
  {
    id: 'pyrite', en: 'Pyrite', uk: 'Пірит', critical: false,
    names: ['pyrite', 'sulfur-pyrite', 'iron-pyrite', 'iron pyrite', 'iron, pyrite', 'sulfur, iron pyrite', 'marcasite',
      'pyrrhotite'],
    stems: ['пірит', 'пирит', 'піротин', 'пирротин'],
  },
  {
    id: 'pyrophyllite', en: 'Pyrophyllite', uk: 'Пірофіліт', critical: false,
    names: ['pyrophyllite'],
    stems: ['пірофіліт', 'пирофиллит'],
  },
  {
    id: 'quartz', en: 'Quartz', uk: 'Кварц', critical: false,
    names: ['quartz', 'quartz crystal', 'vein quartz', 'optical quartz', 'piezoelectric quartz'],
    stems: ['кварц'],
  },
  {
    id: 'radium', en: 'Radium', uk: 'Радій', critical: false,
    names: ['radium', 'радій', 'радий'],
    symbols: ['Ra'],
  },
  {
    id: 'rare-earths', en: 'Rare-earth elements', uk: 'Рідкісноземельні елементи', critical: true,
    names: ['rare earths', 'rare earth', 'rare-earth elements', 'rare earth metals', 'rare-earth oxides', 'ree', 'rees',
      'reo', 'treo', 'hree', 'lree', 'heavy rare earths', 'light rare earths', 'lanthanides', 'lanthanoids', 'yttrium',
      'lanthanum', 'cerium', 'praseodymium', 'neodymium', 'promethium', 'samarium', 'europium', 'gadolinium', 'terbium',
      'dysprosium', 'holmium', 'erbium', 'thulium', 'ytterbium', 'lutetium', 'monazite', 'bastnasite', 'bastnaesite',
      'xenotime', 'britholite', 'parisite', 'loparite', 'allanite', 'orthite', 'synchysite', 'eudialyte', 'tr2o3',
      'тр2о3', 'y2o3', 'рідкісні землі', 'рідкісних земель', 'редкие земли', 'редких земель'],
    stems: ['рідкісноземельн', 'редкоземельн', 'рзе', 'рзм', 'рзэ', 'лантаноїд', 'лантаноид', 'лантан', 'цері', 'цери',
      'празеодим', 'неодим', 'прометі', 'промети', 'самарі', 'самари', 'європі', 'европи', 'гадоліні', 'гадолини', 'тербі',
      'терби', 'диспрозі', 'диспрози', 'гольмі', 'гольми', 'ербі', 'эрби', 'тулі', 'тули', 'ітербі', 'иттерби', 'лютеці',
      'лютеци', 'ітрі', 'иттри', 'монацит', 'бастнезит', 'ксенотим', 'бритоліт', 'бритолит', 'паризит', 'лопарит', 'ортит',
      'алланіт', 'алланит', 'евдіаліт', 'эвдиалит'],
    symbols: ['Y', 'La', 'LA', 'Ce', 'CE', 'Pr', 'PR', 'Nd', 'ND', 'Pm', 'Sm', 'SM', 'Eu', 'Gd', 'GD', 'Tb', 'TB', 'Dy',
      'DY', 'Ho', 'HO', 'Er', 'ER', 'Tm', 'TM', 'Yb', 'YB', 'Lu', 'LU'],
  },
  {
    id: 'rhenium', en: 'Rhenium', uk: 'Реній', critical: false,
    names: ['rhenium'],
    stems: ['рені', 'рени'],
    symbols: ['Re', 'RE'],
  },
  {
    id: 'rubidium', en: 'Rubidium', uk: 'Рубідій', critical: true,
    names: ['rubidium', 'rb2o'],
    stems: ['рубіді', 'рубиди'],
    symbols: ['Rb', 'RB'],
  },
  {
    id: 'salt', en: 'Salt (halite)', uk: 'Кам\'яна сіль', critical: false,
    names: ['salt', 'halite', 'rock salt', 'sodium, halite', 'sodium, salt', 'sodium chloride', 'кам\'яна сіль',
      'кухонна сіль', 'поварена сіль', 'каменная соль', 'сіль', 'соль'],
    stems: ['галіт', 'галит', 'сол'],
  },
  {
    id: 'sand-and-gravel', en: 'Sand and gravel', uk: 'Пісок і гравій', critical: false,
    names: ['sand and gravel', 'sand', 'gravel', 'sand and gravel, construction', 'sand and gravel, industrial',
      'sand and gravel, industrial/frac sand', 'construction sand', 'frac sand', 'aggregate', 'aggregates',
      'піщано-гравійна суміш', 'піщано-гравійні суміші', 'песчано-гравийная смесь', 'пісок', 'песок'],
    stems: ['граві', 'грави'],
  },
  {
    id: 'sandstone', en: 'Sandstone', uk: 'Пісковик', critical: false,
    names: ['sandstone', 'sandstone, dimension', 'sandstone, crushed/broken'],
    stems: ['пісковик', 'песчаник'],
  },
  {
    id: 'scandium', en: 'Scandium', uk: 'Скандій', critical: true,
    names: ['scandium', 'thortveitite', 'sc2o3'],
    stems: ['сканді', 'сканди'],
    symbols: ['Sc', 'SC'],
  },
  {
    id: 'selenium', en: 'Selenium', uk: 'Селен', critical: false,
    names: ['selenium'],
    stems: ['селен'],
    symbols: ['Se', 'SE'],
  },
  {
    id: 'shale', en: 'Shale', uk: 'Сланці', critical: false,
    names: ['shale', 'shales'],
    stems: ['сланц', 'сланець', 'сланец'],
  },
  {
    id: 'silica', en: 'Silica (industrial sand)', uk: 'Кремнезем (кварцові піски)', critical: false,
    names: ['silica', 'silica sand', 'glass sand', 'industrial sand', 'quartz sand', 'flint', 'chert', 'sio2',
      'кварцові піски', 'кварцевые пески'],
    stems: ['кремнезем', 'склян', 'кремін'],
  },
  {
    id: 'silicon', en: 'Silicon', uk: 'Кремній', critical: true,
    names: ['silicon', 'silicon metal', 'ferrosilicon', 'silica, ferrosilicon'],
    stems: ['кремні', 'кремни'],
    symbols: ['Si', 'SI'],
  },
  {
    id: 'silver', en: 'Silver', uk: 'Срібло', critical: false,
    names: ['silver', 'silver, refinery', 'argentite', 'acanthite', 'argentiferous'],
    stems: ['срібл', 'срібн', 'серебр', 'серебрян'],
    symbols: ['Ag', 'AG'],
  },
  {
    id: 'slate', en: 'Slate', uk: 'Покрівельний сланець', critical: false,
    names: ['slate', 'slate, dimension', 'покрівельний сланець', 'кровельный сланец'],
  },
  {
    id: 'sodium', en: 'Sodium compounds (soda ash, sodium sulfate)', uk: 'Сполуки натрію (сода, сульфат натрію)',
    critical: false,
    names: ['sodium', 'soda ash', 'sodium carbonate', 'sodium sulfate', 'trona', 'natural soda', 'natron', 'mirabilite',
      'thenardite', 'glauberite'],
    stems: ['натрі', 'натри', 'сод', 'мірабіліт', 'мирабилит'],
    symbols: ['Na'],
  },
  {
    id: 'staurolite', en: 'Staurolite', uk: 'Ставроліт', critical: false,
    names: ['staurolite'],
    stems: ['ставроліт', 'ставролит'],
  },
  {
    id: 'stone', en: 'Stone (crushed and dimension)', uk: 'Будівельний камінь', critical: false,
    names: ['stone', 'stone, crushed/broken', 'stone, dimension', 'crushed stone', 'dimension stone', 'building stone',
      'ornamental stone', 'facing stone', 'flagstone', 'trap rock', 'traprock', 'basalt', 'gabbro', 'diabase',
      'labradorite', 'будівельний камінь', 'облицювальний камінь', 'бутовий камінь', 'строительный камень',
      'облицовочный камень', 'будівельне каміння', 'щебінь', 'щебень'],
    stems: ['камін', 'базальт', 'габро', 'лабрадорит', 'діабаз', 'диабаз'],
  },
  {
    id: 'strontium', en: 'Strontium', uk: 'Стронцій', critical: true,
    names: ['strontium', 'celestite', 'celestine', 'strontianite'],
    stems: ['стронці', 'стронци', 'целестин', 'стронціаніт', 'стронцианит'],
    symbols: ['Sr', 'SR'],
  },
  {
    id: 'sulfides', en: 'Sulfides (unspecified)', uk: 'Сульфіди (без уточнення)', critical: false,
    names: ['sulfides', 'sulphides', 'massive sulfides'],
    stems: ['сульфід', 'сульфид'],
  },
  {
    id: 'sulfur', en: 'Sulfur', uk: 'Сірка', critical: false,
    names: ['sulfur', 'sulphur', 'native sulfur', 'elemental sulfur', 'sulfuric acid', 'sulfur, sulfuric acid', 'сера', 'серы',
      'самородная сера'],
    stems: ['сірк'],
    symbols: ['S'],
  },
  {
    id: 'talc', en: 'Talc and soapstone', uk: 'Тальк', critical: false,
    names: ['talc', 'soapstone', 'talc-soapstone', 'steatite'],
    stems: ['тальк', 'стеатит'],
  },
  {
    id: 'tantalum', en: 'Tantalum', uk: 'Тантал', critical: true,
    names: ['tantalum', 'tantalite', 'microlite', 'coltan', 'tantalum, tin slag', 'tantalum from tin slag', 'ta2o5'],
    stems: ['тантал', 'танталіт', 'танталит', 'мікроліт', 'микролит'],
    symbols: ['Ta', 'TA'],
  },
  {
    id: 'tellurium', en: 'Tellurium', uk: 'Телур', critical: true,
    names: ['tellurium'],
    stems: ['телур', 'теллур'],
    symbols: ['Te', 'TE'],
  },
  {
    id: 'thallium', en: 'Thallium', uk: 'Талій', critical: false,
    names: ['thallium'],
    stems: ['талі', 'талли'],
    symbols: ['Tl', 'TL'],
  },
  {
    id: 'thorium', en: 'Thorium', uk: 'Торій', critical: false,
    names: ['thorium', 'thorite', 'thorianite'],
    stems: ['торі', 'тори'],
    symbols: ['Th', 'TH'],
  },
  {
    id: 'tin', en: 'Tin', uk: 'Олово', critical: true,
    names: ['tin', 'tin, tailings', 'cassiterite', 'stannite', 'stanniferous', 'sno2'],
    stems: ['олов', 'каситерит', 'касситерит'],
    symbols: ['Sn', 'SN'],
  },
  {
    id: 'titanium', en: 'Titanium', uk: 'Титан', critical: true,
    names: ['titanium', 'titanium, metal', 'titanium, pigment', 'titanium-heavy minerals', 'titanium, heavy minerals',
      'titanium-ilmenite', 'titanium, ilmenite', 'titanium-rutile', 'titanium, rutile', 'titanium dioxide', 'ilmenite',
      'rutile', 'leucoxene', 'anatase', 'titanomagnetite', 'perovskite', 'sphene', 'titanite', 'titaniferous', 'tio2'],
    stems: ['титан', 'ільменіт', 'ильменит', 'рутил', 'лейкоксен', 'анатаз', 'титаномагнетит', 'перовськіт', 'перовскит',
      'сфен', 'титаніт', 'титанит'],
    symbols: ['Ti', 'TI'],
  },
  {
    id: 'tungsten', en: 'Tungsten', uk: 'Вольфрам', critical: true,
    names: ['tungsten', 'wolfram', 'tungsten, mill concentrate', 'tungsten, refinery', 'wolframite', 'scheelite',
      'ferberite', 'huebnerite', 'wo3'],
    stems: ['вольфрам', 'вольфраміт', 'вольфрамит', 'шеєліт', 'шеелит'],
    symbols: ['W'],
  },
  {
    id: 'uranium', en: 'Uranium', uk: 'Уран', critical: false,
    names: ['uranium', 'uraninite', 'pitchblende', 'carnotite', 'coffinite', 'autunite', 'uraniferous', 'u3o8'],
    stems: ['уран', 'уранініт', 'уранинит', 'настуран', 'коффініт', 'коффинит'],
    symbols: ['U'],
  },
  {
    id: 'vanadium', en: 'Vanadium', uk: 'Ванадій', critical: true,
    names: ['vanadium', 'vanadinite', 'vanadiferous', 'roscoelite', 'patronite', 'v2o5'],
    stems: ['ванаді', 'ванади'],
    symbols: ['V'],
  },
  {
    id: 'vermiculite', en: 'Vermiculite', uk: 'Вермикуліт', critical: false,
    names: ['vermiculite'],
    stems: ['вермикуліт', 'вермикулит'],
  },
  {
    id: 'volcanic-materials', en: 'Volcanic materials', uk: 'Вулканічні матеріали', critical: false,
    names: ['volcanic materials', 'volcanic ash', 'volcanic tuff', 'volcanic cinder', 'ash', 'tuff', 'scoria', 'cinder',
      'obsidian'],
    stems: ['вулканічн', 'вулканическ', 'туф'],
  },
  {
    id: 'water', en: 'Water (ground and mineral water)', uk: 'Підземні води', critical: false,
    names: ['water', 'ground water', 'groundwater', 'water, free', 'mineral water', 'підземні води', 'мінеральні води',
      'мінеральна вода', 'минеральные воды', 'подземные воды'],
  },
  {
    id: 'wollastonite', en: 'Wollastonite', uk: 'Воластоніт', critical: false,
    names: ['wollastonite'],
    stems: ['воластоніт', 'волластонит'],
  },
  {
    id: 'zeolites', en: 'Zeolites', uk: 'Цеоліти', critical: false,
    names: ['zeolites', 'zeolite', 'clinoptilolite', 'chabazite', 'mordenite'],
    stems: ['цеоліт', 'цеолит', 'клиноптилоліт', 'клиноптилолит'],
  },
  {
    id: 'zinc', en: 'Zinc', uk: 'Цинк', critical: true,
    names: ['zinc', 'zinc, refiner', 'zinc, smelter', 'sphalerite', 'smithsonite', 'hemimorphite', 'zincite', 'willemite'],
    stems: ['цинк', 'сфалерит'],
    symbols: ['Zn', 'ZN'],
  },
  {
    id: 'zirconium', en: 'Zirconium', uk: 'Цирконій', critical: true,
    names: ['zirconium', 'zircon', 'baddeleyite', 'eudialyte', 'zro2'],
    stems: ['циркон', 'бадделеїт', 'бадделеит', 'евдіаліт', 'эвдиалит'],
    symbols: ['Zr', 'ZR'],
  },
  {
    id: 'corundum', en: 'Corundum', uk: 'Корунд', critical: false,
    names: ['corundum', 'abrasive, corundum'],
    stems: ['корунд'],
  },
  {
    id: 'sillimanite', en: 'Sillimanite', uk: 'Силіманіт', critical: false,
    names: ['sillimanite'],
    stems: ['силіманіт', 'силлиманит'],
  },
] as const satisfies readonly MineralEntry[];

export type MineralId = (typeof MINERAL_TABLE)[number]['id'];

export const MINERAL_ENTRIES: readonly MineralEntry[] = MINERAL_TABLE;
