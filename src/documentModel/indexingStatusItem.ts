import * as vscode from 'vscode';
import { CancelIndexingCommandId } from '../commandIds';
import type { IndexingProgress, WorkspaceNewsIndex } from './workspaceNewsIndex';

/** Redraws at most this often: thousands of small files must not mean thousands of status bar updates. */
const REDRAW_MS = 100;

/** `Indexing news 340/2000` in the status bar while the workspace index reads files; a click stops it. */
export class IndexingStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.indexing', vscode.StatusBarAlignment.Left, 0);
  private readonly subscription: { dispose(): void };
  private lastDrawn = 0;

  constructor(index: WorkspaceNewsIndex) {
    this.item.name = vscode.l10n.t('News Annotator: indexing');
    this.item.tooltip = vscode.l10n.t('News Annotator is reading the news files of the workspace. Click to stop.');
    this.item.command = CancelIndexingCommandId;
    this.subscription = index.onDidProgress((progress) => this.update(progress));
  }

  private update({ done, total, indexing }: IndexingProgress): void {
    if (!indexing) {
      this.item.hide();
      return;
    }
    const now = Date.now();
    if (now - this.lastDrawn < REDRAW_MS) return;
    this.lastDrawn = now;
    this.item.text = `$(sync~spin) ${vscode.l10n.t('Indexing news {0}/{1}', done, total)}`;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
