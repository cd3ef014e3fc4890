import type { ComparedEvent, ComparisonResult, NameSplit } from '../core/compare';
import { canonicalName } from '../core/compare/nameSplit';
import type { Analysis, EntityType } from '../core/types';
import type { ComparePanelModel, Side } from './comparePanelModel';
import { displayDate } from './displayDate';
import { revealableName, revealAttributes } from './revealTarget';
import { escapeHtml } from './security';

type Span = { start: number; end: number };

/** Where each name is first mentioned in one report, so a click can reveal it. */
function firstMentions(analysis: Analysis, type: EntityType): Map<string, Span> {
  const mentions = new Map<string, Span>();
  for (const e of analysis.entities) {
    const name = canonicalName(e);
    if (e.type === type && !mentions.has(name)) mentions.set(name, { start: e.start, end: e.end });
  }
  return mentions;
}

/** Names in three columns: both reports, only A, only B; each name reveals its first mention. */
function nameTable(caption: string, split: NameSplit, model: ComparePanelModel, type: EntityType): string {
  const inA = firstMentions(model.a.analysis, type);
  const inB = firstMentions(model.b.analysis, type);
  const list = (names: string[], side: Side, mentions: Map<string, Span>) =>
    names.length === 0 ? '<span class="empty">—</span>' : `<ul>${names.map((n) => `<li>${revealableName(n, side, mentions.get(n))}</li>`).join('')}</ul>`;
  return `<table class="names"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr><th scope="col">Both (${split.both.length})</th><th scope="col">Only A (${split.onlyA.length})</th><th scope="col">Only B (${split.onlyB.length})</th></tr></thead>` +
    `<tbody><tr><td>${list(split.both, 'a', inA)}</td><td>${list(split.onlyA, 'a', inA)}</td><td>${list(split.onlyB, 'b', inB)}</td></tr></tbody></table>`;
}

export function peopleAndPlacesHtml(model: ComparePanelModel): string {
  return nameTable('People', model.result.persons, model, 'person') + nameTable('Places', model.result.places, model, 'place');
}

export function roleDifferencesHtml(model: ComparePanelModel): string {
  const rows = model.result.roleDifferences;
  if (rows.length === 0) return '<p class="empty">Every person in both reports is described alike.</p>';
  const inA = firstMentions(model.a.analysis, 'person');
  return '<table class="roles"><thead><tr><th scope="col">Person</th><th scope="col">In A</th><th scope="col">In B</th></tr></thead><tbody>' +
    rows.map((d) => `<tr><th scope="row">${revealableName(d.person, 'a', inA.get(d.person))}</th><td>${escapeHtml(d.a)}</td><td>${escapeHtml(d.b)}</td></tr>`).join('') +
    '</tbody></table>';
}

function eventCell(event: ComparedEvent, side: Side): string {
  const date = event.date ? `${escapeHtml(displayDate(event.date))}${event.yearInferred ? ' <span class="inferred" title="Year lent by the other report">(year inferred)</span>' : ''}` : '<span class="empty">undated</span>';
  return `<span class="reveal" ${revealAttributes(side, event.start, event.end)}>${escapeHtml(event.label)}</span> <span class="date">${date}</span>`;
}

export function eventsHtml(result: ComparisonResult): string {
  const { matched, onlyA, onlyB } = result.events;
  const rows = [
    ...matched.map((m) => `<tr><td>${eventCell(m.a, 'a')}</td><td>${eventCell(m.b, 'b')}</td></tr>`),
    ...onlyA.map((e) => `<tr><td>${eventCell(e, 'a')}</td><td class="empty">—</td></tr>`),
    ...onlyB.map((e) => `<tr><td class="empty">—</td><td>${eventCell(e, 'b')}</td></tr>`),
  ];
  if (rows.length === 0) return '<p class="empty">No events.</p>';
  return `<table class="events"><thead><tr><th scope="col">A (${matched.length} matched, ${onlyA.length} only A)</th><th scope="col">B (${onlyB.length} only B)</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function conflictsHtml(result: ComparisonResult): string {
  if (result.conflicts.length === 0) return '<p class="empty">No conflicts between matched events.</p>';
  return '<table class="conflicts"><thead><tr><th scope="col">What</th><th scope="col">A</th><th scope="col">B</th></tr></thead><tbody>' +
    result.conflicts.map((c) => `<tr><th scope="row">${escapeHtml(c.what)}</th><td>${escapeHtml(c.a)}</td><td>${escapeHtml(c.b)}</td></tr>`).join('') +
    '</tbody></table>';
}
