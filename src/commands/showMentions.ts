import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { ShowMentionsCommandId } from '../commandIds';

/** Shows every mention of the entity at an offset in the references peek (hover card "show all" link). */
export class ShowMentionsCommand implements Command {
  readonly id = ShowMentionsCommandId;

  async execute(uri: unknown, offset: unknown): Promise<void> {
    if (typeof uri !== 'string' || typeof offset !== 'number') return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const position = document.positionAt(offset);
    await vscode.window.showTextDocument(document, { selection: new vscode.Selection(position, position), preserveFocus: false });
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
    await vscode.commands.executeCommand('editor.action.showReferences', document.uri, position, locations ?? []);
  }
}
