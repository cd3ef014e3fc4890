import type { AnalyzeOptions } from '../core/types';
import type { AnalysisRunner } from './analysisRunner';
import { CancellationSource, CancelledError, raceCancellation, type CancellationSignal } from './cancellation';
import { Listeners } from './listeners';
import { NewsDocumentModel } from './newsDocumentModel';

/** What the cache needs of a document; vscode.TextDocument fits once its uri is turned into a string. */
export interface NewsTextDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

interface CacheEntry {
  readonly version: number;
  readonly cancellation: CancellationSource;
  readonly result: Promise<NewsDocumentModel | undefined>;
  model?: NewsDocumentModel;
  timer?: ReturnType<typeof setTimeout>;
  start?: () => void;
}

/** Wait after the last keystroke before re-analysing. */
export const DEFAULT_DEBOUNCE_MS = 300;

/**
 * One analysis per document version (like markdown's MdTableOfContentsProvider.getForDocument): every provider
 * asks here, nothing is recomputed on mouse moves. Edits schedule a debounced re-analysis and cancel the one
 * in flight for the older version. Pure: no vscode import.
 */
export class DocumentAnalysisCache {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly analysed = new Listeners<NewsDocumentModel>();
  private running = 0;
  /** Fires when a document version's analysis is ready (semantic tokens and inlay hints refresh on it). */
  readonly onDidAnalyse = this.analysed.event;

  constructor(
    private readonly runner: AnalysisRunner,
    /** The options for one document (its file name, its folder's reference date). */
    private readonly getOptions: (uri: string) => AnalyzeOptions = () => ({}),
    private readonly log: (message: string) => void = () => undefined,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
  ) {}

  /** This exact version's model when it is ready; synchronous, so hovers answer without waiting. */
  peek(doc: NewsTextDocument): NewsDocumentModel | undefined {
    const entry = this.entries.get(doc.uri);
    return entry && entry.version === doc.version ? entry.model : undefined;
  }

  /** Analyses handed to the runner and not yet settled: stays small however fast edits come (soak test). */
  get runningAnalyses(): number {
    return this.running;
  }

  /** Models of every analysed document (for workspace-wide references and mention counts). */
  readyModels(): NewsDocumentModel[] {
    return [...this.entries.values()].flatMap((entry) => (entry.model ? [entry.model] : []));
  }

  /**
   * The model of this version: from the cache, from the analysis in progress, or from one started now.
   * Resolves `undefined` when `token` is cancelled or a newer version supersedes this one.
   */
  getForDocument(doc: NewsTextDocument, token?: CancellationSignal): Promise<NewsDocumentModel | undefined> {
    let entry = this.entries.get(doc.uri);
    if (!entry || entry.version !== doc.version) entry = this.schedule(doc, 0);
    else if (entry.start && !this.isDebouncing(entry)) entry.start();
    return raceCancellation(entry.result, token);
  }

  /** The document was edited: cancel the stale analysis and re-analyse once typing pauses. */
  onDocumentChanged(doc: NewsTextDocument): void {
    const entry = this.entries.get(doc.uri);
    if (entry && entry.version === doc.version) return;
    this.schedule(doc, this.debounceMs);
  }

  /** Forget a closed document. */
  forget(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.cancelEntry(entry);
    this.entries.delete(uri);
  }

  /** Drop every analysis (settings changed); the next request re-analyses. */
  clear(): void {
    for (const uri of [...this.entries.keys()]) this.forget(uri);
  }

  private isDebouncing(entry: CacheEntry): boolean {
    return entry.timer !== undefined;
  }

  private schedule(doc: NewsTextDocument, delayMs: number): CacheEntry {
    const previous = this.entries.get(doc.uri);
    if (previous) this.cancelEntry(previous);

    const cancellation = new CancellationSource();
    const version = doc.version;
    let settle!: (model: NewsDocumentModel | undefined) => void;
    const result = new Promise<NewsDocumentModel | undefined>((resolve) => (settle = resolve));
    cancellation.signal.onCancellationRequested(() => settle(undefined));

    const entry: CacheEntry = { version, cancellation, result };
    entry.start = () => {
      entry.start = undefined;
      if (entry.timer !== undefined) clearTimeout(entry.timer);
      entry.timer = undefined;
      // A newer edit may have arrived while we waited; then a newer entry owns the document.
      if (cancellation.signal.isCancellationRequested || doc.version !== version) return settle(undefined);
      const text = doc.getText();
      const startedAt = Date.now();
      this.running++;
      const done = () => void this.running--;
      this.runner.analyze(text, this.getOptions(doc.uri), cancellation.signal).then(
        ({ analysis, facts }) => {
          done();
          if (cancellation.signal.isCancellationRequested) return settle(undefined);
          entry.model = new NewsDocumentModel(doc.uri, version, text, analysis, facts);
          this.log(`analysed ${doc.uri} v${version} in ${Date.now() - startedAt} ms (${this.runner.description ?? 'runner'})`);
          settle(entry.model);
          this.analysed.fire(entry.model);
        },
        (error: unknown) => {
          done();
          if (!(error instanceof CancelledError)) this.log(`analysis of ${doc.uri} failed: ${String(error)}`);
          settle(undefined);
        },
      );
    };
    this.entries.set(doc.uri, entry);
    if (delayMs > 0) entry.timer = setTimeout(() => entry.start?.(), delayMs);
    else entry.start();
    return entry;
  }

  private cancelEntry(entry: CacheEntry): void {
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = undefined;
    entry.start = undefined;
    entry.cancellation.cancel();
  }

  dispose(): void {
    this.clear();
    this.analysed.dispose();
  }
}
