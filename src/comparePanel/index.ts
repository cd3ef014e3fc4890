import * as vscode from 'vscode';
import { CompareReportsCommand } from '../commands/compareReports';
import { COMPARE_VIEW_TYPE, ComparePanel, type AnalysisProvider } from './comparePanel';
import { ComparePanelSerializer } from './serializer';

export type { AnalysisProvider, ComparePanelSnapshot } from './comparePanel';
export { CompareReportsCommandId } from '../commands/compareReports';

/**
 * Registers the compare feature: the "Compare Reports" command and the panel serializer (so open
 * comparisons survive a window reload). Everything is disposed with the extension.
 */
export function registerCompareFeatures(context: vscode.ExtensionContext, getAnalysis: AnalysisProvider): vscode.Disposable {
  const panels = new Set<ComparePanel>();
  const track = (panel: ComparePanel) => {
    panels.add(panel);
    panel.onDidDispose(() => panels.delete(panel));
    return panel;
  };
  const command = new CompareReportsCommand(async (a, b) => track(await ComparePanel.open(context.extensionUri, a, b, getAnalysis)));
  const registrations = vscode.Disposable.from(
    vscode.commands.registerCommand(command.id, command.execute, command),
    vscode.window.registerWebviewPanelSerializer(COMPARE_VIEW_TYPE, new ComparePanelSerializer(context.extensionUri, getAnalysis, track)),
    { dispose: () => { for (const p of panels) p.dispose(); panels.clear(); } },
  );
  context.subscriptions.push(registrations);
  return registrations;
}
