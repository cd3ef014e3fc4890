/** A pool of worker threads analysing a corpus, its results handed on in input order. */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { CorpusJob, CorpusResult, CorpusWorkerData } from './corpusProtocol';

export interface CorpusPoolOptions {
  jobs: number;
  /** The script each worker runs (the CLI bundle itself, which starts a worker when it is not the main thread). */
  workerScript: string;
  workerData: CorpusWorkerData;
}

/** Jobs sent to one worker ahead of its answers, so it never waits for the main thread between files. */
const QUEUED_PER_WORKER = 2;
/** Results waiting for an earlier, slower one before they can be written, per worker: bounds the memory. */
const BUFFERED_PER_WORKER = 64;
/**
 * V8's budget before it optimises a function (its default in Node 20: 66 KB of bytecode run), raised 16× when
 * the workers take every core. Each worker's V8 optimises the same functions again on background threads
 * (about 1,000 compilations per worker in its first few hundred files): with a core to spare, that is free; with
 * none, it takes the workers' time. Measured on 600 reports at --jobs 2 on 2 cores: background threads 6.4 s ->
 * 1.9 s of CPU, the run 33 s -> 23 s (median of 3); output identical.
 */
const INTERRUPT_BUDGET_WHEN_CORES_FULL = 16 * 66 * 1024;

/**
 * Runs every job of `jobs` on `options.jobs` workers and calls `emit` with each result in the jobs' order
 * (awaited: a slow consumer such as a piped stdout holds the pool back). Rejects if a worker dies.
 */
export async function runCorpusPool(
  jobs: AsyncIterable<CorpusJob>,
  options: CorpusPoolOptions,
  emit: (result: CorpusResult) => Promise<void>,
): Promise<void> {
  // V8's flags are the process's: set before the workers' isolates are made.
  if (options.jobs >= availableParallelism()) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET_WHEN_CORES_FULL}`);
  const workers = Array.from({ length: options.jobs }, () => new Worker(options.workerScript, { workerData: options.workerData }));
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const waiting = new Map<number, CorpusResult>();
  let nextToEmit = 0;
  let emitting = Promise.resolve();
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const signal = () => { const w = wake; wake = undefined; w?.(); };

  const accept = (result: CorpusResult) => {
    waiting.set(result.index, result);
    // Emit in order, one at a time; each emit may wait for stdout to drain.
    emitting = emitting.then(async () => {
      for (let next = waiting.get(nextToEmit); next; next = waiting.get(nextToEmit)) {
        waiting.delete(nextToEmit++);
        await emit(next);
      }
    }).catch((error: unknown) => { failure ??= error instanceof Error ? error : new Error(String(error)); });
    void emitting.then(signal);
  };
  for (const worker of workers) {
    worker.on('message', (result: CorpusResult) => {
      inFlight.set(worker, inFlight.get(worker)! - 1);
      accept(result);
    });
    worker.on('error', (error) => { failure ??= error; signal(); });
    worker.on('exit', (code) => { if (code !== 0) failure ??= new Error(`a worker stopped with exit code ${code}`); signal(); });
  }

  const idleWorker = () => workers.reduce((best, w) => (inFlight.get(w)! < inFlight.get(best)! ? w : best));
  const until = (ready: () => boolean): Promise<void> => (ready() || failure ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve)).then((): Promise<void> => until(ready)));
  const maxWaiting = BUFFERED_PER_WORKER * workers.length;
  const busy = () => [...inFlight.values()].reduce((a, b) => a + b, 0);

  try {
    let sent = 0;
    for await (const job of jobs) {
      if (job.kind === 'invalid') {
        // Nothing to analyse: reported in its place once the results before it are out.
        await until(() => waiting.size < maxWaiting);
        accept({ index: job.index, error: job.error, bytes: 0 });
      } else {
        await until(() => inFlight.get(idleWorker())! < QUEUED_PER_WORKER && waiting.size < maxWaiting);
        if (failure) break;
        const worker = idleWorker();
        inFlight.set(worker, inFlight.get(worker)! + 1);
        worker.postMessage(job);
      }
      sent++;
      if (failure) break;
    }
    await until(() => busy() === 0 && nextToEmit === sent);
    await emitting;
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
