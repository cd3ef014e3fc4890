import * as vscode from 'vscode';
import { CommandManager } from '../commands/commandManager';
import { CorrectionsStateCommand } from '../commands/correctionsState';
import { MarkAsEntityCommand } from '../commands/markAsEntity';
import { NotAnEntityCommand } from '../commands/notAnEntity';
import { SetTitleCommand } from '../commands/setTitle';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import { registerCorrectionActions } from '../languageFeatures/correctionActions';
import { CorrectionsStore } from './correctionsStore';

/**
 * Corrections that persist: the workspace's corrections file feeds every analysis, and the commands and quick
 * fixes that write it. A change (ours or by hand) re-analyses every open news document.
 */
export function registerCorrections(selector: vscode.DocumentSelector, documents: NewsDocuments, log: (message: string) => void): vscode.Disposable {
  const store = new CorrectionsStore(log);
  const commands = new CommandManager();
  for (const type of ['person', 'place', 'organization'] as const) commands.register(new MarkAsEntityCommand(type, documents, store));
  commands.register(new NotAnEntityCommand(documents, store));
  commands.register(new SetTitleCommand(documents, store));
  commands.register(new CorrectionsStateCommand(store));
  const subscription = store.onDidChange((extension) => documents.setGazetteerExtension(extension));
  void store.reload();
  return vscode.Disposable.from(store, commands, subscription, registerCorrectionActions(selector, documents));
}
