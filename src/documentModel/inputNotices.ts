import * as vscode from 'vscode';
import { isNewsPath, NEWS_LANGUAGE_ID } from './newsDocumentFilter';
import { inspectText, type TextHealth } from './textHealth';

export type NoticeKind = 'empty' | 'binary' | 'undecodable' | 'truncated';

/** What the notices need of the document model (NewsDocuments), kept narrow to avoid a cycle. */
export interface NoticeSource {
  isNews(document: vscode.TextDocument): boolean;
  readonly onDidChange: vscode.Event<vscode.Uri | undefined>;
  maxAnalyzedCharacters(): number;
}

const MAX_SETTING = 'newsAnnotator.maxAnalyzedCharacters';

/** 1,000,000 grouped as the display language groups digits. */
function count(n: number): string {
  return n.toLocaleString(vscode.env.language);
}

function fileName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() || document.uri.toString();
}

/** Documents that would be news but for their bytes (a binary file under seeds/ or named *.news.txt). */
function wouldBeNews(document: vscode.TextDocument): boolean {
  return document.languageId === NEWS_LANGUAGE_ID || isNewsPath(document.uri.path);
}

/**
 * Tells the user, once per document, when its text cannot be analysed as it is: empty, binary, undecodable
 * (GBK opened as UTF-8: replacement characters), or longer than the analysed maximum. A message the first
 * time, and a status bar item while such a document is the active editor's.
 */
export class InputNotices implements vscode.Disposable {
  /** Every message shown, in order (for tests: each document and kind appears once). */
  readonly shown: { uri: string; kind: NoticeKind }[] = [];
  private readonly said = new Set<string>();
  private readonly health = new Map<string, { version: number; health: TextHealth }>();
  private readonly statusItem = vscode.window.createStatusBarItem('newsAnnotator.inputNotice', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.statusItem];
  private statusVisible = false;

  constructor(private readonly source: NoticeSource) {
    this.statusItem.name = vscode.l10n.t('News Annotator: input');
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.check(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.health.delete(document.uri.toString())),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()),
      source.onDidChange((uri) => {
        const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (document) this.check(document);
      }),
    );
    for (const document of vscode.workspace.textDocuments) this.check(document);
  }

  /** The status bar item's text, or undefined when hidden (for tests). */
  get statusText(): string | undefined {
    return this.statusVisible ? this.statusItem.text : undefined;
  }

  /** Inspects a document (once per version) and says what is wrong with it, once per document and kind. */
  check(document: vscode.TextDocument): TextHealth | undefined {
    const health = this.healthOf(document);
    if (health) {
      for (const kind of this.kindsOf(health)) this.sayOnce(document, kind, health);
    }
    if (document === vscode.window.activeTextEditor?.document) this.updateStatus();
    return health;
  }

  private healthOf(document: vscode.TextDocument): TextHealth | undefined {
    if (document.isClosed || !(this.source.isNews(document) || wouldBeNews(document))) return undefined;
    const key = document.uri.toString();
    const cached = this.health.get(key);
    if (cached && cached.version === document.version) return cached.health;
    const health = inspectText(document.getText(), this.source.maxAnalyzedCharacters());
    this.health.set(key, { version: document.version, health });
    return health;
  }

  private kindsOf(health: TextHealth): NoticeKind[] {
    if (health.empty) return ['empty'];
    if (health.binary) return ['binary'];
    const kinds: NoticeKind[] = [];
    if (health.undecodable > 0) kinds.push('undecodable');
    if (health.truncatedAt !== undefined) kinds.push('truncated');
    return kinds;
  }

  private sayOnce(document: vscode.TextDocument, kind: NoticeKind, health: TextHealth): void {
    // An empty file needs no message: the status bar says there is nothing to analyse.
    if (kind === 'empty') return;
    const key = `${document.uri.toString()}\n${kind}`;
    if (this.said.has(key)) return;
    this.said.add(key);
    this.shown.push({ uri: document.uri.toString(), kind });
    const name = fileName(document);
    if (kind === 'binary') {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} does not look like text (it holds control characters such as NUL): News Annotator does not analyse it.', name));
    } else if (kind === 'undecodable') {
      const reopen = vscode.l10n.t('Reopen with Encoding');
      void vscode.window
        .showWarningMessage(
          vscode.l10n.t('{0} holds characters that could not be decoded (shown as �): it is probably saved in another encoding, such as GBK. Names and dates near them are missed. Reopen it with its encoding.', name),
          reopen,
        )
        .then((choice) => (choice === reopen ? vscode.commands.executeCommand('workbench.action.editor.changeEncoding') : undefined));
    } else {
      const open = vscode.l10n.t('Open Setting');
      void vscode.window
        .showInformationMessage(
          vscode.l10n.t('{0} has {1} characters: News Annotator analyses only the first {2} (setting: Max Analyzed Characters).', name, count(document.getText().length), count(health.truncatedAt ?? 0)),
          open,
        )
        .then((choice) => (choice === open ? vscode.commands.executeCommand('workbench.action.openSettings', MAX_SETTING) : undefined));
    }
  }

  private updateStatus(): void {
    const document = vscode.window.activeTextEditor?.document;
    const health = document && this.healthOf(document);
    const kind = health && this.kindsOf(health)[0];
    if (!health || !kind) {
      this.statusItem.hide();
      this.statusVisible = false;
      return;
    }
    const status = {
      empty: { text: `$(info) ${vscode.l10n.t('News: nothing to analyse')}`, tooltip: vscode.l10n.t('The document is empty.') },
      binary: { text: `$(circle-slash) ${vscode.l10n.t('News: not text')}`, tooltip: vscode.l10n.t('The document holds control characters such as NUL; it is not analysed.') },
      undecodable: { text: `$(warning) ${vscode.l10n.t('News: undecodable characters')}`, tooltip: vscode.l10n.t('Characters that could not be decoded (�): reopen the file with its encoding, such as GBK.') },
      truncated: { text: `$(warning) ${vscode.l10n.t('News: first {0} characters analysed', count(health.truncatedAt ?? 0))}`, tooltip: vscode.l10n.t('Only the beginning of this long document is analysed. Change the limit in the setting Max Analyzed Characters.') },
    }[kind];
    this.statusItem.text = status.text;
    this.statusItem.tooltip = status.tooltip;
    this.statusItem.command =
      kind === 'undecodable' ? 'workbench.action.editor.changeEncoding' : kind === 'truncated' ? { title: '', command: 'workbench.action.openSettings', arguments: [MAX_SETTING] } : undefined;
    this.statusItem.show();
    this.statusVisible = true;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
