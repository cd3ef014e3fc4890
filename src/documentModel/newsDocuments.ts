import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../core/types';
import type { AnalysisRunner } from './analysisRunner';
import { DocumentAnalysisCache, type NewsTextDocument } from './documentAnalysisCache';
import { isNewsDocument } from './newsDocumentFilter';
import type { NewsDocumentModel } from './newsDocumentModel';
import { WorkspaceNewsIndex } from './workspaceNewsIndex';
import { VscodeNewsFileSource } from './vscodeNewsFileSource';

export const CONFIG_SECTION = 'newsAnnotator';

/** The vscode side of the document model: which documents are news, their cached analyses, the workspace index. */
export class NewsDocuments implements vscode.Disposable {
  readonly cache: DocumentAnalysisCache;
  readonly workspaceIndex: WorkspaceNewsIndex;
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** A document's analysis (or the workspace index) changed: providers that push (tokens, hints) refresh. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private newsVerdicts = new WeakMap<vscode.TextDocument, { version: number; isNews: boolean }>();
  private warmedUp = false;

  constructor(
    runner: AnalysisRunner,
    private readonly log: (message: string) => void,
  ) {
    const options = (): AnalyzeOptions => this.analyzeOptions();
    this.cache = new DocumentAnalysisCache(runner, options, log);
    this.workspaceIndex = new WorkspaceNewsIndex(
      new VscodeNewsFileSource(() => this.detectChinese()),
      runner,
      options,
      () => this.cache.readyModels(),
      log,
    );
    this.disposables.push(
      this.changed,
      { dispose: () => this.cache.dispose() },
      { dispose: () => this.workspaceIndex.dispose() },
      this.cache.onDidAnalyse((model) => this.onAnalysed(model)),
      this.workspaceIndex.onDidChange(() => this.changed.fire(undefined)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.isNews(e.document)) this.cache.onDocumentChanged(toNewsText(e.document));
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.cache.forget(doc.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(CONFIG_SECTION)) return;
        this.newsVerdicts = new WeakMap();
        this.reanalyzeAll();
      }),
    );
  }

  /** News: language zh-news, seeds/ and *.news.* files, or (unless turned off) mostly-Chinese text/markdown. */
  isNews(document: vscode.TextDocument): boolean {
    const verdict = this.newsVerdicts.get(document);
    if (verdict && verdict.version === document.version) return verdict.isNews;
    const isNews = isNewsDocument(
      { languageId: document.languageId, path: document.uri.path, getText: () => document.getText() },
      this.detectChinese(),
    );
    this.newsVerdicts.set(document, { version: document.version, isNews });
    return isNews;
  }

  /** The analysis of the document's current version (waits for it), or undefined if not news / cancelled. */
  async getForDocument(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<NewsDocumentModel | undefined> {
    if (!this.isNews(document)) return undefined;
    return this.cache.getForDocument(toNewsText(document), token);
  }

  /** The current version's analysis if it is ready (no waiting). */
  peek(document: vscode.TextDocument): NewsDocumentModel | undefined {
    return this.isNews(document) ? this.cache.peek(toNewsText(document)) : undefined;
  }

  /** Forget every analysis; providers re-request and the documents are analysed afresh. */
  reanalyzeAll(): void {
    this.cache.clear();
    this.changed.fire(undefined);
  }

  private onAnalysed(model: NewsDocumentModel): void {
    this.changed.fire(vscode.Uri.parse(model.uri));
    if (!this.warmedUp) {
      this.warmedUp = true;
      // After the first analysis, in the background: the other news files of the workspace.
      void this.workspaceIndex.ensureIndexed();
    }
  }

  private detectChinese(): boolean {
    return vscode.workspace.getConfiguration(CONFIG_SECTION).get<boolean>('detectChinese', true);
  }

  private analyzeOptions(): AnalyzeOptions {
    const referenceDate = vscode.workspace.getConfiguration(CONFIG_SECTION).get<string>('referenceDate', '');
    return referenceDate ? { referenceDate } : {};
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** A live view of a vscode document for the cache (version read at call time). */
function toNewsText(document: vscode.TextDocument): NewsTextDocument {
  return {
    uri: document.uri.toString(),
    get version() {
      return document.version;
    },
    getText: () => document.getText(),
  };
}
