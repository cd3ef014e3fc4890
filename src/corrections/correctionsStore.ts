import * as vscode from 'vscode';
// The modules themselves, not core/corrections/index: that one reaches the gazetteer, kept out of activation.
import type { EditResult } from '../core/corrections/editCorrections';
import { isEmptyExtension, summarizeProblems, type ParsedCorrections } from '../core/corrections/model';
import { parseCorrections } from '../core/corrections/parseCorrections';
import type { GazetteerExtension } from '../core/types';

/** Where a workspace keeps its corrections, relative to its (first) folder. */
export const CORRECTIONS_FILE = '.vscode/news-annotator.json';

/** Changes on disk arrive as bursts (temp file, rename, save): read once they settle. */
const RELOAD_DELAY_MS = 150;
/**
 * How often the file's size and time are looked at, for a change the file watcher did not report (it may drop
 * events on a loaded machine: seen once in the installed extension's test, a file written and never read).
 */
const DISK_CHECK_MS = 3000;

export interface CorrectionsState extends ParsedCorrections {
  /** The file's URI, undefined without a workspace folder. */
  file: string | undefined;
  /** How many "malformed file" warnings were shown (one per stretch of time the file stays malformed). */
  warningsShown: number;
}

/**
 * The workspace's corrections file: read at start and whenever it changes on disk (our own writes, edits by
 * hand, other tools), validated, and written by read-modify-write through a temp file and a rename, one write
 * at a time. A malformed file is said once, in one warning naming it and its first problems; its valid entries
 * still apply and the built-in recognition is never affected.
 */
export class CorrectionsStore implements vscode.Disposable {
  private parsed: ParsedCorrections = parseCorrections('{"version": 1}');
  private readonly changed = new vscode.EventEmitter<GazetteerExtension | undefined>();
  /** The corrections the analysis should use changed (undefined: none). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private lastApplied = '{}';
  private malformedSaid = false;
  private warningsShown = 0;
  private writes: Promise<unknown> = Promise.resolve();
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly diskCheck: ReturnType<typeof setInterval> | undefined;
  /** The file's size and time when last read ('missing' when there was none), undefined before the first read. */
  private diskStamp: string | undefined;

  constructor(
    private readonly log: (message: string) => void,
    readonly fileUri: vscode.Uri | undefined = defaultFileUri(),
  ) {
    if (!fileUri) return;
    const folder = vscode.Uri.joinPath(fileUri, '../..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CORRECTIONS_FILE));
    const reload = () => this.scheduleReload();
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      // Saves in this window, even where the file watcher is slow or missing (virtual file systems).
      vscode.workspace.onDidSaveTextDocument((doc) => doc.uri.toString() === fileUri.toString() && reload()),
    );
    // And what the watcher missed: one stat every few seconds.
    this.diskCheck = setInterval(() => void this.checkDisk(fileUri), DISK_CHECK_MS);
  }

  /** Reads the file again when its size or time differs from what the last read saw. */
  private async checkDisk(uri: vscode.Uri): Promise<void> {
    if (this.diskStamp !== undefined && (await stampOf(uri)) !== this.diskStamp) this.scheduleReload();
  }

  /** What the analysis uses: the file's valid entries, undefined when there are none. */
  get extension(): GazetteerExtension | undefined {
    return isEmptyExtension(this.parsed.corrections) ? undefined : this.parsed.corrections;
  }

  get state(): CorrectionsState {
    return { ...this.parsed, file: this.fileUri?.toString(), warningsShown: this.warningsShown };
  }

  /** Reads the file from disk (no file: no corrections). */
  async reload(): Promise<void> {
    if (!this.fileUri) return;
    try {
      // Looked at before the read: a change after the look is a difference the next check sees.
      this.diskStamp = await stampOf(this.fileUri);
      this.accept(await readText(this.fileUri));
    } catch (error) {
      this.log(`could not read ${CORRECTIONS_FILE}: ${String(error)}`);
    }
  }

