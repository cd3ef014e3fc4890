import type { AnalyzeOptions, Entity } from '../core/types';
import { yieldToEventLoop, type AnalysisRunner } from './analysisRunner';
import type { PersonTitleRow } from '../core/officials';
import { CancellationSource, CancelledError } from './cancellation';
import { Listeners } from './listeners';
import { entityKey, type NewsDocumentModel } from './newsDocumentModel';
import { mentionRanges, summarizeAnalysis, summaryOfModel, type MentionRange, type NewsFileSummary } from './newsFileSummary';

/** Files being read or analysed at once while indexing: two keep the worker busy (one analysed, one on its way). */
const FILES_IN_FLIGHT = 2;

/** Where the workspace's news files come from (vscode.workspace.findFiles + fs in the extension). */
export interface NewsFileSource {
  /** URIs (strings) of the workspace's news files. */
  listNewsFiles(): Promise<string[]>;
  /** The file's text, or undefined when it is not news after all (not mostly Chinese), gone or unreadable. */
  readNewsText(uri: string): Promise<string | undefined>;
}

export interface MentionsElsewhere {
  mentions: number;
  files: number;
}

/** One news file's person–title–date rows (the People view, titles over time, the people table). */
export interface FilePeople {
  uri: string;
  rows: readonly PersonTitleRow[];
  /** Pinyin of each person's name, computed with the analysis. */
  pinyin: Readonly<Record<string, string>>;
}

export interface FileMentions {
  uri: string;
  mentions: readonly MentionRange[];
}

/** How far indexing has got: `done` of `total` files read (the total grows when files change meanwhile). */
export interface IndexingProgress {
  done: number;
  total: number;
  /** False once the queue is empty (or indexing was stopped). */
  indexing: boolean;
}

/**
 * The news files of the workspace, analysed in the background one after another (through the same runner, so
 * off the host thread in Node, yielding to the event loop between files), each kept as a summary, not a model.
 * Open documents are taken from the live cache instead. Follows the disk through `refreshFile` / `removeFile`.
 * Answers "how many mentions elsewhere" synchronously, for hovers, once the first pass is done.
 */
export class WorkspaceNewsIndex {
  private readonly summaries = new Map<string, NewsFileSummary>();
  /** Files to read (again), in order: the first listing, then files changed on disk. */
  private readonly queue = new Set<string>();
  private started = false;
  private draining: Promise<void> | undefined;
  private firstPass: Promise<void> | undefined;
  private ready = false;
  private done = 0;
  /** Files taken from the queue and not done yet (FILES_IN_FLIGHT at most). */
  private inFlight = 0;
  private cancellation = new CancellationSource();
  private readonly disposed = new CancellationSource();
  private readonly changed = new Listeners<void>();
  private readonly progressed = new Listeners<IndexingProgress>();
  readonly onDidChange = this.changed.event;
  /** Fires after each file while indexing, and once when the queue is empty. */
  readonly onDidProgress = this.progressed.event;

