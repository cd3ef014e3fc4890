import * as l10n from '@vscode/l10n';
import type { Entity } from '../core/types';
import { postsOverTime, type PersonSummary } from '../core/officials';
import { commandLink, RevealPersonCommandId, RevealRangeCommandId, ShowMentionsCommandId } from '../commandIds';
import { displayName, type EventRef, type NewsDocumentModel } from '../documentModel/newsDocumentModel';
import type { MentionsElsewhere } from '../documentModel/workspaceNewsIndex';
import { describeDate, describeResolution, otherReferenceSources, weekdayWarning } from './dateFormat';
import { eventDate } from './eventOutline';
import { placeChainOf } from './placeChain';

/** What a hover card needs besides the document's own model. */
export interface HoverCardContext {
  /** Mentions in the workspace's other news files; undefined while the workspace is still being indexed. */
  mentionsElsewhere(entity: Entity, uri: string): MentionsElsewhere | undefined;
  /** The display language (vscode.env.language) for dates; the labels come from the l10n bundle. */
  readonly language: string;
  /** People across the workspace's reports (titles over time); `generation` changes whenever they may have. */
  readonly people?: { readonly generation: number; person(name: string): PersonSummary | undefined };
}

/** The hover lists at most this many posts over time; "show all" opens the People view. */
const MAX_POSTS_IN_HOVER = 5;

/** Called per card, not at load: the l10n bundle is configured when the extension activates. */
function typeLabel(type: Entity['type']): string {
  switch (type) {
    case 'person':
      return l10n.t('person');
    case 'place':
      return l10n.t('place');
    case 'date':
      return l10n.t('date');
    default:
      return l10n.t('organisation');
  }
}

/**
 * The hover card (markdown) for the entity under `offset`, built from the cached model only. Pure: the vscode
 * adapter (hover.ts) wraps it in a trusted MarkdownString whose links may run only our commands.
 */
export function buildHoverCard(
  model: NewsDocumentModel,
  offset: number,
  context: HoverCardContext,
): { markdown: string; entity: Entity } | undefined {
  const ref = model.entityAt(offset);
  if (!ref) return undefined;
  const { entity } = ref;
  const elsewhere = context.mentionsElsewhere(entity, model.uri);
  // Same mention, same workspace state → same card: no recomputation while the mouse moves over it.
  const memoKey = `hover:${ref.index}:${elsewhere ? `${elsewhere.mentions}/${elsewhere.files}` : '…'}:${context.people?.generation ?? ''}`;
  let markdown = model.memo.get(memoKey) as string | undefined;
  if (markdown === undefined) {
    const person = entity.type === 'person' ? context.people?.person(displayName(entity)) : undefined;
    markdown = renderCard(model, entity, elsewhere, context.language, person);
    model.memo.set(memoKey, markdown);
  }
  return { markdown, entity };
}

function renderCard(model: NewsDocumentModel, entity: Entity, elsewhere: MentionsElsewhere | undefined, language: string, acrossReports: PersonSummary | undefined): string {
  switch (entity.type) {
    case 'person':
      return personCard(model, entity, elsewhere, language, acrossReports);
    case 'place':
      return placeCard(model, entity, elsewhere, language);
    case 'date':
      return dateCard(model, entity, language);
    default:
      return organizationCard(model, entity, elsewhere);
  }
}

function personCard(model: NewsDocumentModel, person: Entity, elsewhere: MentionsElsewhere | undefined, language: string, acrossReports: PersonSummary | undefined): string {
  const name = displayName(person);
  const lines = [`**${md(name)}**${model.facts.pinyin[name] ? ` · *${md(model.facts.pinyin[name])}*` : ''} — ${typeLabel('person')}`, ''];
  const titles = model.titlesOf(person, person.start);
  if (titles.length > 0) {
    lines.push(l10n.t('Titles: {0}', `**${md(titles[0])}**${titles.length > 1 ? ` · ${titles.slice(1).map(md).join(' · ')}` : ''}`), '');
  }
  if (acrossReports) lines.push(...titlesOverTime(acrossReports));
  const official = model.mentionsOf(person).some((m) => m.official) || person.official;
  lines.push(official ? l10n.t('Official') : l10n.t('Not an official'), '');
  lines.push(mentionsLine(model, person, elsewhere), '');
  lines.push(...eventList(l10n.t('Events:'), model, model.eventsFor(person), language));
  return lines.join('\n');
}

