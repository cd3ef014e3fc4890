import * as vscode from 'vscode';
import type { CommandManager } from '../commands/commandManager';
import { CorrectionsStateCommand } from '../commands/correctionsState';
import { MarkAsEntityCommand } from '../commands/markAsEntity';
import { NotAnEntityCommand } from '../commands/notAnEntity';
import { SetTitleCommand } from '../commands/setTitle';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import { CorrectionsStore } from './correctionsStore';

/**
 * Corrections that persist: the workspace's corrections file feeds every analysis, and the commands that write
 * it (their quick fixes are a language feature, registered with the others). A change (ours or by hand)
 * re-analyses every open news document.
 */
export function registerCorrections(commandManager: CommandManager, documents: NewsDocuments, log: (message: string) => void): vscode.Disposable {
  const store = new CorrectionsStore(log);
  for (const type of ['person', 'place', 'organization'] as const) commandManager.registerCommand(new MarkAsEntityCommand(type, documents, store));
  commandManager.registerCommand(new NotAnEntityCommand(documents, store));
  commandManager.registerCommand(new SetTitleCommand(documents, store));
  commandManager.registerCommand(new CorrectionsStateCommand(store));
  const subscription = store.onDidChange((extension) => documents.setGazetteerExtension(extension));
  void store.reload();
  return vscode.Disposable.from(store, subscription);
}
