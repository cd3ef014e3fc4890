import * as vscode from 'vscode';
import { markNotEntity } from '../core/corrections/editCorrections';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import type { CorrectionsStore } from '../corrections/correctionsStore';
import { recordCorrection, type CorrectionOutcome } from '../corrections/recordCorrection';
import type { Command } from './commandManager';
import { NotAnEntityCommandId } from '../commandIds';

/** "Not an Entity": the selected text (or the entity under the cursor) is never recognised again. */
export class NotAnEntityCommand implements Command {
  readonly id = NotAnEntityCommandId;

  constructor(
    private readonly documents: NewsDocuments,
    private readonly store: CorrectionsStore,
  ) {}

  execute(...args: unknown[]): Promise<CorrectionOutcome> {
    return recordCorrection(this.documents, this.store, args,
      (target) => (current) => markNotEntity(current, target.text),
      (target) => vscode.l10n.t('News Annotator: 「{0}」 is no longer an entity in any news file', target.text));
  }
}
