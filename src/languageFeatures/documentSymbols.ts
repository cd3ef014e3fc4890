import * as vscode from 'vscode';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import type { NewsDocumentModel } from '../documentModel/newsDocumentModel';
import { buildEventOutline, eventDetail, type OutlineEvent } from './eventOutline';

/** The Outline / breadcrumbs / Go to Symbol: the article's headings on top, then its events in date order. */
export class NewsDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly documents: NewsDocuments) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const model = await this.documents.getForDocument(document, token);
    if (!model || token.isCancellationRequested) return [];
    const headings = model.analysis.headings.map(
      (heading) => new vscode.DocumentSymbol(heading.text, '', vscode.SymbolKind.String, this.range(model, heading), this.range(model, heading)),
    );
    return [...headings, ...buildEventOutline(model.events).map((row) => this.toSymbol(model, row))];
  }

  private toSymbol(model: NewsDocumentModel, row: OutlineEvent): vscode.DocumentSymbol {
    const range = this.range(model, row.event);
    const symbol = new vscode.DocumentSymbol(row.event.label, eventDetail(row.event, vscode.env.language), vscode.SymbolKind.Event, range, range);
    symbol.children = row.children.map((child) => this.toSymbol(model, child));
    return symbol;
  }

  private range(model: NewsDocumentModel, span: { start: number; end: number }): vscode.Range {
    const start = model.lines.positionAt(span.start);
    const end = model.lines.positionAt(span.end);
    return new vscode.Range(start.line, start.character, end.line, end.character);
  }
}

export function registerDocumentSymbolSupport(selector: vscode.DocumentSelector, documents: NewsDocuments): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(selector, new NewsDocumentSymbolProvider(documents), {
    label: vscode.l10n.t('News events'),
  });
}
