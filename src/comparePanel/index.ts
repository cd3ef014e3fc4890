import * as vscode from 'vscode';
import { COMPARE_VIEW_TYPE, ComparePanel, type AnalysisProvider } from './comparePanel';
import { ComparePanelSerializer } from './serializer';
import { Disposable } from '../util/dispose';

export type { AnalysisProvider, ComparePanelSnapshot } from './comparePanel';

/**
 * The compare panels: opens them (for the "Compare Reports" command) and restores them after a window reload
 * (the serializer). Every open panel is disposed with the extension.
 */
export class ComparePanels extends Disposable {
  private readonly panels = new Set<ComparePanel>();

  constructor(private readonly extensionUri: vscode.Uri, private readonly getAnalysis: AnalysisProvider) {
    super();
    this.register(vscode.window.registerWebviewPanelSerializer(COMPARE_VIEW_TYPE, new ComparePanelSerializer(extensionUri, getAnalysis, (panel) => this.track(panel))));
    this.register({ dispose: () => { for (const panel of this.panels) panel.dispose(); this.panels.clear(); } });
  }

  async open(a: vscode.TextDocument, b: vscode.TextDocument): Promise<ComparePanel> {
    return this.track(await ComparePanel.open(this.extensionUri, a, b, this.getAnalysis));
  }

  private track(panel: ComparePanel): ComparePanel {
    this.panels.add(panel);
    panel.onDidDispose(() => this.panels.delete(panel));
    return panel;
  }
}
