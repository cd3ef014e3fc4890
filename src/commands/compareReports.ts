import * as vscode from 'vscode';
import type { Command } from './commandManager';
import { CompareReportsCommandId } from '../commandIds';
import type { ComparePanel, ComparePanelSnapshot } from '../comparePanel/comparePanel';
import { isNewsPath } from '../documentModel/newsDocumentFilter';

type OpenComparison = (a: vscode.TextDocument, b: vscode.TextDocument) => Promise<ComparePanel>;

function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string') return vscode.Uri.parse(value);
  return undefined;
}

const fileName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? uri.toString();

/**
 * "News Annotator: Compare Reports". Takes two files selected in the Explorer, or two URIs (from
 * other commands and tests), or else the active report plus one picked from the other news files.
 * Returns the panel's content (snapshot) so callers and tests can check what it shows.
 */
export class CompareReportsCommand implements Command {
  readonly id = CompareReportsCommandId;

  constructor(private readonly openComparison: OpenComparison) {}

  async execute(first?: unknown, second?: unknown): Promise<ComparePanelSnapshot | undefined> {
    const pair = await this.pickPair(first, second);
    if (!pair) return undefined;
    const [a, b] = await Promise.all(pair.map((uri) => vscode.workspace.openTextDocument(uri)));
    const panel = await this.openComparison(a, b);
    return panel.snapshot;
  }

  private async pickPair(first: unknown, second: unknown): Promise<[vscode.Uri, vscode.Uri] | undefined> {
    // Explorer context menu: (clicked, allSelected).
    if (Array.isArray(second) && second.length >= 2) {
      const [a, b] = second.map(asUri);
      if (a && b) return [a, b];
    }
    const a = asUri(first) ?? vscode.window.activeTextEditor?.document.uri;
    if (!a) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a news report first, or select two reports in the Explorer.'));
      return undefined;
    }
    const b = asUri(second) ?? (await this.pickOther(a));
    return b ? [a, b] : undefined;
  }

  private async pickOther(a: vscode.Uri): Promise<vscode.Uri | undefined> {
    const found = await vscode.workspace.findFiles('**/*.{txt,md}', '**/{node_modules,.git,out,dist}/**', 500);
    const open = vscode.workspace.textDocuments.filter((d) => !d.isClosed && d.uri.scheme !== 'output').map((d) => d.uri);
    const candidates = new Map<string, vscode.Uri>();
    for (const uri of [...open, ...found]) if (uri.toString() !== a.toString()) candidates.set(uri.toString(), uri);
    // News files first (seeds/, *.news.txt), then the rest by name.
    const items = [...candidates.values()]
      .sort((x, y) => Number(isNewsPath(y.path)) - Number(isNewsPath(x.path)) || fileName(x).localeCompare(fileName(y)))
      .map((uri) => ({ label: fileName(uri), description: vscode.workspace.asRelativePath(uri), uri }));
    if (items.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No other report to compare with.'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Compare {0} with…', fileName(a)), placeHolder: vscode.l10n.t('Pick the second report'), matchOnDescription: true });
    return picked?.uri;
  }
}
