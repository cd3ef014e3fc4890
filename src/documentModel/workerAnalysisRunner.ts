import type { ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import type { AnalyzeOptions, Entity } from '../core/types';
import type { AnalysisResult, AnalysisRunner } from './analysisRunner';
import { CancelledError, type CancellationSignal } from './cancellation';
import type { AnalysisWorkerData, FromWorker, ToWorker } from './analysisWorkerProtocol';
import { summarizeAnalysis, type NewsFileSummary } from './newsFileSummary';
import { forkNodeProcess } from './childProcess';

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
 * The worker's scheduling priority (a nice value) once it has answered first: background work, so on a busy
 * machine the extension host's thread runs first (indexing 2,000 files keeps one core busy for a minute; typing
 * must not wait behind it). Not before: the session's first highlight (and the process the worker starts for it,
 * which would inherit the value) must not wait behind other programs, and a raised nice value cannot be lowered.
 */
const WORKER_NICENESS = 10;

/** The last characters of the worker's stderr kept for the log when it dies (a native module's crash). */
const STDERR_KEPT = 2000;

/**
 * Runs analyses in the analysis worker (dist/analysisWorker.js), a child Node process at a lower priority: its
 * memory (nodejieba's dictionary: 300 MB) is not the extension host's, a crash in a native module cannot take the
 * host down, and the host's thread is scheduled before it. The worker starts on the first analysis, not at
 * activation. Cancelling drops a queued job; a job already running finishes and its result is dropped.
 * If the worker cannot start or keeps dying, analyses go to `fallback` (in-process, chunked).
 */
export class WorkerAnalysisRunner implements AnalysisRunner {
  private worker: ChildProcess | undefined;
  private readonly pending = new Map<number, PendingJob>();
  private nextId = 1;
  private failures = 0;
  private segmenterDescription: string | undefined;
  /** Whether the current worker runs at WORKER_NICENESS. */
  private lowered = false;

  constructor(
    private readonly workerScript: string,
    private readonly fallback: AnalysisRunner,
    private readonly log: (message: string) => void = () => undefined,
    private readonly workerData: AnalysisWorkerData = {},
  ) {}

  /** The analysis worker's process id while one runs (for the log and the tests). */
  get workerProcessId(): number | undefined {
    return this.worker?.pid;
  }

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
        this.settleChannel();
        reject(new CancelledError());
      });
      this.pending.set(id, {
        entities: [],
        resolve: (result) => (subscription.dispose(), resolve(result as T)),
        reject: (error) => (subscription.dispose(), reject(error)),
      });
      this.post({ ...job, id });
      // While a job is out, the channel keeps this process alive (a script awaiting an answer); idle, it does not.
      this.worker?.channel?.ref();
    });
  }

  private getWorker(): ChildProcess | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = forkNodeProcess(this.workerScript, this.workerData, ['ignore', 'ignore', 'pipe', 'ipc']);
      // The worker must never keep the host process alive on shutdown (it ends when the host's channel closes).
      worker.unref();
      let stderr = '';
      worker.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-STDERR_KEPT)));
      (worker.stderr as { unref?(): void } | null)?.unref?.();
      worker.on('message', (message: FromWorker) => this.onMessage(message));
      worker.on('error', (error) => this.onWorkerGone(worker, error));
      worker.on('exit', (code, signal) => this.onWorkerGone(worker, new Error(`analysis worker exited (${signal ?? `code ${code}`})${stderr ? `: ${stderr.trim()}` : ''}`)));
      this.worker = worker;
      this.lowered = false;
      this.settleChannel();
      return worker;
    } catch (error) {
      this.failures = MAX_WORKER_FAILURES;
      this.log(`analysis worker could not start, analysing in-process: ${String(error)}`);
      return undefined;
    }
  }

  private onMessage(message: FromWorker): void {
    if (!this.lowered) this.lowerPriority();
    if (message.type === 'segmenter') {
      this.segmenterDescription = `${message.name} in the analysis worker process`;
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
    this.settleChannel();
    if (message.type === 'result') {
      const { analysis } = message.result;
      if (job.entities.length > 0) analysis.entities = [...job.entities.flat(), ...analysis.entities];
      job.resolve(message.result);
    }
    else if (message.type === 'summary') job.resolve(message.summary);
    else if (message.type === 'cancelled') job.reject(new CancelledError());
    else job.reject(new Error(message.message));
  }

  private onWorkerGone(worker: ChildProcess, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.failures++;
    this.log(`analysis worker stopped (${error.message}); failure ${this.failures} of ${MAX_WORKER_FAILURES}`);
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const job of jobs) job.reject(error);
  }

  private post(message: ToWorker): void {
    this.worker?.send(message, (error) => error && this.worker?.kill());
  }

  private lowerPriority(): void {
    this.lowered = true;
    if (this.worker?.pid === undefined) return;
    try {
      setPriority(this.worker.pid, WORKER_NICENESS);
    } catch {
      // Not permitted here: the worker runs at the host's priority.
    }
  }

  /** Idle (no job out), the channel no longer keeps this process alive. */
  private settleChannel(): void {
    if (this.pending.size === 0) this.worker?.channel?.unref();
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const job of this.pending.values()) job.reject(new CancelledError());
    this.pending.clear();
    worker?.kill();
    this.fallback.dispose();
  }
}
