import type { ComparePanelModel } from './comparePanelModel';
import { conflictsHtml, eventsHtml, peopleAndPlacesHtml, roleDifferencesHtml } from './compareTablesHtml';
import { contentSecurityPolicy, escapeHtml } from './security';
import { textColumnHtml } from './textColumnHtml';
import { timelineSvg } from './timelineSvg';

/** What the document shell needs from the webview: URIs it may load, and this render's nonce. */
export interface WebviewResources {
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function section(id: string, title: string, content: string): string {
  return `<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${escapeHtml(title)}</h2>${content}</section>`;
}

/** The panel's content; rebuilt on every edit of either report and swapped in by the media script. */
export function compareBodyHtml(model: ComparePanelModel): string {
  const { a, b, result } = model;
  const column = (side: 'a' | 'b') =>
    `<div class="column"><h3>${side.toUpperCase()} · ${escapeHtml(model[side].label)} <span class="coverage">${percent(result.coverage[side])} shared</span></h3>` +
    `<div class="text" id="text-${side}" data-side="${side}">${textColumnHtml(model[side].text, side, result.passages)}</div></div>`;
  return [
    `<header><h1>${escapeHtml(a.label)} ⇄ ${escapeHtml(b.label)}</h1>` +
      `<p class="summary" id="summary">${result.passages.length} shared passages · ${result.persons.both.length} people in both · ` +
      `${result.roleDifferences.length} role differences · ${result.events.matched.length} matched events · ${result.conflicts.length} conflicts</p></header>`,
    section('passages', 'Texts side by side', `<div class="columns">${column('a')}${column('b')}</div>`),
    section('people', 'People and places', peopleAndPlacesHtml(model)),
    section('roles', 'Role differences', roleDifferencesHtml(model)),
    section('timeline', 'Timeline', `<div class="timeline-scroll">${timelineSvg(result.events)}</div>${eventsHtml(result)}`),
    section('conflicts', 'Conflicts', conflictsHtml(result)),
  ].join('\n');
}

/** The whole webview document: strict CSP, our stylesheet and our nonce'd script only. */
export function comparePanelHtml(body: string, resources: WebviewResources, state: { a: string; b: string }): string {
  return `<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(resources.cspSource, resources.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(resources.styleUri)}">
<title>Compare reports</title>
</head>
<body data-a="${escapeHtml(state.a)}" data-b="${escapeHtml(state.b)}">
<main id="compare">${body}</main>
<script nonce="${escapeHtml(resources.nonce)}" src="${escapeHtml(resources.scriptUri)}"></script>
</body>
</html>`;
}

/** Shown while the two reports are analysed. */
export function loadingBodyHtml(labelA: string, labelB: string): string {
  return `<p class="loading">Comparing ${escapeHtml(labelA)} and ${escapeHtml(labelB)}…</p>`;
}
