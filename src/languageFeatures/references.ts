import * as vscode from 'vscode';
import { raceCancellation } from '../documentModel/cancellation';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import { locationOf, locationOfRange } from './locations';

/** Find All References: every mention of the person / place / organisation in the workspace's news files. */
export class NewsReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly documents: NewsDocuments) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    const model = await this.documents.getForDocument(document, token);
    const ref = model?.entityAt(document.offsetAt(position));
    if (!model || !ref) return undefined;
    const definition = model.definitionOf(ref.entity);
    // This document from its live model; the others from the workspace index (open ones live, others from disk).
    const locations = model.mentionsOf(ref.entity)
      .filter((mention) => context.includeDeclaration || mention !== definition)
      .map((mention) => locationOf(model, mention));
    const elsewhere = await raceCancellation(this.documents.workspaceIndex.mentionsEverywhere(ref.entity), token);
    if (!elsewhere) return locations;
    for (const file of elsewhere) {
      if (file.uri === model.uri) continue;
      locations.push(...file.mentions.map((mention) => locationOfRange(file.uri, mention)));
    }
    return locations;
  }
}

export function registerReferenceSupport(selector: vscode.DocumentSelector, documents: NewsDocuments): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(selector, new NewsReferenceProvider(documents));
}
