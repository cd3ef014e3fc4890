import * as vscode from 'vscode';
import { peopleTable, type PeopleTableFormat } from '../core/officials';
import type { PeopleIndex } from '../peopleView/peopleIndex';
import type { Command } from './commandManager';

export const ExportPeopleTableCommandId = 'newsAnnotator.exportPeopleTable';

type TableChoice = { format: PeopleTableFormat; excel: boolean; extension: string };

const CHOICES: Record<string, TableChoice> = {
  csv: { format: 'csv', excel: false, extension: 'csv' },
  excel: { format: 'csv', excel: true, extension: 'csv' },
  jsonl: { format: 'jsonl', excel: false, extension: 'jsonl' },
};

export interface PeopleTableResult {
  file: string;
  rows: number;
}

/**
 * "Export People Table…": the table of `news-annotator people` for the workspace's news files (one row per
 * person, title and report; file = workspace-relative path, start/end = UTF-16 offsets into it). Asks the
 * format and the target unless given: `(format: 'csv' | 'excel' | 'jsonl', targetUri)`.
 */
export class ExportPeopleTableCommand implements Command {
  readonly id = ExportPeopleTableCommandId;

  constructor(private readonly people: PeopleIndex) {}

  async execute(format?: unknown, target?: unknown): Promise<PeopleTableResult | undefined> {
    const choice = typeof format === 'string' && format in CHOICES ? CHOICES[format] : await pickChoice();
    if (!choice) return undefined;
    await vscode.window.withProgress({ location: { viewId: 'newsAnnotator.people' } }, () => this.people.ensureIndexed());
    const rows = this.people.rows().map((row) => ({ ...row, file: vscode.workspace.asRelativePath(vscode.Uri.parse(row.file), false) }));
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const targetUri = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.parse(target) : await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export People Table'),
      defaultUri: folder && vscode.Uri.joinPath(folder, `people.${choice.extension}`),
      filters: { [choice.format === 'jsonl' ? 'JSON Lines' : 'CSV']: [choice.extension] },
    });
    if (!targetUri) return undefined;
    try {
      await vscode.workspace.fs.writeFile(targetUri, new TextEncoder().encode(peopleTable(rows, choice.format, { excel: choice.excel })));
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} rows to {1}.', rows.length, vscode.workspace.asRelativePath(targetUri)));
    return { file: targetUri.toString(), rows: rows.length };
  }
}

async function pickChoice(): Promise<TableChoice | undefined> {
  const items = [
    { label: 'CSV', detail: vscode.l10n.t('RFC 4180, UTF-8, for R, pandas and databases'), id: 'csv' },
    { label: vscode.l10n.t('CSV for Excel'), detail: vscode.l10n.t('The same with a byte order mark, so Excel reads UTF-8'), id: 'excel' },
    { label: 'JSON Lines', detail: vscode.l10n.t('One JSON object per row'), id: 'jsonl' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export People Table'), placeHolder: vscode.l10n.t('Pick a format') });
  return picked && CHOICES[picked.id];
}
