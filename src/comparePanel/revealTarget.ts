import type { Side } from './comparePanelModel';
import { escapeHtml } from './security';

/**
 * Data attributes that make an element reveal [start, end) of one report in the editor when activated
 * (the media script reads them; they carry numbers only, never document text).
 */
export function revealAttributes(side: Side, start: number, end: number): string {
  return `data-side="${side}" data-start="${start}" data-end="${end}" tabindex="0" role="button"`;
}

/** A button-like name that reveals its first mention; plain text when that report never mentions it. */
export function revealableName(name: string, side: Side, span: { start: number; end: number } | undefined): string {
  if (!span) return escapeHtml(name);
  return `<span class="reveal" ${revealAttributes(side, span.start, span.end)} title="${escapeHtml(`${name} — show in the editor`)}">${escapeHtml(name)}</span>`;
}
