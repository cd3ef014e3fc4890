import * as vscode from 'vscode';
import { markAs, type MarkableType } from '../core/corrections/editCorrections';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import type { CorrectionsStore } from '../corrections/correctionsStore';
import { insideLongerEntity, recordCorrection, type CorrectionOutcome } from '../corrections/recordCorrection';
import type { Command } from './commandManager';
import { MarkAsCommandIds } from '../commandIds';
import { entityTypeLabel } from '../localization';

/**
 * "Mark as person / place / organisation": the selected text (or the entity under the cursor) is that kind of
 * entity wherever it occurs in the workspace's news files. Args `(uri, start, end)` from quick fixes and tests.
 */
export class MarkAsEntityCommand implements Command {
  readonly id: string;

  constructor(
    private readonly type: MarkableType,
    private readonly documents: NewsDocuments,
    private readonly store: CorrectionsStore,
  ) {
    this.id = MarkAsCommandIds[type];
  }

  execute(...args: unknown[]): Promise<CorrectionOutcome> {
    return recordCorrection(this.documents, this.store, args, (target) => {
      if (insideLongerEntity(target)) {
        const longer = target.entity!;
        void vscode.window.showInformationMessage(
          vscode.l10n.t('「{0}」 is recorded as a {1}, but here it lies inside 「{2}」, which stays recognised as a whole. Use "Not an Entity" on 「{2}」 if that is wrong.', target.text, entityTypeLabel(this.type), longer.text),
        );
      }
      return (current) => markAs(current, this.type, target.text);
    }, (target) => vscode.l10n.t('News Annotator: 「{0}」 is a {1} in every news file', target.text, entityTypeLabel(this.type)));
  }
}
