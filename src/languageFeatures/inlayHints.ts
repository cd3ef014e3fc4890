import * as vscode from 'vscode';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import { newsSettings } from '../settings';
import { dateHintLabel } from './dateHints';
import { describeResolution } from './dateFormat';

/** After day-only and relative dates, the date they resolve to: 27日下午 ▸ 2023-08-27. */
export class NewsInlayHintsProvider implements vscode.InlayHintsProvider {
  readonly onDidChangeInlayHints: vscode.Event<void>;

  constructor(private readonly documents: NewsDocuments) {
    this.onDidChangeInlayHints = (listener, thisArg, disposables) =>
      documents.onDidChange(() => listener.call(thisArg, undefined), undefined, disposables);
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    if (!newsSettings(document).inlayHintsEnabled) return [];
    const model = await this.documents.getForDocument(document, token);
    if (!model || token.isCancellationRequested) return [];
    const hints: vscode.InlayHint[] = [];
    // Only the visible range: cheap on a megabyte document.
    for (const entity of model.entitiesIn(document.offsetAt(range.start), document.offsetAt(range.end))) {
      const label = dateHintLabel(entity, vscode.env.language);
      if (!label) continue;
      const hint = new vscode.InlayHint(document.positionAt(entity.end), label);
      hint.paddingLeft = true;
      if (entity.resolution) hint.tooltip = vscode.l10n.t('Resolved by: {0}', describeResolution(entity.resolution));
      hints.push(hint);
    }
    return hints;
  }
}

export function registerInlayHintsSupport(selector: vscode.DocumentSelector, documents: NewsDocuments): vscode.Disposable {
  return vscode.languages.registerInlayHintsProvider(selector, new NewsInlayHintsProvider(documents));
}
