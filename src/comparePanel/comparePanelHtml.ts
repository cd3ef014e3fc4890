import * as l10n from '@vscode/l10n';
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
    `<div class="column"><h3>${side.toUpperCase()} · ${escapeHtml(model[side].label)} <span class="coverage">${escapeHtml(l10n.t('{0} shared', percent(result.coverage[side])))}</span></h3>` +
    `<div class="text" id="text-${side}" data-side="${side}">${textColumnHtml(model[side].text, side, result.passages)}</div></div>`;
  return [
    `<header><h1>${escapeHtml(a.label)} ⇄ ${escapeHtml(b.label)}</h1>` +
      `<p class="summary" id="summary">${escapeHtml(l10n.t('{0} shared passages · {1} people in both · {2} role differences · {3} matched events · {4} conflicts',
        result.passages.length, result.persons.both.length, result.roleDifferences.length, result.events.matched.length, result.conflicts.length))}</p></header>`,
    section('passages', l10n.t('Texts side by side'), `<div class="columns">${column('a')}${column('b')}</div>`),
    section('people', l10n.t('People and places'), peopleAndPlacesHtml(model)),
    section('roles', l10n.t('Role differences'), roleDifferencesHtml(model)),
    section('timeline', l10n.t('Timeline'), `<div class="timeline-scroll">${timelineSvg(result.events)}</div>${eventsHtml(result)}`),
    section('conflicts', l10n.t('Conflicts'), conflictsHtml(result)),
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
<title>${escapeHtml(l10n.t('Compare reports'))}</title>
</head>
<body data-a="${escapeHtml(state.a)}" data-b="${escapeHtml(state.b)}">
<main id="compare">${body}</main>
<script nonce="${escapeHtml(resources.nonce)}" src="${escapeHtml(resources.scriptUri)}"></script>
</body>
</html>`;
}

/** Shown while the two reports are analysed. */
export function loadingBodyHtml(labelA: string, labelB: string): string {
  return `<p class="loading">${escapeHtml(l10n.t('Comparing {0} and {1}…', labelA, labelB))}</p>`;
}
