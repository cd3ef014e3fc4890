import * as vscode from 'vscode';
import { MarkAsCommandIds, NotAnEntityCommandId, SetTitleCommandId } from '../commandIds';
import { entityTypeLabel } from '../localization';
import type { MarkableType } from '../core/corrections/editCorrections';
import type { Entity } from '../core/types';
import { MAX_TARGET_LENGTH } from '../corrections/correctionTarget';
import type { NewsDocuments } from '../documentModel/newsDocuments';

const MARKABLE: MarkableType[] = ['person', 'place', 'organization'];

/**
 * Quick fixes on a selection or on the entity under the cursor: Mark as person / place / organisation,
 * Not an entity, Set title…. Each runs the command of the same name with `(uri, start, end)`.
 */
export class CorrectionActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly documents: NewsDocuments) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, _context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[] | undefined> {
    if (!this.documents.isNews(document) || range.start.line !== range.end.line) return undefined;
    const model = this.documents.peek(document) ?? (await this.documents.getForDocument(document, token));
    if (!model || token.isCancellationRequested) return undefined;
    let start = document.offsetAt(range.start);
    let end = document.offsetAt(range.end);
    const ref = model.entityAt(start);
    const around = ref && ref.entity.start <= start && end <= ref.entity.end ? ref.entity : undefined;
    if (start === end) {
      if (!around) return undefined;
      [start, end] = [around.start, around.end];
    }
    const text = document.getText().slice(start, end).replace(/\s+/g, '');
    if (!text || text.length > MAX_TARGET_LENGTH) return undefined;
    const exact = around && around.start === start && around.end === end ? around : undefined;
    return this.actionsFor(document, start, end, text, exact, model.entitiesIn(start, end).length > 0);
  }

  private actionsFor(document: vscode.TextDocument, start: number, end: number, text: string, exact: Entity | undefined, overlapsEntity: boolean): vscode.CodeAction[] {
    const args = [document.uri.toString(), start, end];
    const action = (title: string, command: string) => {
      const fix = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      fix.command = { title, command, arguments: args };
      return fix;
    };
    const actions = MARKABLE.filter((type) => exact?.type !== type).map((type) => action(vscode.l10n.t('Mark 「{0}」 as {1}', text, entityTypeLabel(type)), MarkAsCommandIds[type]));
    if (overlapsEntity) actions.push(action(vscode.l10n.t('「{0}」 is not an entity', text), NotAnEntityCommandId));
    if (!exact || exact.type === 'person') {
      const name = exact?.canonical ?? text;
      actions.push(action(vscode.l10n.t('Set title of 「{0}」…', name), SetTitleCommandId));
    }
    return actions;
  }
}

export function registerCorrectionActions(selector: vscode.DocumentSelector, documents: NewsDocuments): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(selector, new CorrectionActionProvider(documents), {
    providedCodeActionKinds: CorrectionActionProvider.providedCodeActionKinds,
  });
}
