import * as l10n from '@vscode/l10n';
import type { SharedPassage } from '../core/compare';
import type { Side } from './comparePanelModel';
import { escapeHtml, safeExternalUrl } from './security';

// Markdown images in a report: shown as a link to the picture, never loaded.
const IMAGE = /!\[([^\]\n]*)\]\(([^)\s]*)[^)\n]*\)/g;

/** Escaped text in which Markdown images become plain links (the CSP would block loading them anyway). */
export function textWithImageLinks(text: string): string {
  let html = '';
  let last = 0;
  for (const m of text.matchAll(IMAGE)) {
    const url = safeExternalUrl(m[2]);
    if (!url) continue;
    html += escapeHtml(text.slice(last, m.index));
    const name = m[1] || l10n.t('Picture from {0}', new URL(url).host);
    html += `<a class="image-link" href="${escapeHtml(url)}" title="${escapeHtml(url)}">[${escapeHtml(name)}]</a>`;
    last = m.index! + m[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/**
 * One report's text with the shared passages marked. Passages of A may overlap (B quotes one passage of
 * A twice), so the text is cut at every passage boundary and each piece lists the passages it belongs to.
 */
export function textColumnHtml(text: string, side: Side, passages: SharedPassage[]): string {
  const spans = passages.map((p, id) => ({ id, ...p[side] }));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((x, y) => x - y);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = textWithImageLinks(text.slice(from, to));
    const ids = spans.filter((s) => s.start <= from && to <= s.end).map((s) => s.id);
    html += ids.length === 0
      ? piece
      : `<mark class="passage" data-passages="${ids.join(' ')}" data-side="${side}" data-start="${from}" data-end="${to}" tabindex="0" role="button" title="${escapeHtml(l10n.t('Shared passage — click to show it in the other report'))}">${piece}</mark>`;
  }
  return html;
}
