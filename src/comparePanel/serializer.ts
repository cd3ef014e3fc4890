import * as vscode from 'vscode';
import { ComparePanel, type AnalysisProvider } from './comparePanel';
import { isComparePanelState } from './comparePanelModel';
import { escapeHtml } from './security';

/** Brings a compare panel back after a window reload, from the two URIs its page saved with setState. */
export class ComparePanelSerializer implements vscode.WebviewPanelSerializer {
  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly getAnalysis: AnalysisProvider,
    private readonly onRevived: (panel: ComparePanel) => void,
  ) {}

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (!isComparePanelState(state)) {
      panel.dispose();
      return;
    }
    try {
      const [a, b] = await Promise.all([state.a, state.b].map((uri) => vscode.workspace.openTextDocument(vscode.Uri.parse(uri))));
      this.onRevived(await ComparePanel.revive(panel, this.extensionUri, a, b, this.getAnalysis));
    } catch (error) {
      // A report was deleted or moved since: say so instead of leaving a blank panel.
      panel.webview.options = { enableScripts: false };
      panel.webview.html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head>` +
        `<body><p>Could not reopen the compared reports: ${escapeHtml(error instanceof Error ? error.message : String(error))}</p></body></html>`;
    }
  }
}
