import type { Entity } from '../core/types';
import { commandLink, RevealRangeCommandId, ShowMentionsCommandId } from '../commands/commandIds';
import { displayName, type EventRef, type NewsDocumentModel } from '../documentModel/newsDocumentModel';
import type { MentionsElsewhere } from '../documentModel/workspaceNewsIndex';
import { describeDate, shortDate } from './dateFormat';
import { placeChainOf } from './placeChain';

/** What a hover card needs besides the document's own model. */
export interface HoverCardContext {
  /** Mentions in the workspace's other news files; undefined while the workspace is still being indexed. */
  mentionsElsewhere(entity: Entity, uri: string): MentionsElsewhere | undefined;
}

const TYPE_LABELS: Record<Entity['type'], string> = {
  person: '人物 person',
  place: '地点 place',
  organization: '机构 organisation',
  date: '日期 date',
};

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
  const memoKey = `hover:${ref.index}:${elsewhere ? `${elsewhere.mentions}/${elsewhere.files}` : '…'}`;
  let markdown = model.memo.get(memoKey) as string | undefined;
  if (markdown === undefined) {
    markdown = renderCard(model, entity, elsewhere);
    model.memo.set(memoKey, markdown);
  }
  return { markdown, entity };
}

function renderCard(model: NewsDocumentModel, entity: Entity, elsewhere: MentionsElsewhere | undefined): string {
  switch (entity.type) {
    case 'person':
      return personCard(model, entity, elsewhere);
    case 'place':
      return placeCard(model, entity, elsewhere);
    case 'date':
      return dateCard(model, entity);
    default:
      return organizationCard(model, entity, elsewhere);
  }
}

function personCard(model: NewsDocumentModel, person: Entity, elsewhere: MentionsElsewhere | undefined): string {
  const name = displayName(person);
  const lines = [`**${md(name)}**${model.facts.pinyin[name] ? ` · *${md(model.facts.pinyin[name])}*` : ''} — ${TYPE_LABELS.person}`, ''];
  const titles = model.titlesOf(person, person.start);
  if (titles.length > 0) {
    lines.push(`职务 Titles: **${md(titles[0])}**${titles.length > 1 ? ` · ${titles.slice(1).map(md).join(' · ')}` : ''}`, '');
  }
  const official = model.mentionsOf(person).some((m) => m.official) || person.official;
  lines.push(`${official ? '官员 Official' : '非官员 Not an official'}`, '');
  lines.push(mentionsLine(model, person, elsewhere), '');
  lines.push(...eventList('参与的活动 Events', model, model.eventsFor(person)));
  return lines.join('\n');
}

function placeCard(model: NewsDocumentModel, place: Entity, elsewhere: MentionsElsewhere | undefined): string {
  const chain = placeChainOf(place, model);
  const head = chain[0];
  const lines = [`**${md(head.name)}**${head.kind ? ` · ${md(head.kind)}` : ''} — ${TYPE_LABELS.place}`, ''];
  if (chain.length > 1) lines.push(chain.map((link) => md(link.name)).join(' → '), '');
  lines.push(mentionsLine(model, place, elsewhere), '');
  lines.push(...eventList('在此举行的活动 Events held here', model, model.eventsFor(place)));
  return lines.join('\n');
}

function dateCard(model: NewsDocumentModel, date: Entity): string {
  const lines: string[] = [];
  if (date.value) {
    lines.push(`**${md(describeDate(date.value))}** \`${date.value}\` — ${TYPE_LABELS.date}`, '');
  } else {
    lines.push(`**${md(date.text)}** — ${TYPE_LABELS.date} (unresolved)`, '');
  }
  if (date.resolvedBy) lines.push(`解析 Resolved: ${md(date.resolvedBy)}`, '');
  lines.push(...eventList('当天的活动 Events on that day', model, model.eventsFor(date)));
  return lines.join('\n');
}

function organizationCard(model: NewsDocumentModel, org: Entity, elsewhere: MentionsElsewhere | undefined): string {
  return [`**${md(displayName(org))}** — ${TYPE_LABELS[org.type] ?? org.type}`, '', mentionsLine(model, org, elsewhere)].join('\n');
}

function mentionsLine(model: NewsDocumentModel, entity: Entity, elsewhere: MentionsElsewhere | undefined): string {
  const here = model.mentionsOf(entity).length;
  const other = elsewhere
    ? elsewhere.files > 0
      ? `${elsewhere.mentions} in ${elsewhere.files} other news file${elsewhere.files === 1 ? '' : 's'}`
      : 'none in other news files'
    : 'other news files: indexing…';
  const link = commandLink('show all', ShowMentionsCommandId, [model.uri, entity.start], 'Find all mentions');
  return `提及 Mentions: ${here} here · ${other} · ${link}`;
}

function eventList(heading: string, model: NewsDocumentModel, events: EventRef[]): string[] {
  if (events.length === 0) return [];
  const items = events.slice(0, 8).map(({ event }) => {
    const link = commandLink(md(event.label), RevealRangeCommandId, [model.uri, event.start, event.end], 'Go to event');
    const when = shortDate(event.date);
    return `- ${link}${when ? ` · ${when}` : ''}`;
  });
  if (events.length > 8) items.push(`- … ${events.length - 8} more`);
  return [`${heading}:`, '', ...items];
}

/** Escapes text from the document so it cannot form markdown (or links) in the card. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

