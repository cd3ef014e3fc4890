import * as vscode from 'vscode';
import type { AnalyzeOptions, GazetteerExtension } from '../core/types';
import type { AnalysisRunner } from './analysisRunner';
import { DocumentAnalysisCache, type NewsTextDocument } from './documentAnalysisCache';
import { InputNotices } from './inputNotices';
import { isNewsDocument } from './newsDocumentFilter';
import type { NewsDocumentModel } from './newsDocumentModel';
import { WorkspaceNewsIndex } from './workspaceNewsIndex';
import { VscodeNewsFileSource } from './vscodeNewsFileSource';
import { analysedPrefixLength, looksBinary, SAMPLE_LENGTH } from './textHealth';
import { newsSettings, onDidChangeNewsSettings } from '../settings';
import { watchNewsFiles } from './workspaceIndexWatcher';
import { IndexingStatusItem } from './indexingStatusItem';


/** The vscode side of the document model: which documents are news, their cached analyses, the workspace index. */
export class NewsDocuments implements vscode.Disposable {
  readonly cache: DocumentAnalysisCache;
  readonly workspaceIndex: WorkspaceNewsIndex;
  /** Empty, binary, undecodable and over-long documents: said once, shown in the status bar. */
  readonly notices: InputNotices;
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** A document's analysis (or the workspace index) changed: providers that push (tokens, hints) refresh. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private newsVerdicts = new WeakMap<vscode.TextDocument, { version: number; isNews: boolean }>();
  private warmedUp = false;
  private gazetteerExtension: GazetteerExtension | undefined;
  private readonly loggedRejections = new Set<string>();

  constructor(
    runner: AnalysisRunner,
    private readonly log: (message: string) => void,
  ) {
    const options = (uri: string): AnalyzeOptions => this.analyzeOptions(uri);
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
      watchNewsFiles(this.workspaceIndex),
      new IndexingStatusItem(this.workspaceIndex),
      this.cache.onDidAnalyse((model) => this.onAnalysed(model)),
      this.workspaceIndex.onDidChange(() => this.changed.fire(undefined)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.isNews(e.document)) this.cache.onDocumentChanged(this.toNewsText(e.document));
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.cache.forget(doc.uri.toString())),
      onDidChangeNewsSettings(() => {
        this.newsVerdicts = new WeakMap();
        this.reanalyzeAll();
      }),
    );
    this.notices = new InputNotices(this);
    this.disposables.push(this.notices);
  }

  /** News: language zh-news, seeds/ and *.news.* files, or (unless turned off) mostly-Chinese text/markdown. */
  isNews(document: vscode.TextDocument): boolean {
    const verdict = this.newsVerdicts.get(document);
    if (verdict && verdict.version === document.version) return verdict.isNews;
    // A binary file shown as text is never analysed (the notices say so).
    const isNews = isNewsDocument(
      { languageId: document.languageId, path: document.uri.path, getText: () => document.getText() },
      this.detectChinese(),
    ) && !looksBinary(textSample(document));
    this.newsVerdicts.set(document, { version: document.version, isNews });
    return isNews;
  }

  /** The analysis of the document's current version (waits for it), or undefined if not news / cancelled. */
  async getForDocument(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<NewsDocumentModel | undefined> {
    if (!this.isNews(document)) return undefined;
    return this.cache.getForDocument(this.toNewsText(document), token);
  }

  /** The current version's analysis if it is ready (no waiting). */
  peek(document: vscode.TextDocument): NewsDocumentModel | undefined {
    return this.isNews(document) ? this.cache.peek(this.toNewsText(document)) : undefined;
  }

  /** Forget every analysis; providers re-request and the documents are analysed afresh. */
  reanalyzeAll(): void {
    this.cache.clear();
    this.changed.fire(undefined);
  }

  private onAnalysed(model: NewsDocumentModel): void {
    this.changed.fire(vscode.Uri.parse(model.uri));
    this.logRejectedReferences(model);
    if (!this.warmedUp) {
      this.warmedUp = true;
      // After the first analysis, in the background: the other news files of the workspace.
      void this.workspaceIndex.ensureIndexed();
    }
  }

  /** `newsAnnotator.maxAnalyzedCharacters`: longer documents are analysed up to there. */
  maxAnalyzedCharacters(): number {
    return newsSettings().maxAnalyzedCharacters;
  }

  /** A live view of a vscode document for the cache (version read at call time), cut to the analysed maximum. */
  private toNewsText(document: vscode.TextDocument): NewsTextDocument {
    const max = () => this.maxAnalyzedCharacters();
    return {
      uri: document.uri.toString(),
      get version() {
        return document.version;
      },
      getText: () => {
        const text = document.getText();
        return text.slice(0, analysedPrefixLength(text, max()));
      },
    };
  }

  private detectChinese(): boolean {
    return newsSettings().detectChinese;
  }

  /** The user's corrections (.vscode/news-annotator.json) changed: every news document is analysed afresh with them. */
  setGazetteerExtension(extension: GazetteerExtension | undefined): void {
    this.gazetteerExtension = extension;
    this.reanalyzeAll();
    void this.workspaceIndex.reindexAll();
  }

  /** A file name, front matter or setting that names an impossible date (20231345): one log line, once. */
  private logRejectedReferences(model: NewsDocumentModel): void {
    for (const { kind, from } of model.analysis.reference?.rejected ?? []) {
      const key = `${model.uri}|${kind}|${from}`;
      if (this.loggedRejections.has(key)) continue;
      this.loggedRejections.add(key);
      this.log(`${model.uri}: reference date ignored (${kind} "${from}" is not a date)`);
    }
  }

  /**
   * A document's options: its file name (a date in it is a reference date) and `newsAnnotator.referenceDate`
   * as set for its folder (resource scope). A setting that names no date is logged once per value.
   */
  private analyzeOptions(uri: string): AnalyzeOptions {
    const resource = vscode.Uri.parse(uri);
    const referenceDate = newsSettings(resource).referenceDate.trim();
    const gazetteerExtension = this.gazetteerExtension;
    return {
      fileName: resource.path,
      ...(referenceDate ? { referenceDate } : {}),
      ...(gazetteerExtension ? { gazetteerExtension } : {}),
    };
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** The document's first characters, enough to tell text from binary. */
function textSample(document: vscode.TextDocument): string {
  return document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(SAMPLE_LENGTH)));
}
