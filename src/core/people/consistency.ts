import knownOfficials from '../../../data/known-officials.json';
import { isFollower, isTransliterated, japaneseSurnameLength, namesDoctrine, namesInstitution, readsAsChineseName, surnameLength } from './names';
import { HAN } from '../text/characters';
import { occurrencesOf } from '../text/occurrences';

/**
 * One document, one reading of each name: once a name is found anywhere, every other occurrence of it is that
 * person (a headline's bare 李克强, 李克强强调 where the segmenter cut 李克|强调), and no mention of it is cut or
 * stretched differently from the others.
 */

/** The fields of an entity this pass reads and writes (the analysis' clean-text entities). */
export interface ConsistencyEntity {
  type: string;
  start: number;
  end: number;
  canonical?: string;
  role?: string;
  official?: boolean;
}

/**
 * Of two forms where one holds the other (李克 in 李克强, 舒斯京 in 米舒斯京), a short form seen only inside the
 * long one is a cut of it; where it also stands alone, the long one is a stretch of it only if what it adds is
 * function words the recognisers glued on (杨震和, 和普京), else both are names (小平, 邓小平).
 */
function shorterStandsAlone(occurrences: Map<string, number[]>, shorter: string, longer: string): boolean {
  const inside = longer.indexOf(shorter);
  const longStarts = new Set(occurrences.get(longer)!.map((at) => at + inside));
  return occurrences.get(shorter)!.some((at) => !longStarts.has(at));
}

/** The most characters of a form whose shorter forms are looked for inside it (the longest dotted names have about 30). */
const LONGEST_FORM = 48;

/**
 * The surface forms of the people found, each with its canonical name, keeping only one of two nested forms;
 * `occurrences` holds where each form found (winning or not) occurs in the text.
 */
function winningForms(text: string, people: ConsistencyEntity[]): { forms: Map<string, string>; occurrences: Map<string, number[]> } {
  const forms = new Map<string, string>();
  for (const p of people) {
    const surface = text.slice(p.start, p.end);
    if (surface.length >= 2 && !forms.has(surface)) forms.set(surface, p.canonical ?? surface);
  }
  const familyNames = japaneseFamilyNames(forms);
  for (const [familyName, fullName] of familyNames) forms.set(familyName, fullName);
  const occurrences = occurrencesOf(text, forms.keys());
  for (const familyName of familyNames.keys()) {
    occurrences.set(familyName, occurrences.get(familyName)!.filter((at) => !HAN.test(text[at - 1] ?? '') || people.some((p) => p.start === at && p.end === at + familyName.length)));
  }
  const losers = new Set<string>();
  // Each pair of a form and a shorter one inside it, found among the longer form's substrings (not by testing
  // every pair of forms: a long text has hundreds of them).
  for (const b of forms.keys()) {
    // No name is this long: a run the readers joined on hostile text (a dotted name repeated) would cost its length squared.
    if (b.length > LONGEST_FORM) continue;
    const inside = new Set<string>();
    for (let start = 0; start < b.length; start++) {
      for (let end = start + 2; end <= b.length && end - start < b.length; end++) {
        const a = b.slice(start, end);
        // Short and full forms of one person (扎克尔, 雪克来提·扎克尔) are both right.
        if (inside.has(a) || !forms.has(a) || forms.get(a) === forms.get(b)) continue;
        inside.add(a);
        if (!shorterStandsAlone(occurrences, a, b)) losers.add(a);
        else if ([...b.replace(a, '')].every(isFollower)) losers.add(b);
      }
    }
  }
  for (const loser of losers) forms.delete(loser);
  return { forms, occurrences };
}

/**
 * 鸠山说 after 日本前首相鸠山由纪夫: a Japanese name (a family name of two characters or more and a given name of two
 * or more, so no Chinese name of three) is known later by its family name alone, where no other name read is that
 * form. Its occurrences are taken only where no character of a word runs into them (集中村民 holds no 中村), or where
 * something was read with just those bounds (the labeller's place 鸠山).
 */
function japaneseFamilyNames(forms: Map<string, string>): Map<string, string> {
  const familyNames = new Map<string, string>();
  for (const [form, canonical] of forms) {
    const length = japaneseSurnameLength(form, 0);
    if (length < 2 || form.length - length < 2 || form.length - length > 3 || forms.has(form.slice(0, length))) continue;
    const familyName = form.slice(0, length);
    familyNames.set(familyName, familyNames.has(familyName) && familyNames.get(familyName) !== canonical ? '' : canonical);
  }
  return new Map([...familyNames].filter(([, canonical]) => canonical !== ''));
}

