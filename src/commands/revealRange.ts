import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { RevealRangeCommandId } from '../commandIds';

/** Opens a document and selects [start, end) (UTF-16 offsets). Hover links to events run this. */
export class RevealRangeCommand implements Command {
  readonly id = RevealRangeCommandId;

  async execute(uri: unknown, start: unknown, end: unknown): Promise<void> {
    // Arguments come from a link: check them rather than trust them.
    if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    const editor = await vscode.window.showTextDocument(document, { selection: new vscode.Selection(range.start, range.end) });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
