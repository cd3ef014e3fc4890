import * as vscode from 'vscode';
import { HOVER_LINK_COMMANDS } from '../commandIds';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import type { PeopleIndex } from '../peopleView/peopleIndex';
import { buildHoverCard } from './hoverCard';

/** Hover cards for people, places, organisations and dates, answered from the per-version analysis cache. */
export class NewsHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly documents: NewsDocuments,
    private readonly people?: PeopleIndex,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const model = this.documents.peek(document) ?? (await this.documents.getForDocument(document, token));
    if (!model || token.isCancellationRequested) return undefined;
    const card = buildHoverCard(model, document.offsetAt(position), {
      mentionsElsewhere: (entity, uri) => this.documents.workspaceIndex.mentionsElsewhere(entity, uri),
      language: vscode.env.language,
      people: this.people,
    });
    if (!card) return undefined;
    const content = new vscode.MarkdownString(card.markdown);
    // Links in the card may run our own commands and nothing else.
    content.isTrusted = { enabledCommands: [...HOVER_LINK_COMMANDS] };
    const range = new vscode.Range(document.positionAt(card.entity.start), document.positionAt(card.entity.end));
    return new vscode.Hover(content, range);
  }
}

export function registerHoverSupport(selector: vscode.DocumentSelector, documents: NewsDocuments, people?: PeopleIndex): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, new NewsHoverProvider(documents, people));
}
