import * as vscode from 'vscode';
import { EXPORT_FORMATS, isExportFormat, toBrat, toConll, toJson, withByteOrderMark, type ExportFormat } from '../core/export';
import type { Analysis } from '../core/types';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import type { Command } from './commandManager';
import { ExportAnnotationsCommandId } from '../commandIds';

/** What was written (URIs as strings), so callers and tests can check the files. */
export interface ExportResult {
  format: ExportFormat;
  files: string[];
}

interface OutputFile {
  uri: vscode.Uri;
  content: string;
  /** The brat .txt: often the report itself; never replaced when it holds other text. */
  keepExisting?: boolean;
}

function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value.includes(':')) return vscode.Uri.parse(value);
  return undefined;
}

const fileName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? '';
const withoutExtension = (name: string) => name.replace(/\.[^.]*$/, '');
const sibling = (uri: vscode.Uri, name: string) => vscode.Uri.joinPath(uri, '..', name);

/**
 * "News Annotator: Export Annotations…": the active report's annotations as JSON, brat standoff (.ann + .txt)
 * or CoNLL BIO. Asks the format (quick pick) and the target (save dialog) unless given as arguments:
 * `(format, targetUri, sourceUri?)`; a URI as first argument is the report (from a menu).
 */
export class ExportAnnotationsCommand implements Command {
  readonly id = ExportAnnotationsCommandId;

  constructor(private readonly documents: NewsDocuments) {}

  async execute(format?: unknown, target?: unknown, source?: unknown): Promise<ExportResult | undefined> {
    if (format instanceof vscode.Uri) [format, target, source] = [undefined, undefined, format];
    const document = await this.sourceDocument(source);
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a news report to export its annotations.'));
      return undefined;
    }
    const model = await this.documents.getForDocument(document);
    if (!model) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not a news report: there are no annotations to export.', fileName(document.uri)));
      return undefined;
    }
    const chosen = isExportFormat(format) ? format : await this.pickFormat();
    if (!chosen) return undefined;
    // Offsets count the file as on disk, as the CLI reads it: VS Code's text leaves a UTF-8 BOM out.
    const { text, analysis } = document.encoding === 'utf8bom' ? withByteOrderMark(model.text, model.analysis) : model;
    const targetUri = asUri(target) ?? (await this.pickTarget(document, chosen, text));
    if (!targetUri) return undefined;

    const files = outputFiles(chosen, targetUri, text, analysis, vscode.workspace.asRelativePath(document.uri));
    try {
      for (const file of files.filter((f) => f.keepExisting)) await ensureText(file);
      for (const file of files.filter((f) => !f.keepExisting)) await vscode.workspace.fs.writeFile(file.uri, new TextEncoder().encode(file.content));
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
    void this.announce(files, analysis.entities.length);
    return { format: chosen, files: files.map((f) => f.uri.toString()) };
  }

  /** A notification naming what was written, with a button that opens it (not awaited by execute). */
  private async announce(files: OutputFile[], count: number): Promise<void> {
    const main = files[files.length - 1].uri;
    const open = vscode.l10n.t('Open');
    const message = files.length > 1
      ? vscode.l10n.t('Exported {0} annotations to {1} (its text: {2}).', count, fileName(main), fileName(files[0].uri))
      : vscode.l10n.t('Exported {0} annotations to {1}.', count, fileName(main));
    if ((await vscode.window.showInformationMessage(message, open)) === open) {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(main));
    }
  }

  private async sourceDocument(source: unknown): Promise<vscode.TextDocument | undefined> {
    const uri = asUri(source);
    if (uri) return vscode.workspace.openTextDocument(uri);
    return vscode.window.activeTextEditor?.document;
  }

  private async pickFormat(): Promise<ExportFormat | undefined> {
    const items = EXPORT_FORMATS.map((f) => ({ ...formatText(f.id), id: f.id }));
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export annotations as…'), placeHolder: vscode.l10n.t('Pick a format') });
    return picked?.id;
  }

  private async pickTarget(document: vscode.TextDocument, format: ExportFormat, text: string): Promise<vscode.Uri | undefined> {
    const info = EXPORT_FORMATS.find((f) => f.id === format)!;
    let base = withoutExtension(fileName(document.uri));
    // brat wants the .ann beside a .txt of the same name: that is the report itself only if the report is
    // saved, a .txt and LF-only (the exported .txt has LF line endings).
    if (format === 'brat' && (fileName(document.uri) !== `${base}.txt` || document.isDirty || text.includes('\r'))) {
      base = `${base}-brat`;
    }
    return vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export annotations ({0})', formatText(format).label),
      defaultUri: sibling(document.uri, `${base}.${info.extension}`),
      filters: { [formatText(format).label]: [info.extension] },
    });
  }
}

/** How the quick pick and the save dialog name a format. */
function formatText(format: ExportFormat): { label: string; detail: string } {
  switch (format) {
    case 'json':
      return { label: 'JSON', detail: vscode.l10n.t('The same document as news-annotator annotate --json') };
    case 'brat':
      return { label: vscode.l10n.t('brat standoff'), detail: vscode.l10n.t('.ann beside a .txt, for brat and INCEpTION') };
    case 'conll':
      return { label: vscode.l10n.t('CoNLL (character BIO)'), detail: vscode.l10n.t('One character per line with B-/I-/O tags, for doccano and training pipelines') };
  }
}

/** The files of one export: one file, or brat's .txt and .ann side by side. */
function outputFiles(format: ExportFormat, target: vscode.Uri, text: string, analysis: Analysis, name: string): OutputFile[] {
  switch (format) {
    case 'json':
      return [{ uri: target, content: `${JSON.stringify(toJson(name, analysis), null, 2)}\n` }];
    case 'conll':
      return [{ uri: target, content: toConll(text, analysis) }];
    case 'brat': {
      const { txt, ann } = toBrat(text, analysis);
      const base = fileName(target).replace(/\.(ann|txt)$/i, '');
      return [
        { uri: sibling(target, `${base}.txt`), content: txt, keepExisting: true },
        { uri: sibling(target, `${base}.ann`), content: ann },
      ];
    }
  }
}

/** Writes `file` unless it exists: an identical file is left alone, a different one is an error. */
async function ensureText(file: OutputFile): Promise<void> {
  let existing: Uint8Array;
  try {
    existing = await vscode.workspace.fs.readFile(file.uri);
  } catch {
    await vscode.workspace.fs.writeFile(file.uri, new TextEncoder().encode(file.content));
    return;
  }
  // ignoreBOM keeps a byte-order mark as text: the exported .txt carries the report's own.
  if (new TextDecoder('utf-8', { ignoreBOM: true }).decode(existing) !== file.content) {
    throw new Error(vscode.l10n.t('{0} exists with other text, and brat needs the .ann beside its own .txt. Choose another name.', fileName(file.uri)));
  }
}
