import * as vscode from 'vscode';
import { setTitle } from '../core/corrections/editCorrections';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import type { CorrectionsStore } from '../corrections/correctionsStore';
import { recordCorrection, type CorrectionOutcome } from '../corrections/recordCorrection';
import type { CorrectionTarget } from '../corrections/correctionTarget';
import type { Command } from './commandManager';
import { SetTitleCommandId } from '../commandIds';

/** The person's name: the recognised person's full form, else the selected text (which becomes a person). */
function personName(target: CorrectionTarget): { name: string; isPerson: boolean } {
  const exact = target.entity && target.entity.start === target.start && target.entity.end === target.end;
  return exact && target.entity!.type === 'person' ? { name: target.entity!.canonical ?? target.text, isPerson: true } : { name: target.text, isPerson: false };
}

/**
 * "Set Title…": the title shown for a person at every mention in the workspace, replacing what the reports
 * say (an empty title removes the override). Args `(uri, start, end, title)` skip the input box.
 */
export class SetTitleCommand implements Command {
  readonly id = SetTitleCommandId;

  constructor(
    private readonly documents: NewsDocuments,
    private readonly store: CorrectionsStore,
  ) {}

  execute(...args: unknown[]): Promise<CorrectionOutcome> {
    const given = typeof args[3] === 'string' ? args[3] : undefined;
    let name = '';
    return recordCorrection(this.documents, this.store, args, async (target) => {
      const person = personName(target);
      name = person.name;
      const title = given ?? (await this.askTitle(target, person.name));
      if (title === undefined) return undefined;
      return (current) => setTitle(current, person.name, title, !person.isPerson && title.trim() !== '');
    }, () => vscode.l10n.t('News Annotator: title of 「{0}」 set in every news file', name));
  }

  private async askTitle(target: CorrectionTarget, name: string): Promise<string | undefined> {
    const model = await this.documents.getForDocument(target.document);
    const current = target.entity?.type === 'person' ? model?.titlesOf(target.entity)[0] : undefined;
    return vscode.window.showInputBox({
      title: vscode.l10n.t('Set Title of 「{0}」', name),
      prompt: vscode.l10n.t('Shown for every mention of 「{0}」 in this workspace, whatever the reports say. Leave empty to use the reports\' titles again.', name),
      value: current ?? '',
      placeHolder: vscode.l10n.t('e.g. 自治区党委副书记、兵团政委'),
      ignoreFocusOut: true,
    });
  }
}
