import type { AnalyzeOptions, Entity } from '../core/types';
import type { AnalysisRunner } from './analysisRunner';
import { CancellationSource, CancelledError } from './cancellation';
import { Listeners } from './listeners';
import { entityKey, NewsDocumentModel } from './newsDocumentModel';

/** Where the workspace's news files come from (vscode.workspace.findFiles + fs in the extension). */
export interface NewsFileSource {
  /** URIs (strings) of the workspace's news files. */
  listNewsFiles(): Promise<string[]>;
  /** The file's text, or undefined when it is not news after all (not mostly Chinese) or unreadable. */
  readNewsText(uri: string): Promise<string | undefined>;
}

export interface MentionsElsewhere {
  mentions: number;
  files: number;
}

export interface FileMentions {
  uri: string;
  model: NewsDocumentModel;
  mentions: Entity[];
}

/**
 * The other news files of the workspace, analysed in the background one after another (through the same
 * runner, so off the host thread in Node). Open documents are taken from the live cache instead of disk.
 * Answers "how many mentions elsewhere" synchronously, for hovers, once indexing is done.
 */
export class WorkspaceNewsIndex {
  private readonly diskModels = new Map<string, NewsDocumentModel>();
  private indexing: Promise<void> | undefined;
  private reindexing: Promise<void> = Promise.resolve();
  private ready = false;
  private readonly cancellation = new CancellationSource();
  private readonly changed = new Listeners<void>();
  readonly onDidChange = this.changed.event;

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

  /** Starts (once) indexing the workspace; resolves when every file has been analysed. */
  ensureIndexed(): Promise<void> {
    this.indexing ??= this.indexAll().catch((error: unknown) => {
      if (!(error instanceof CancelledError)) this.log(`workspace indexing failed: ${String(error)}`);
    });
    return this.indexing;
  }

  /** A file changed on disk or was created: re-analyse it (if indexing has begun). */
  async refreshFile(uri: string): Promise<void> {
    if (!this.indexing) return;
    await this.indexing;
    await this.indexFile(uri);
    this.changed.fire();
  }

  /** The analysis options changed (the user's corrections): analyse the indexed files again, one run at a time. */
  reindexAll(): Promise<void> {
    this.reindexing = this.reindexing.then(async () => {
      if (!this.indexing) return; // not started yet: it will use the new options
      await this.indexing;
      for (const uri of [...this.diskModels.keys()]) await this.indexFile(uri);
      this.changed.fire();
    }).catch((error: unknown) => {
      if (!(error instanceof CancelledError)) this.log(`workspace re-indexing failed: ${String(error)}`);
    });
    return this.reindexing;
  }

  removeFile(uri: string): void {
    if (this.diskModels.delete(uri)) this.changed.fire();
  }

  /** Every news file's model: the open document's live model where there is one, else the disk analysis. */
  models(): NewsDocumentModel[] {
    const byUri = new Map(this.diskModels);
    for (const model of this.openModels()) byUri.set(model.uri, model);
    return [...byUri.values()];
  }

  /** Mentions in news files other than `exceptUri`; undefined until the workspace has been indexed. */
  mentionsElsewhere(entity: Entity, exceptUri: string): MentionsElsewhere | undefined {
    if (!this.ready) return undefined;
    const key = entityKey(entity);
    let mentions = 0;
    let files = 0;
    for (const model of this.models()) {
      if (model.uri === exceptUri) continue;
      const count = model.mentionCount(key);
      if (count > 0) {
        mentions += count;
        files++;
      }
    }
    return { mentions, files };
  }

  /** Every mention of the entity across the workspace's news files (waits for indexing). */
  async mentionsEverywhere(entity: Entity): Promise<FileMentions[]> {
    await this.ensureIndexed();
    return this.models()
      .map((model) => ({ uri: model.uri, model, mentions: model.mentionsOf(entity) }))
      .filter((file) => file.mentions.length > 0)
      .sort((a, b) => a.uri.localeCompare(b.uri));
  }

  private async indexAll(): Promise<void> {
    const uris = await this.source.listNewsFiles();
    const started = Date.now();
    for (const uri of uris) {
      if (this.cancellation.signal.isCancellationRequested) throw new CancelledError();
      await this.indexFile(uri);
    }
    this.ready = true;
    this.log(`indexed ${this.diskModels.size} news file(s) of the workspace in ${Date.now() - started} ms`);
    this.changed.fire();
  }

  private async indexFile(uri: string): Promise<void> {
    try {
      const text = await this.source.readNewsText(uri);
      if (text === undefined) {
        this.diskModels.delete(uri);
        return;
      }
      const { analysis, facts } = await this.runner.analyze(text, this.getOptions(uri), this.cancellation.signal);
      this.diskModels.set(uri, new NewsDocumentModel(uri, -1, text, analysis, facts));
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      this.log(`could not index ${uri}: ${String(error)}`);
    }
  }

  dispose(): void {
    this.cancellation.cancel();
    this.changed.dispose();
  }
}