/**
 * The person's posts across the workspace's reports, oldest first, newest last, at most five (the newest):
 * `2014 · 广东省委副书记 — 2014-guangdong.txt`. Only when the reports give more than one post.
 */
function titlesOverTime(person: PersonSummary): string[] {
  const posts = postsOverTime(person);
  if (posts.length < 2) return [];
  const showAll = commandLink(l10n.t('show all'), RevealPersonCommandId, [person.name], l10n.t('Open the People view on {0}', person.name));
  const items = posts.slice(-MAX_POSTS_IN_HOVER).map((row) => {
    const file = decodeURIComponent(row.file.split('/').pop() ?? row.file);
    const report = commandLink(md(file), RevealRangeCommandId, [row.file, row.start, row.end], l10n.t('Go to mention'));
    return `- ${row.date ? row.date.slice(0, 4) : l10n.t('no date')} · ${md(row.title)} — ${report}`;
  });
  return [l10n.t('Titles over time ({0} posts): {1}', posts.length, showAll), '', ...items, ''];
}

function placeCard(model: NewsDocumentModel, place: Entity, elsewhere: MentionsElsewhere | undefined, language: string): string {
  const chain = placeChainOf(place, model);
  const head = chain[0];
  const lines = [`**${md(head.name)}**${head.kind ? ` · ${md(head.kind)}` : ''} — ${typeLabel('place')}`, ''];
  if (chain.length > 1) lines.push(chain.map((link) => md(link.name)).join(' → '), '');
  lines.push(mentionsLine(model, place, elsewhere), '');
  lines.push(...eventList(l10n.t('Events held here:'), model, model.eventsFor(place), language));
  return lines.join('\n');
}

function dateCard(model: NewsDocumentModel, date: Entity, language: string): string {
  const lines: string[] = [];
  if (date.value) {
    lines.push(`**${md(describeDate(date.value, language, date.open))}** \`${date.value}\` — ${typeLabel('date')}`, '');
  } else {
    lines.push(`**${md(date.text)}** — ${typeLabel('date')} ${l10n.t('(unresolved)')}`, '');
  }
  // The sources' own text (a file name, a dateline) as code: it is the document's, not a phrase of the card.
  if (date.resolution) lines.push(l10n.t('Resolved by: {0}', describeResolution(date.resolution, code)), '');
  const others = date.resolution && otherReferenceSources(date.resolution, model.analysis.reference, code);
  if (others) lines.push(others, '');
  const warning = date.value && weekdayWarning(date.value, date.weekdayMismatch, language);
  if (warning) lines.push(md(warning), '');
  lines.push(...eventList(l10n.t('Events on that day:'), model, model.eventsFor(date), language));
  return lines.join('\n');
}

function organizationCard(model: NewsDocumentModel, org: Entity, elsewhere: MentionsElsewhere | undefined): string {
  return [`**${md(displayName(org))}** — ${typeLabel(org.type)}`, '', mentionsLine(model, org, elsewhere)].join('\n');
}

function mentionsLine(model: NewsDocumentModel, entity: Entity, elsewhere: MentionsElsewhere | undefined): string {
  const here = model.mentionsOf(entity).length;
  const other = !elsewhere
    ? l10n.t('other news files: indexing…')
    : elsewhere.files === 0
      ? l10n.t('none in other news files')
      : elsewhere.files === 1
        ? l10n.t('{0} in 1 other news file', elsewhere.mentions)
        : l10n.t('{0} in {1} other news files', elsewhere.mentions, elsewhere.files);
  const link = commandLink(l10n.t('show all'), ShowMentionsCommandId, [model.uri, entity.start], l10n.t('Find all mentions'));
  return l10n.t('Mentions: {0} here · {1} · {2}', here, other, link);
}

function eventList(heading: string, model: NewsDocumentModel, events: EventRef[], language: string): string[] {
  if (events.length === 0) return [];
  const items = events.slice(0, 8).map(({ event }) => {
    // The label is short; the clause it was read from is the link's tooltip.
    const tooltip = event.clause ? `${l10n.t('Go to event')}: ${event.clause}` : l10n.t('Go to event');
    const link = commandLink(md(event.label), RevealRangeCommandId, [model.uri, event.start, event.end], tooltip);
    return `- ${link} · ${eventDate(event, language)}`;
  });
  if (events.length > 8) items.push(`- ${l10n.t('… {0} more', events.length - 8)}`);
  return [heading, '', ...items];
}

/** Text from the document as inline code (backticks inside it cannot close the span). */
const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

/** Escapes text from the document so it cannot form markdown (or links) in the card. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

