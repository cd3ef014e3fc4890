import * as l10n from '@vscode/l10n';
import type { ComparedEvent, ComparisonResult, NameSplit } from '../core/compare';
import { canonicalName } from '../core/compare/nameSplit';
import type { Analysis, EntityType } from '../core/types';
import type { ComparePanelModel, Side } from './comparePanelModel';
import { displayDate } from './displayDate';
import { revealableName, revealAttributes } from './revealTarget';
import { escapeHtml } from './security';

type Span = { start: number; end: number };

const headers = (...titles: string[]) => titles.map((t) => `<th scope="col">${escapeHtml(t)}</th>`).join('');
const emptyNote = (text: string) => `<p class="empty">${escapeHtml(text)}</p>`;

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
    `<thead><tr><th scope="col">${escapeHtml(l10n.t('Both ({0})', split.both.length))}</th><th scope="col">${escapeHtml(l10n.t('Only A ({0})', split.onlyA.length))}</th>` +
    `<th scope="col">${escapeHtml(l10n.t('Only B ({0})', split.onlyB.length))}</th></tr></thead>` +
    `<tbody><tr><td>${list(split.both, 'a', inA)}</td><td>${list(split.onlyA, 'a', inA)}</td><td>${list(split.onlyB, 'b', inB)}</td></tr></tbody></table>`;
}

export function peopleAndPlacesHtml(model: ComparePanelModel): string {
  return nameTable(l10n.t('People'), model.result.persons, model, 'person') + nameTable(l10n.t('Places'), model.result.places, model, 'place');
}

export function roleDifferencesHtml(model: ComparePanelModel): string {
  const rows = model.result.roleDifferences;
  if (rows.length === 0) return emptyNote(l10n.t('Every person in both reports is described alike.'));
  const inA = firstMentions(model.a.analysis, 'person');
  return `<table class="roles"><thead><tr>${headers(l10n.t('Person'), l10n.t('In A'), l10n.t('In B'))}</tr></thead><tbody>` +
    rows.map((d) => `<tr><th scope="row">${revealableName(d.person, 'a', inA.get(d.person))}</th><td>${escapeHtml(d.a)}</td><td>${escapeHtml(d.b)}</td></tr>`).join('') +
    '</tbody></table>';
}

function eventCell(event: ComparedEvent, side: Side): string {
  const inferred = `<span class="inferred" title="${escapeHtml(l10n.t('Year lent by the other report'))}">${escapeHtml(l10n.t('(year inferred)'))}</span>`;
  const date = event.date ? `${escapeHtml(displayDate(event.date))}${event.yearInferred ? ` ${inferred}` : ''}` : `<span class="empty">${escapeHtml(l10n.t('undated'))}</span>`;
  return `<span class="reveal" ${revealAttributes(side, event.start, event.end)}>${escapeHtml(event.label)}</span> <span class="date">${date}</span>`;
}

export function eventsHtml(result: ComparisonResult): string {
  const { matched, onlyA, onlyB } = result.events;
  const rows = [
    ...matched.map((m) => `<tr><td>${eventCell(m.a, 'a')}</td><td>${eventCell(m.b, 'b')}</td></tr>`),
    ...onlyA.map((e) => `<tr><td>${eventCell(e, 'a')}</td><td class="empty">—</td></tr>`),
    ...onlyB.map((e) => `<tr><td class="empty">—</td><td>${eventCell(e, 'b')}</td></tr>`),
  ];
  if (rows.length === 0) return emptyNote(l10n.t('No events.'));
  const head = headers(l10n.t('A ({0} matched, {1} only A)', matched.length, onlyA.length), l10n.t('B ({0} only B)', onlyB.length));
  return `<table class="events"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function conflictsHtml(result: ComparisonResult): string {
  if (result.conflicts.length === 0) return emptyNote(l10n.t('No conflicts between matched events.'));
  return `<table class="conflicts"><thead><tr>${headers(l10n.t('What'), 'A', 'B')}</tr></thead><tbody>` +
    result.conflicts.map((c) => `<tr><th scope="row">${escapeHtml(c.what)}</th><td>${escapeHtml(c.a)}</td><td>${escapeHtml(c.b)}</td></tr>`).join('') +
    '</tbody></table>';
}
