// The analysis worker's code (bundled to dist/analysisWorkerMain.js), loaded by its entry (analysisWorker.ts)
// once the provisional analysis process is started: runs the pure core off the host's thread, so a megabyte
// document never blocks typing, and in its own process, so nodejieba's dictionary is not in the host's memory and
// a crash of the native module cannot take the host down. Loads the segmenter on its first job (see
// provisionalAnalysis).
import { join } from 'node:path';
import { analyzeText } from '../core/analyze';
import { AnalysisMemo } from '../core/analysisMemo';
import type { Analysis } from '../core/types';
import { loadSegmenter } from '../core/segment/loadSegmenter';
import type { Segmenter } from '../core/segment/segmenter';
import type { FromWorker, ProvisionalAnalysisInput, ProvisionalAnswer, SnapshotWriterData, ToWorker } from './analysisWorkerProtocol';
import { analysisWorkerData, hostLink } from './analysisWorkerHost';
import { collectHoverFacts } from './hoverFacts';
import { hoverFactSources, warmHoverFactSources } from './lazyCore';
import { correctedHoverFactSources } from './correctedHoverFacts';
import { summarizeAnalysis } from './newsFileSummary';
import { hasWasmSnapshot, WEB_WASM } from './wasmSnapshotFile';
import { runInChildProcess, type ChildProcessJob } from './childProcess';

type AnalyzeJob = Extract<ToWorker, { type: 'analyze' | 'summarize' }>;

const host = hostLink();

/** A few ms of deserialisation per message on the host side. */
const ENTITIES_PER_MESSAGE = 1000;

const queue: AnalyzeJob[] = [];
let segmenter: Segmenter | undefined;
let scheduled = false;
/** The open documents' sentences, reused across their versions; indexing (summarize) reads each file once, without it. */
const editorMemo = new AnalysisMemo();

const { snapshotFolder, writeSnapshot = true } = analysisWorkerData;
const SNAPSHOT_WRITER = join(__dirname, 'wasmSnapshotWriter.js');
let snapshotTried = false;
/** Set by the entry (startAnalysisWorker) before any message is handled. */
let provisionalProcess: ChildProcessJob<ProvisionalAnalysisInput, ProvisionalAnswer> | undefined;
let saveCodeCache = (): void => undefined;
/** Whether this process has analysed a text itself (not the provisional process): its code cache would then hold the core's code. */
let analysedHere = false;

/**
 * Called by the entry as this bundle has loaded: `provisional` is the provisional analysis process it started;
 * `codeCacheSaver` writes this bundle's code cache (once it has analysed a text: the cache then holds the
 * core's code as well), when the entry loaded it without a valid one.
 */
export function startAnalysisWorker(provisional: typeof provisionalProcess, codeCacheSaver: () => void): void {
  provisionalProcess = provisional;
  saveCodeCache = codeCacheSaver;
}

function loadNative(): Segmenter {
  const loaded = loadSegmenter();
  post({ type: 'segmenter', name: loaded.segmenter.name, fallbackReason: loaded.fallbackReason });
  if (snapshotFolder && writeSnapshot && !hasWasmSnapshot(snapshotFolder, WEB_WASM)) {
    // Built and written in a process of its own, after nodejieba is up, so the first highlight never waits on it
    // and its memory goes when it ends. A failure only means the next session has no snapshot either.
    const data: SnapshotWriterData = { folder: snapshotFolder, wasmFile: WEB_WASM };
    runInChildProcess(SNAPSHOT_WRITER, data).catch(() => undefined);
  }
  return loaded.segmenter;
}

/**
 * nodejieba needs 1.5 s or more to load its dictionary. The session's first analysis is answered by jieba-wasm
 * restored from its snapshot, in a short-lived process (provisionalAnalysisProcess.ts, started with the worker:
 * provisionalStart.ts) so its memory does not stay, and marked provisional: it stays that version's result
 * until the next edit (the host keeps one analysis per version) and is never kept on disk. nodejieba loads once
 * it is sent and answers every later job; where the two differ (1 % of entities, 1 report in 10) the next edit
 * shows nodejieba's. Undefined when there is no usable snapshot (or it is not the first analysis): the job goes
 * to nodejieba; a first job that is no analysis (indexing) dismisses the process.
 */