/**
 * Applies the document's readings of its names to every occurrence (where no person was read there, only those
 * `mayBePerson` allows), then gives a titled lone surname its full name (withFullNames); returns the entities
 * sorted by start.
 */
export function makeNamesConsistent<E extends ConsistencyEntity>(text: string, entities: E[], makePerson: (start: number, end: number, canonical: string) => E, mayBePerson?: (start: number, end: number) => boolean): E[] {
  return withCanonicalsRead(text, withFullNames(text, oneReadingPerName(text, entities, makePerson, mayBePerson)));
}

/**
 * 莫尼兹 given the full name 内斯特·莫尼兹 by a reading that lost to the labeller's 欧内斯特·莫尼兹: a canonical name no
 * person of the report is read as, ending a longer name that one is, is that longer name. Entities changed in place.
 */
function withCanonicalsRead<E extends ConsistencyEntity>(text: string, entities: E[]): E[] {
  const read = new Set(entities.filter((e) => e.type === 'person').map((e) => text.slice(e.start, e.end)));
  for (const e of entities) {
    const canonical = e.canonical;
    if (e.type !== 'person' || canonical === undefined || read.has(canonical)) continue;
    const whole = [...read].find((name) => name.length > canonical.length && name.endsWith(canonical));
    if (whole !== undefined) e.canonical = whole;
  }
  return entities;
}

function oneReadingPerName<E extends ConsistencyEntity>(text: string, entities: E[], makePerson: (start: number, end: number, canonical: string) => E, mayBePerson?: (start: number, end: number) => boolean): E[] {
  const { forms, occurrences } = winningForms(text, entities.filter((e) => e.type === 'person'));
  if (forms.size === 0) return entities;
  // Entities no longer overlap here: each character has at most one owner, found without a scan (built only
  // when some occurrence is not a mention yet, which in most documents none is).
  let owner: Int32Array | undefined;
  const ownerOf = () => {
    if (!owner) {
      owner = new Int32Array(text.length).fill(-1);
      entities.forEach((e, index) => owner!.fill(index, e.start, e.end));
    }
    return owner;
  };
  const kept = entities.map(() => true);
  const covered = new Uint8Array(text.length);
  for (const e of entities) if (e.type === 'person' && forms.has(text.slice(e.start, e.end))) covered.fill(1, e.start, e.end);
  const added: E[] = [];
  const titled = new Set(entities.filter((e) => e.type === 'person' && e.role).map((e) => text.slice(e.start, e.end)));
  // A family name standing for a titled full name (japaneseFamilyNames) is as sure a name as the full one.
  for (const [form, canonical] of forms) if (titled.has(canonical) && canonical.startsWith(form) && japaneseSurnameLength(canonical, 0) === form.length) titled.add(form);
  // How often each form is read as a person.
  const personMentions = new Map<string, number>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const form = text.slice(e.start, e.end);
    personMentions.set(form, (personMentions.get(form) ?? 0) + 1);
  }
  // 扎帕罗娃、米尔|济约|耶娃: pieces of a transliterated name read as names of their own give way to the whole name
  // read elsewhere in the document (米尔济约耶娃), as a shorter reading of one name does.
  const readHere = new Uint8Array(text.length);
  const blocked = (start: number, end: number, form: string) => readHere.subarray(start, end).includes(1) || (covered.subarray(start, end).includes(1) &&
    !(isTransliterated(form) && [...new Set(ownerOf().subarray(start, end))].every((index) => index < 0 || !kept[index] ||
      (entities[index].type === 'person' && entities[index].start >= start && entities[index].end <= end && entities[index].end - entities[index].start < form.length &&
        isTransliterated(text.slice(entities[index].start, entities[index].end))))));
  for (const form of [...forms.keys()].sort((a, b) => b.length - a.length)) {
    const readings: { start: number; end: number; overlapping: number[] }[] = [];
    let insideBodies = 0;
    for (const start of occurrences.get(form)!) {
      const end = start + form.length;
      if (blocked(start, end, form) || namesDoctrine(text, end)) continue;
      const overlapping = [...new Set(ownerOf().subarray(start, end))].filter((index) => index >= 0 && kept[index]);
      // A name inside a longer place or organisation (邓小平理论研究会) stays part of it.
      if (namesInstitution(text, end) || overlapping.some((index) => entities[index].type !== 'person' && (entities[index].start < start || entities[index].end > end))) {
        insideBodies++;
        continue;
      }
      readings.push({ start, end, overlapping });
    }
    // An untitled name is copied onto an occurrence the recognisers passed over only where the labeller does not
    // rule a person out there (库尔德 read as a person once is not copied onto ten 库尔德人); a title says it is a
    // name, and so does a surname before given-name characters (全红婵, where the labeller misses one mention).
    const untitled = !titled.has(form);
    const readAsPerson = (r: { overlapping: number[] }) => r.overlapping.some((index) => entities[index].type === 'person');
    // 丰田公司 twenty times, 丰田 read as a person four: an untitled form the document mostly writes as the start of a
    // body's name is that body's (a brand, a company), and is not copied where nothing was read.
    const brand = untitled && insideBodies > (personMentions.get(form) ?? 0);
    const copies = brand ? readings.filter(readAsPerson)
      : mayBePerson && untitled && !readsAsChineseName(form) ? readings.filter((r) => readAsPerson(r) || mayBePerson(r.start, r.end)) : readings;
    // An untitled name is not copied over a place or a body read with the same bounds (库尔德人, 欧佩克, 丰田, 麦纳麦: one
    // reading as a person among twenty as a place): across the folds of PD1998 dev, such copies were wrong four times
    // in five; a majority vote kept more of them.
    const sameBoundsOther = (r: { overlapping: number[]; start: number; end: number }) => r.overlapping.some((index) => entities[index].type !== 'person' && entities[index].start === r.start && entities[index].end === r.end);
    for (const { start, end, overlapping } of copies) {
      if (blocked(start, end, form)) continue; // 沙沙沙: occurrences of one form may overlap
      if (untitled && sameBoundsOther({ start, end, overlapping })) continue;
      // A mention of a losing form inside this occurrence gives way to it, passing on its title.
      const person = makePerson(start, end, forms.get(form)!);
      for (const index of overlapping) {
        const e = entities[index];
        kept[index] = false;
        if (e.type === 'person' && e.role && !person.role) Object.assign(person, { role: e.role, official: e.official });
      }
      added.push(person);
      covered.fill(1, start, end);
      readHere.fill(1, start, end);
    }
  }
  if (!added.length) return entities;
  return [...entities.filter((_, index) => kept[index]), ...added].sort((a, b) => a.start - b.start);
}


