import * as vscode from 'vscode';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import { locationOf } from './locations';

/** Go to Definition on a person or place: its first mention with the fullest title. */
export class NewsDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly documents: NewsDocuments) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location | undefined> {
    const model = await this.documents.getForDocument(document, token);
    const ref = model?.entityAt(document.offsetAt(position));
    if (!model || !ref || ref.entity.type === 'date') return undefined;
    return locationOf(model, model.definitionOf(ref.entity));
  }
}

export function registerDefinitionSupport(selector: vscode.DocumentSelector, documents: NewsDocuments): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(selector, new NewsDefinitionProvider(documents));
}
