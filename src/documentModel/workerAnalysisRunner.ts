import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions, Entity } from '../core/types';
import type { AnalysisResult, AnalysisRunner } from './analysisRunner';
import { CancelledError, type CancellationSignal } from './cancellation';
import type { AnalysisWorkerData, FromWorker, ToWorker } from './analysisWorkerProtocol';
import { summarizeAnalysis, type NewsFileSummary } from './newsFileSummary';

interface PendingJob {
  /** Entity slices received ahead of the result. */
  entities: Entity[][];
  resolve(result: AnalysisResult | NewsFileSummary): void;
  reject(error: Error): void;
}

/** A job to post once it has an id. */
type JobMessage = { type: 'analyze'; text: string; options: AnalyzeOptions } | { type: 'summarize'; uri: string; text: string; options: AnalyzeOptions };

/** After this many worker crashes, analyses go to the fallback runner. */
const MAX_WORKER_FAILURES = 3;

/**
 * Runs analyses in a Node worker thread (dist/analysisWorker.js). The worker starts on the first analysis,
 * not at activation. Cancelling drops a queued job; a job already running finishes and its result is dropped.
 * If the worker cannot start or keeps dying, analyses go to `fallback` (in-process, chunked).
 */
export class WorkerAnalysisRunner implements AnalysisRunner {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, PendingJob>();
  private nextId = 1;
  private failures = 0;
  private segmenterDescription: string | undefined;

  constructor(
    private readonly workerScript: string,
    private readonly fallback: AnalysisRunner,
    private readonly log: (message: string) => void = () => undefined,
    private readonly workerData: AnalysisWorkerData = {},
  ) {}

  get description(): string | undefined {
    return this.failures >= MAX_WORKER_FAILURES ? this.fallback.description : this.segmenterDescription;
  }

  analyze(text: string, options: AnalyzeOptions, signal: CancellationSignal): Promise<AnalysisResult> {
    const worker = this.failures < MAX_WORKER_FAILURES ? this.getWorker() : undefined;
    if (!worker) return this.fallback.analyze(text, options, signal);
    return this.run<AnalysisResult>({ type: 'analyze', text, options }, signal);
  }

  summarize(uri: string, text: string, options: AnalyzeOptions, signal: CancellationSignal): Promise<NewsFileSummary> {
    const worker = this.failures < MAX_WORKER_FAILURES ? this.getWorker() : undefined;
    if (!worker) return this.fallback.analyze(text, options, signal).then(({ analysis }) => summarizeAnalysis(uri, text, analysis));
    return this.run<NewsFileSummary>({ type: 'summarize', uri, text, options }, signal);
  }

  /** Posts the job and settles with the worker's answer to it. */
  private run<T extends AnalysisResult | NewsFileSummary>(job: JobMessage, signal: CancellationSignal): Promise<T> {
    if (signal.isCancellationRequested) return Promise.reject(new CancelledError());
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const subscription = signal.onCancellationRequested(() => {
        if (!this.pending.delete(id)) return;
        this.post({ type: 'cancel', id });
        reject(new CancelledError());
      });
      this.pending.set(id, {
        entities: [],
        resolve: (result) => (subscription.dispose(), resolve(result as T)),
        reject: (error) => (subscription.dispose(), reject(error)),
      });
      this.post({ ...job, id });
    });
  }

  private getWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.workerScript, { workerData: this.workerData });
      // The worker must never keep the host process alive on shutdown.
      worker.unref();
      worker.on('message', (message: FromWorker) => this.onMessage(message));
      worker.on('error', (error) => this.onWorkerGone(worker, error));
      worker.on('exit', (code) => this.onWorkerGone(worker, new Error(`analysis worker exited with code ${code}`)));
      this.worker = worker;
      return worker;
    } catch (error) {
      this.failures = MAX_WORKER_FAILURES;
      this.log(`analysis worker could not start, analysing in-process: ${String(error)}`);
      return undefined;
    }
  }

  private onMessage(message: FromWorker): void {
    if (message.type === 'segmenter') {
      this.segmenterDescription = `${message.name} in a worker thread`;
      if (message.fallbackReason) this.log(`nodejieba unavailable in the worker (${message.fallbackReason}); using ${message.name}`);
      return;
    }
    const job = this.pending.get(message.id);
    if (!job) return; // cancelled meanwhile
    if (message.type === 'entities') {
      job.entities.push(message.entities);
      // Ask for the next slice only now: each slice is deserialised in its own host task.
      this.post({ type: 'ack', id: message.id });
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'result') {
      const { analysis } = message.result;
      if (job.entities.length > 0) analysis.entities = [...job.entities.flat(), ...analysis.entities];
      job.resolve(message.result);
    }
    else if (message.type === 'summary') job.resolve(message.summary);
    else if (message.type === 'cancelled') job.reject(new CancelledError());
    else job.reject(new Error(message.message));
  }

  private onWorkerGone(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.failures++;
    this.log(`analysis worker stopped (${error.message}); failure ${this.failures} of ${MAX_WORKER_FAILURES}`);
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const job of jobs) job.reject(error);
  }

  private post(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const job of this.pending.values()) job.reject(new CancelledError());
    this.pending.clear();
    void worker?.terminate();
    this.fallback.dispose();
  }
}
