import * as vscode from 'vscode';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import { TOKEN_MODIFIERS, TOKEN_TYPES, tokenModifierBits, tokenTypeIndex } from './semanticTokenLegend';

export const newsTokenLegend = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

/** Semantic highlighting of people (officials with a modifier), places, organisations and dates. */
export class NewsSemanticTokensProvider implements vscode.DocumentSemanticTokensProvider {
  readonly onDidChangeSemanticTokens: vscode.Event<void>;

  constructor(private readonly documents: NewsDocuments) {
    this.onDidChangeSemanticTokens = (listener, thisArg, disposables) =>
      documents.onDidChange(() => listener.call(thisArg, undefined), undefined, disposables);
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | undefined> {
    const model = await this.documents.getForDocument(document, token);
    if (!model || token.isCancellationRequested) return undefined;
    const builder = new vscode.SemanticTokensBuilder(newsTokenLegend);
    let lastEnd = 0;
    for (const entity of model.entities) {
      const type = tokenTypeIndex(entity);
      // Tokens must not overlap; the first (outermost) entity wins.
      if (type < 0 || entity.start < lastEnd || entity.end <= entity.start) continue;
      lastEnd = entity.end;
      const modifiers = tokenModifierBits(entity);
      // A token cannot span lines: a name broken by a page break is marked piece by piece.
      const start = model.lines.positionAt(entity.start);
      const end = model.lines.positionAt(entity.end);
      for (let line = start.line; line <= end.line; line++) {
        const from = line === start.line ? start.character : 0;
        const to = line === end.line ? end.character : lineLength(model.text, model.lines.offsetAt(line, 0));
        if (to > from) builder.push(line, from, to - from, type, modifiers);
      }
    }
    return builder.build();
  }
}

export function registerSemanticTokensSupport(selector: vscode.DocumentSelector, documents: NewsDocuments): vscode.Disposable {
  return vscode.languages.registerDocumentSemanticTokensProvider(selector, new NewsSemanticTokensProvider(documents), newsTokenLegend);
}

function lineLength(text: string, lineStart: number): number {
  const newline = text.indexOf('\n', lineStart);
  const end = newline < 0 ? text.length : newline;
  return (text.charCodeAt(end - 1) === 13 ? end - 1 : end) - lineStart;
}
