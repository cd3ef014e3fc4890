import * as vscode from 'vscode';
import type { EditResult } from '../core/corrections/editCorrections';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import type { CorrectionsStore } from './correctionsStore';
import { resolveTarget, type CorrectionTarget } from './correctionTarget';

/** What a correction command returns (tests read it): the text it was about, and whether the file took it. */
export interface CorrectionOutcome {
  ok: boolean;
  text?: string;
  problem?: string;
}

/**
 * The steps every correction command shares: find the target, change the file, say what happened. `change`
 * may return undefined to stop quietly (an input box cancelled).
 */
export async function recordCorrection(
  documents: NewsDocuments,
  store: CorrectionsStore,
  args: unknown[],
  change: (target: CorrectionTarget) => Promise<((current: string | undefined) => EditResult) | undefined> | ((current: string | undefined) => EditResult) | undefined,
  done: (target: CorrectionTarget) => string,
): Promise<CorrectionOutcome> {
  const target = await resolveTarget(documents, args);
  if (typeof target === 'string') {
    void vscode.window.showInformationMessage(target);
    return { ok: false, problem: target };
  }
  const edit = await change(target);
  if (!edit) return { ok: false, text: target.text, problem: 'cancelled' };
  const result = await store.edit(edit);
  if (!result.ok) return { ok: false, text: target.text, problem: result.problem };
  vscode.window.setStatusBarMessage(done(target), 4000);
  return { ok: true, text: target.text };
}

/** 「李邑飞」 inside the longer 「李邑飞到」: the longer recognised name still wins there. */
export function insideLongerEntity(target: CorrectionTarget): boolean {
  return target.entity !== undefined && (target.entity.start < target.start || target.entity.end > target.end);
}
