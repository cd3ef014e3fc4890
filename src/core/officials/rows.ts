import type { Analysis, Entity } from '../types';
import { reportDateOf, type ReportDate, type ReportDateSource } from './reportDate';

/**
 * One person with one title in one report: the researchers' table (CLI `people`, Export People Table…) and
 * what the People view is built from. `start`/`end` (UTF-16 code units into the report as analysed) point at
 * the mention that states the title, or at the person's first mention when the report gives no title.
 */
export interface PersonTitleRow {
  name: string;
  /** As the report writes it; empty when the report gives the person no title. */
  title: string;
  official: boolean;
  /** The report's date (see reportDateOf); empty when unknown. */
  date: string;
  dateSource: ReportDateSource;
  file: string;
  start: number;
  end: number;
}

const nameOf = (person: Entity) => person.canonical ?? person.text;
/** The core copies the first stated title onto later bare mentions; only a title stated at the mention counts. */
const statedTitle = (person: Entity) => (person.role && person.roleStatedHere !== false ? person.role : '');

/** The report's rows, in document order: each person once per distinct title (or once, untitled). */
export function personTitleRows(analysis: Analysis, file: string, reportDate: ReportDate = reportDateOf(analysis)): PersonTitleRow[] {
  const people = new Map<string, { mentions: Entity[]; official: boolean }>();
  const byStart = analysis.entities.filter((e) => e.type === 'person').sort((a, b) => a.start - b.start);
  for (const mention of byStart) {
    const person = people.get(nameOf(mention)) ?? { mentions: [], official: false };
    person.mentions.push(mention);
    person.official ||= mention.official === true;
    people.set(nameOf(mention), person);
  }
  const rows: PersonTitleRow[] = [];
  for (const [name, { mentions, official }] of people) {
    const row = (title: string, at: Entity): PersonTitleRow =>
      ({ name, title, official, date: reportDate.date, dateSource: reportDate.source, file, start: at.start, end: at.end });
    const titled = new Map<string, Entity>();
    for (const mention of mentions) {
      const title = statedTitle(mention);
      if (title && !titled.has(title)) titled.set(title, mention);
    }
    if (titled.size === 0) rows.push(row('', mentions[0]));
    for (const [title, mention] of titled) rows.push(row(title, mention));
  }
  return rows.sort((a, b) => a.start - b.start);
}
