import { postKey } from './posts';
import type { PersonTitleRow } from './rows';

/** A row on a person's timeline; `newPost`: a post no earlier-dated report gave them (a change of post). */
export interface TimelineRow extends PersonTitleRow {
  newPost: boolean;
  /** postKey(title); empty for no title. */
  post: string;
}

/** One person across the reports: what the People view lists and the hover's "titles over time" reads. */
export interface PersonSummary {
  name: string;
  official: boolean;
  /** The title of the latest dated report that gives one (else of any report); empty when none does. */
  latestTitle: string;
  /** Distinct reports naming the person. */
  reports: number;
  /** Earliest first; rows without a date last. Ordered when first read (a view lists thousands it never expands). */
  readonly timeline: TimelineRow[];
  /** Distinct posts (by postKey) among the titles. */
  posts: number;
  /** Distinct titles, for the filter. */
  titles: readonly string[];
}

export type PeopleOrder = 'name' | 'reports';

/** Dated rows by date (ISO strings: a year sorts before the days of that year), then undated; then by report. */
function compareRows(a: PersonTitleRow, b: PersonTitleRow): number {
  if (!a.date !== !b.date) return a.date ? -1 : 1;
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start;
}

/** Orders one person's rows and marks each post that first appears after an earlier-dated post. */
export function timelineOf(rows: readonly PersonTitleRow[]): TimelineRow[] {
  const sorted = [...rows].sort(compareRows);
  const seenBefore = new Set<string>(); // posts of strictly earlier dates
  const seenToday = new Set<string>();
  let today: string | undefined;
  return sorted.map((row) => {
    if (row.date !== today) {
      for (const key of seenToday) seenBefore.add(key);
      seenToday.clear();
      today = row.date;
    }
    const post = row.title ? postKey(row.title) : '';
    const newPost = row.date !== '' && post !== '' && seenBefore.size > 0 && !seenBefore.has(post);
    if (post && row.date) seenToday.add(post);
    // Spelled out rather than spread: one object shape for tens of thousands of rows (several times faster).
    return { name: row.name, title: row.title, official: row.official, date: row.date, dateSource: row.dateSource, file: row.file, start: row.start, end: row.end, newPost, post };
  });
}

/**
 * One person's figures in a single pass over their rows, without ordering them: the latest titled row is the
 * greatest by compareRows among dated ones (else among all), the later one on a tie, as the stable-sorted timeline's
 * last titled row would be.
 */
class Summary implements PersonSummary {
  readonly official: boolean;
  readonly latestTitle: string;
  readonly reports: number;
  readonly posts: number;
  readonly titles: readonly string[];
  private ordered: TimelineRow[] | undefined;

  constructor(readonly name: string, private readonly rows: readonly PersonTitleRow[]) {
    const files = new Set<string>();
    const titles = new Set<string>();
    const posts = new Set<string>();
    let official = false;
    let latest: PersonTitleRow | undefined;
    for (const row of rows) {
      files.add(row.file);
      official ||= row.official;
      if (!row.title) continue;
      titles.add(row.title);
      posts.add(postKey(row.title));
      if (!latest || (!!row.date === !!latest.date ? compareRows(row, latest) >= 0 : !!row.date)) latest = row;
    }
    this.official = official;
    this.latestTitle = latest?.title ?? '';
    this.reports = files.size;
    this.posts = posts.size;
    this.titles = [...titles];
  }

  get timeline(): TimelineRow[] {
    return (this.ordered ??= timelineOf(this.rows));
  }
}

/** Groups the rows of every report by person. */
export function summarizePeople(rows: Iterable<PersonTitleRow>): Map<string, PersonSummary> {
  const byName = new Map<string, PersonTitleRow[]>();
  for (const row of rows) {
    const list = byName.get(row.name);
    if (list) list.push(row);
    else byName.set(row.name, [row]);
  }
  const people = new Map<string, PersonSummary>();
  for (const [name, list] of byName) people.set(name, new Summary(name, list));
  return people;
}

/** Tone marks and spaces off, lower case: `Mǎ Xīngruì` → `maxingrui`, so pinyin sorts and matches as typed. */
export function plainPinyin(pinyin: string): string {
  return pinyin.normalize('NFD').replace(/[\u0300-\u036f\s]/g, '').toLowerCase().replace(/ü/g, 'v');
}

/**
 * Officials first, then by pinyin (`sortKey`, e.g. plainPinyin of the name) or by number of reports (most
 * first), ties by name.
 */
export function sortPeople(people: PersonSummary[], order: PeopleOrder, sortKey: (name: string) => string): PersonSummary[] {
  const keys = new Map(people.map((p) => [p.name, sortKey(p.name)]));
  const byKey = (a: PersonSummary, b: PersonSummary) => {
    const ka = keys.get(a.name)!;
    const kb = keys.get(b.name)!;
    return ka < kb ? -1 : ka > kb ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  };
  return [...people].sort((a, b) =>
    Number(b.official) - Number(a.official) || (order === 'reports' ? b.reports - a.reports : 0) || byKey(a, b));
}

/** People whose name, pinyin (as plainPinyin) or any title contains the query; all of them for an empty query. */
export function filterPeople(people: readonly PersonSummary[], query: string, pinyinOf: (name: string) => string): PersonSummary[] {
  const wanted = query.trim();
  if (!wanted) return [...people];
  const latin = plainPinyin(wanted);
  return people.filter((p) =>
    p.name.includes(wanted) ||
    (latin !== '' && pinyinOf(p.name).includes(latin)) ||
    p.titles.some((title) => title.includes(wanted)));
}

/** The person's posts in time order, each where it first appears: the hover's "titles over time". */
export function postsOverTime(person: PersonSummary): TimelineRow[] {
  const seen = new Set<string>();
  const out: TimelineRow[] = [];
  for (const row of person.timeline) {
    if (!row.post || seen.has(row.post)) continue;
    seen.add(row.post);
    out.push(row);
  }
  return out;
}