async function provisionalAnalysis(job: AnalyzeJob): Promise<Analysis | undefined> {
  if (segmenter || snapshotTried || !provisionalProcess) return undefined;
  if (job.type !== 'analyze') {
    provisionalProcess.dismiss();
    return undefined;
  }
  snapshotTried = true;
  const asked = provisionalProcess.ask({ text: job.text, options: job.options })
    .catch((error: Error): ProvisionalAnswer => ({ refused: error.message }));
  // The answer's hover facts are collected here, after it comes: their one-time costs are paid while it is made.
  warmHoverFactSources();
  const answer = await asked;
  return 'analysis' in answer ? answer.analysis : undefined;
}

const post = (message: FromWorker): void => host.post(message);

/** Resolves the wait for the host's ack of the slice last sent, per job id. */
const acks = new Map<number, () => void>();
const cancelledJobs = new Set<number>();

host.onMessage((message: ToWorker) => {
  if (message.type === 'ack') {
    acks.get(message.id)?.();
    return;
  }
  if (message.type === 'cancel') {
    // A job sending its slices stops at the next one; a queued job is dropped; a finished one is left alone.
    const ack = acks.get(message.id);
    if (ack) {
      cancelledJobs.add(message.id);
      ack();
    }
    const i = queue.findIndex((job) => job.id === message.id);
    if (i >= 0) {
      queue.splice(i, 1);
      post({ type: 'cancelled', id: message.id });
    }
    return;
  }
  queue.push(message);
  schedule();
});

// One job per macrotask, so cancel messages that arrived meanwhile are handled before the next job starts.
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => void runNext());
}

async function runNext(): Promise<void> {
  const job = queue.shift();
  if (!job) {
    scheduled = false;
    return;
  }
  try {
    const provisionalResult = await provisionalAnalysis(job);
    const provisional = provisionalResult !== undefined;
    analysedHere ||= !provisional;
    const analysis = provisionalResult ?? analyzeText(job.text, (segmenter ??= loadNative()), job.options, job.type === 'analyze' ? editorMemo : undefined);
    if (job.type === 'summarize') {
      post({ type: 'summary', id: job.id, summary: summarizeAnalysis(job.uri, job.text, analysis) });
      return finishJob();
    }
    const facts = collectHoverFacts(analysis, correctedHoverFactSources(hoverFactSources, job.options));
    // Receiving one huge message would block the extension host while it is deserialised: send slices.
    const { entities } = analysis;
    let sent = 0;
    for (; entities.length - sent > ENTITIES_PER_MESSAGE; sent += ENTITIES_PER_MESSAGE) {
      const acked = new Promise<void>((resolve) => acks.set(job.id, resolve));
      post({ type: 'entities', id: job.id, entities: entities.slice(sent, sent + ENTITIES_PER_MESSAGE) });
      await acked;
      acks.delete(job.id);
      if (cancelledJobs.has(job.id)) throw new Error('cancelled');
    }
    post({ type: 'result', id: job.id, result: { analysis: { ...analysis, entities: entities.slice(sent) }, facts, ...(provisional && { provisional }) } });
  } catch (error) {
    if (cancelledJobs.delete(job.id)) post({ type: 'cancelled', id: job.id });
    else post({ type: 'error', id: job.id, message: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
  finishJob();
}

function finishJob(): void {
  scheduled = false;
  // After the provisional answer (all of it: a large one's slices wait on the host's acks), nodejieba loads.
  // A failure here is left to the next job, which loads it again and reports the error with its answer.
  if (!segmenter && snapshotTried) {
    try {
      segmenter = loadNative();
    } catch {
      segmenter = undefined;
    }
  }
  if (queue.length) schedule();
  // Idle after analysing here: the cache (tens of ms) is written while no job waits on it.
  else if (analysedHere) saveCodeCache();
}
