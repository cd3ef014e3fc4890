import type { Analysis, AnalyzeOptions } from '../core/types';
import { collectHoverFacts, type HoverFacts } from './hoverFacts';
import type { Segmenter } from '../core/segment/segmenter';
import type { AnalysisMemo } from '../core/analysisMemo';
import { CancelledError, type CancellationSignal } from './cancellation';
import { mergeChunkAnalyses, splitIntoChunks } from '../core/chunks';
import { hoverFactSources, loadCore } from './lazyCore';
import { correctedHoverFactSources } from './correctedHoverFacts';
import { summarizeAnalysis, type NewsFileSummary } from './newsFileSummary';
import { referenceDateValue } from '../core/dates/resolution';

/** The analysis of a text and the facts its hover cards need. */
export interface AnalysisResult {
  analysis: Analysis;
  facts: HoverFacts;
  /** Given by jieba-wasm while nodejieba was loading (analysisWorker.ts): shown, never kept on disk. */
  provisional?: true;
}

/** Runs the (synchronous, pure) core analysis somewhere: in this thread, or in a worker. */
export interface AnalysisRunner {
  /** Rejects with CancelledError once `signal` is cancelled. */
  analyze(text: string, options: AnalyzeOptions, signal: CancellationSignal): Promise<AnalysisResult>;
  /**
   * The summary the workspace index keeps of a file, made where the analysis runs (no hover facts, a small
   * message). A runner without it is asked to `analyze`, and the caller summarises.
   */
  summarize?(uri: string, text: string, options: AnalyzeOptions, signal: CancellationSignal): Promise<NewsFileSummary>;
  /** Which segmenter and where, for the log ('nodejieba in the analysis worker process'). Undefined until first use. */
  readonly description: string | undefined;
  dispose(): void;
}

export type SegmenterLoader = () => Segmenter | Promise<Segmenter>;

/** Texts up to this length are analysed in one go (a news article is 5–20 k characters). */
export const WHOLE_TEXT_LIMIT = 40_000;
/** Longer texts are analysed in pieces of this size, yielding between them so the host stays responsive. */
export const CHUNK_LENGTH = 8_000;

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Analyses in the calling thread (the browser host, or Node when the worker cannot start). The segmenter is
 * loaded on first use, not at activation. Long documents are cut into chunks between which the event loop
 * runs: a chunk loses cross-chunk context (a bare 27日 at the top of a chunk), the price of never blocking.
 */
export class InProcessAnalysisRunner implements AnalysisRunner {
  private segmenter: Promise<Segmenter> | undefined;
  private segmenterName: string | undefined;
  /** The open documents' sentences, reused across their versions (analyze); a summary reads its file once. */
  private memo: AnalysisMemo | undefined;

  constructor(
    private readonly loadSegmenter: SegmenterLoader,
    private readonly limits = { whole: WHOLE_TEXT_LIMIT, chunk: CHUNK_LENGTH },
  ) {}

  get description(): string | undefined {
    return this.segmenterName && `${this.segmenterName} in the extension host thread`;
  }

  async analyze(text: string, options: AnalyzeOptions, signal: CancellationSignal): Promise<AnalysisResult> {
    const memo = (this.memo ??= new (loadCore().AnalysisMemo)());
    const analysis = await this.analyzeInChunks(text, options, signal, memo.fits(text.length) ? memo : undefined);
    await yieldToEventLoop();
    if (signal.isCancellationRequested) throw new CancelledError();
    return { analysis, facts: collectHoverFacts(analysis, correctedHoverFactSources(hoverFactSources, options)) };
  }

  async summarize(uri: string, text: string, options: AnalyzeOptions, signal: CancellationSignal): Promise<NewsFileSummary> {
    return summarizeAnalysis(uri, text, await this.analyzeInChunks(text, options, signal));
  }

  private async analyzeInChunks(text: string, options: AnalyzeOptions, signal: CancellationSignal, memo?: AnalysisMemo): Promise<Analysis> {
    const segmenter = await this.getSegmenter();
    const { analyzeText } = loadCore();
    await yieldToEventLoop();
    if (signal.isCancellationRequested) throw new CancelledError();
    if (text.length <= this.limits.whole) return analyzeText(text, segmenter, options, memo);

    const parts: { start: number; analysis: Analysis }[] = [];
    let chunkOptions = options;
    for (const chunk of splitIntoChunks(text, this.limits.chunk)) {
      if (signal.isCancellationRequested) throw new CancelledError();
      const analysis = analyzeText(chunk.text, segmenter, chunkOptions, memo);
      parts.push({ start: chunk.start, analysis });
      // Carry the reference date the article has established (its dateline) into later chunks that state none.
      const established = analysis.reference?.reference;
      if (!options.referenceDate && established) chunkOptions = { ...options, referenceDate: referenceDateValue(established) };
      await yieldToEventLoop();
    }
    if (signal.isCancellationRequested) throw new CancelledError();
    return mergeChunkAnalyses(parts);
  }

  private getSegmenter(): Promise<Segmenter> {
    this.segmenter ??= Promise.resolve()
      .then(this.loadSegmenter)
      .then((segmenter) => {
        this.segmenterName = segmenter.name;
        return segmenter;
      });
    // A failed load is retried on the next analysis rather than cached forever.
    this.segmenter.catch(() => (this.segmenter = undefined));
    return this.segmenter;
  }

  dispose(): void {
    this.segmenter = undefined;
    this.memo = undefined;
  }
}