  constructor(
    private readonly source: NewsFileSource,
    private readonly runner: AnalysisRunner,
    private readonly getOptions: (uri: string) => AnalyzeOptions,
    private readonly openModels: () => NewsDocumentModel[],
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  get isReady(): boolean {
    return this.ready;
  }

  get progress(): IndexingProgress {
    return { done: this.done, total: this.done + this.inFlight + this.queue.size, indexing: this.draining !== undefined };
  }

  /** Starts (once) indexing the workspace; resolves when every file listed then has been read. */
  ensureIndexed(): Promise<void> {
    this.firstPass ??= this.indexAll().catch((error: unknown) => this.log(`workspace indexing failed: ${String(error)}`));
    return this.firstPass;
  }

  /** A file changed on disk or was created (or renamed to here): read it again once indexing has begun. */
  refreshFile(uri: string): Promise<void> {
    if (!this.started) return Promise.resolve();
    this.queue.add(uri);
    return this.drain();
  }

  /** The analysis options changed (the user's corrections): read every indexed file again. */
  reindexAll(): Promise<void> {
    if (!this.started) return Promise.resolve(); // not started yet: it will use the new options
    for (const uri of this.summaries.keys()) this.queue.add(uri);
    return this.drain();
  }

  /** A file was deleted (or renamed away). */
  removeFile(uri: string): void {
    this.queue.delete(uri);
    if (this.summaries.delete(uri)) this.changed.fire();
  }

  /** Stops the current pass (the status bar's cancel); what was indexed stays, later changes are still read. */
  cancelIndexing(): void {
    this.queue.clear();
    this.cancellation.cancel();
    this.cancellation = new CancellationSource();
  }

  /** The summary of a file that is indexed from disk (open files are summarised on demand by their model). */
  summaryOf(uri: string): NewsFileSummary | undefined {
    return this.summaries.get(uri);
  }

  /** Every news file's summary: the open document's live model where there is one, else the disk analysis. */
  fileSummaries(): NewsFileSummary[] {
    const byUri = new Map(this.summaries);
    for (const model of this.openModels()) byUri.set(model.uri, summaryOfModel(model));
    return [...byUri.values()];
  }

  /** Every news file's people rows (made once per analysed version, with its summary). */
  peopleByFile(): FilePeople[] {
    return this.fileSummaries().map(({ uri, peopleRows, pinyin }) => ({ uri, rows: peopleRows, pinyin }));
  }

  /** Mentions in news files other than `exceptUri`; undefined until the workspace has been indexed. */
  mentionsElsewhere(entity: Entity, exceptUri: string): MentionsElsewhere | undefined {
    if (!this.ready) return undefined;
    const key = entityKey(entity);
    const open = new Map(this.openModels().map((model) => [model.uri, model]));
    let mentions = 0;
    let files = 0;
    const count = (uri: string, n: number) => {
      if (uri === exceptUri || n === 0) return;
      mentions += n;
      files++;
    };
    for (const [uri, summary] of this.summaries) if (!open.has(uri)) count(uri, summary.mentions.get(key)?.length ?? 0);
    for (const [uri, model] of open) count(uri, model.mentionCount(key));
    return { mentions, files };
  }

  /** Every mention of the entity across the workspace's news files (waits for the first pass). */
  async mentionsEverywhere(entity: Entity): Promise<FileMentions[]> {
    await this.ensureIndexed();
    const key = entityKey(entity);
    const open = new Map(this.openModels().map((model) => [model.uri, model]));
    const files: FileMentions[] = [];
    for (const [uri, summary] of this.summaries) {
      const mentions = open.has(uri) ? undefined : summary.mentions.get(key);
      if (mentions?.length) files.push({ uri, mentions });
    }
    for (const [uri, model] of open) {
      const mentions = mentionRanges(model, entity);
      if (mentions.length) files.push({ uri, mentions });
    }
    // Code-unit order: localeCompare on thousands of URIs costs more than the lookup itself.
    return files.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  private async indexAll(): Promise<void> {
    this.started = true;
    const started = Date.now();
    for (const uri of await this.source.listNewsFiles()) this.queue.add(uri);
    await this.drain();
    this.ready = true;
    this.log(`indexed ${this.summaries.size} news file(s) of the workspace in ${Date.now() - started} ms`);
    this.changed.fire();
  }

  /** Reads the queued files, one drain at a time; a file queued as a drain ends starts the next. */
  private drain(): Promise<void> {
    this.draining ??= this.drainQueue().finally(() => {
      this.draining = undefined;
      this.done = 0;
      this.progressed.fire(this.progress);
      if (this.queue.size > 0 && !this.disposed.signal.isCancellationRequested) void this.drain();
    });
    return this.draining;
  }

  /**
   * FILES_IN_FLIGHT files at a time, each lane yielding to the event loop between files so the host never stalls:
   * while the worker analyses one file, the host reads the next and queues it, so the worker never waits on the
   * host's file reads, disk-cache lookups and yields.
   */
  private async drainQueue(): Promise<void> {
    await yieldToEventLoop();
    let changed = false;
    const lane = async () => {
      while (this.queue.size > 0 && !this.disposed.signal.isCancellationRequested) {
        const uri: string = this.queue.values().next().value!;
        this.queue.delete(uri);
        this.inFlight++;
        changed = (await this.indexFile(uri)) || changed;
        this.inFlight--;
        this.done++;
        this.progressed.fire(this.progress);
        await yieldToEventLoop();
      }
    };
    await Promise.all(Array.from({ length: FILES_IN_FLIGHT }, lane));
    if (changed && this.ready) this.changed.fire();
  }

  /** Reads and analyses one file; true when the index changed. */
  private async indexFile(uri: string): Promise<boolean> {
    try {
      const text = await this.source.readNewsText(uri);
      if (text === undefined) return this.summaries.delete(uri);
      // Summarised where the analysis runs: the host receives a few kB, not the analysis and hover facts.
      const { signal } = this.cancellation;
      const summary = this.runner.summarize
        ? await this.runner.summarize(uri, text, this.getOptions(uri), signal)
        : summarizeAnalysis(uri, text, (await this.runner.analyze(text, this.getOptions(uri), signal)).analysis);
      this.summaries.set(uri, summary);
      return true;
    } catch (error) {
      if (!(error instanceof CancelledError)) this.log(`could not index ${uri}: ${String(error)}`);
      return false;
    }
  }

  dispose(): void {
    this.queue.clear();
    this.disposed.cancel();
    this.cancellation.cancel();
    this.changed.dispose();
    this.progressed.dispose();
  }
}