/** Known officials by surname: the national leaders a lone surname with a title may stand for (习|主席). */
const OFFICIALS_BY_SURNAME = new Map<string, string[]>();
for (const name of Object.values(knownOfficials.groups).flat()) {
  if (name.length > 3) continue;
  const surname = name.slice(0, surnameLength(name, 0));
  OFFICIALS_BY_SURNAME.set(surname, [...(OFFICIALS_BY_SURNAME.get(surname) ?? []), name]);
}

/**
 * A surname alone with a title (习主席, 王书记) is the one person of the document with that surname (or the one of them
 * given that title), or else the one national leader with it: its canonical name is theirs, its span stays the surname
 * (PD1998's guideline).
 */
function withFullNames<E extends ConsistencyEntity>(text: string, entities: E[]): E[] {
  const fullNames = new Map<string, Set<string>>();
  const loneSurnames: E[] = [];
  const rolesOf = new Map<string, string[]>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const name = e.canonical ?? text.slice(e.start, e.end);
    if (e.role) rolesOf.set(name, [...(rolesOf.get(name) ?? []), e.role]);
    const surname = surnameLength(name, 0);
    if (!surname) continue;
    if (surname === name.length) {
      if (e.role) loneSurnames.push(e);
      continue;
    }
    // A Chinese name: one or two given characters (乌|沙科夫 is a transliteration, no surname in it).
    if (name.length > surname + 2) continue;
    const key = name.slice(0, surname);
    fullNames.set(key, (fullNames.get(key) ?? new Set()).add(name));
  }
  for (const e of loneSurnames) {
    const surname = e.canonical ?? text.slice(e.start, e.end);
    const inDocument = fullNames.get(surname);
    const candidates = inDocument ? [...inDocument] : OFFICIALS_BY_SURNAME.get(surname) ?? [];
    // 胡锦涛主席 … 胡志明陵 … 胡主席: of several, the one person the report gives that title (胡锦涛).
    const titled = candidates.filter((name) => rolesOf.get(name)?.some((role) => role.endsWith(e.role!)));
    if (candidates.length === 1) e.canonical = candidates[0];
    else if (titled.length === 1) e.canonical = titled[0];
  }
  return entities;
}
