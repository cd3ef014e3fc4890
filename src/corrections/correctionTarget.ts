import * as vscode from 'vscode';
import type { Entity } from '../core/types';
import type { NewsDocuments } from '../documentModel/newsDocuments';

/** What a correction is about: a span of a news document, its text, and the entity recognised there, if any. */
export interface CorrectionTarget {
  document: vscode.TextDocument;
  start: number;
  end: number;
  /** The span's text without line breaks or spaces (a name broken across lines is one name). */
  text: string;
  /** The entity covering the span (exactly, or a longer one around it). */
  entity?: Entity;
}

/** Longer selections are sentences, not names. */
export const MAX_TARGET_LENGTH = 40;

/**
 * The target of a correction command: `(uri, start, end)` from a quick fix or a test, else the active editor's
 * selection, else the entity under its cursor. A string says why there is none.
 */
export async function resolveTarget(documents: NewsDocuments, args: unknown[]): Promise<CorrectionTarget | string> {
  const [uriArg, startArg, endArg] = args;
  const editor = vscode.window.activeTextEditor;
  const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg instanceof vscode.Uri ? uriArg : editor?.document.uri;
  if (!uri) return vscode.l10n.t('Open a news report and select a name first.');
  const document = editor?.document.uri.toString() === uri.toString() ? editor.document : await vscode.workspace.openTextDocument(uri);
  let start: number;
  let end: number;
  if (typeof startArg === 'number' && typeof endArg === 'number') [start, end] = [startArg, endArg];
  else if (editor && editor.document === document) [start, end] = [document.offsetAt(editor.selection.start), document.offsetAt(editor.selection.end)];
  else return vscode.l10n.t('Select a name in a news report first.');

  const model = await documents.getForDocument(document);
  if (!model) return vscode.l10n.t('This document is not analysed as news.');
  const ref = model.entityAt(start);
  const entity = ref && ref.entity.start <= start && end <= ref.entity.end ? ref.entity : undefined;
  if (start === end) {
    if (!entity) return vscode.l10n.t('Select the text to correct, or put the cursor on a recognised name.');
    [start, end] = [entity.start, entity.end];
  }
  const text = document.getText().slice(start, end).replace(/\s+/g, '');
  if (!text) return vscode.l10n.t('Select the text to correct, or put the cursor on a recognised name.');
  if (text.length > MAX_TARGET_LENGTH) return vscode.l10n.t('Select a name of at most {0} characters.', MAX_TARGET_LENGTH);
  return { document, start, end, text, entity };
}