  /**
   * Changes the file: `change` gets its current text from disk (undefined if it does not exist) and returns the
   * new text. Nothing is written when the file cannot be edited safely; the user is told why.
   */
  edit(change: (current: string | undefined) => EditResult): Promise<EditResult> {
    const run = async (): Promise<EditResult> => {
      const uri = this.fileUri;
      if (!uri) return this.refuse(vscode.l10n.t('Open a folder first: corrections are stored in the workspace ({0}).', CORRECTIONS_FILE));
      const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
      if (open?.isDirty) return this.refuse(vscode.l10n.t('{0} has unsaved changes: save or revert them first.', CORRECTIONS_FILE));
      const current = await readText(uri);
      const result = change(current);
      if (!result.ok) return this.refuse(vscode.l10n.t('{0} was left as it is because {1}. Fix it first.', CORRECTIONS_FILE, result.problem));
      if (result.changed) await writeAtomically(uri, result.text);
      this.accept(result.text);
      return result;
    };
    const next = this.writes.then(run, run);
    this.writes = next.catch(() => undefined);
    return next.catch((error: unknown) => this.refuse(vscode.l10n.t('Could not write {0}: {1}', CORRECTIONS_FILE, String(error))));
  }

  private refuse(message: string): EditResult {
    void this.offerToOpen(vscode.window.showErrorMessage(message, vscode.l10n.t('Open File')));
    return { ok: false, problem: message };
  }

  private scheduleReload(): void {
    if (this.reloadTimer !== undefined) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      void this.reload();
    }, RELOAD_DELAY_MS);
  }

  /** Takes in the file's text: validates it, tells about problems once, and applies what changed. */
  private accept(text: string | undefined): void {
    this.parsed = parseCorrections(text ?? '{"version": 1}');
    this.report(this.parsed);
    const applied = JSON.stringify(this.extension ?? {});
    if (applied === this.lastApplied) return;
    this.lastApplied = applied;
    this.changed.fire(this.extension);
  }

  private report({ problems, usable }: ParsedCorrections): void {
    if (problems.length === 0) {
      this.malformedSaid = false;
      return;
    }
    this.log(`${CORRECTIONS_FILE}: ${problems.length} problem(s): ${summarizeProblems(problems, problems.length)}`);
    if (this.malformedSaid) return;
    this.malformedSaid = true;
    this.warningsShown++;
    const consequence = usable
      ? vscode.l10n.t('Those entries are ignored; the rest apply.')
      : vscode.l10n.t('Its corrections are ignored until it is fixed.');
    const message = vscode.l10n.t('News Annotator: {0} has problems: {1}. {2} Built-in recognition keeps working.', CORRECTIONS_FILE, summarizeProblems(problems), consequence);
    void this.offerToOpen(vscode.window.showWarningMessage(message, vscode.l10n.t('Open File')));
  }

  private async offerToOpen(choice: Thenable<string | undefined>): Promise<void> {
    if ((await choice) && this.fileUri) await vscode.window.showTextDocument(this.fileUri);
  }

  dispose(): void {
    if (this.reloadTimer !== undefined) clearTimeout(this.reloadTimer);
    if (this.diskCheck !== undefined) clearInterval(this.diskCheck);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** The first workspace folder's corrections file (one set of corrections per window). */
function defaultFileUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, CORRECTIONS_FILE) : undefined;
}

/** The file's size and time, or 'missing'. */
function stampOf(uri: vscode.Uri): Thenable<string> {
  return vscode.workspace.fs.stat(uri).then((stat) => `${stat.size}:${stat.mtime}`, () => 'missing');
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/** Writes a sibling temp file, then renames it over the file: readers see the old text or the new, never half. */
async function writeAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const folder = vscode.Uri.joinPath(uri, '..');
  await vscode.workspace.fs.createDirectory(folder);
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(folder, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}
