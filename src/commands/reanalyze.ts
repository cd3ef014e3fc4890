import * as vscode from 'vscode';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import type { Command } from './commandManager';
import { ReanalyzeCommandId } from '../commandIds';

/** "News Annotator: Re-analyse Document": drops the cached analyses and refreshes the providers. */
export class ReanalyzeCommand implements Command {
  readonly id = ReanalyzeCommandId;

  constructor(private readonly documents: NewsDocuments) {}

  async execute(): Promise<void> {
    this.documents.reanalyzeAll();
    const editor = vscode.window.activeTextEditor;
    if (editor && this.documents.isNews(editor.document)) await this.documents.getForDocument(editor.document);
  }
}
