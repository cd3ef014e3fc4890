// Worker-thread entry (bundled to dist/analysisWorker.js): runs the pure core off the extension host's thread,
// so a megabyte document never blocks typing. Loads the segmenter on its first job.
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../core/analyze';
import { loadSegmenter } from '../core/segment/loadSegmenter';
import type { Segmenter } from '../core/segment/segmenter';
import type { FromWorker, ToWorker } from './analysisWorkerProtocol';
import { collectHoverFacts } from './hoverFacts';
import { hoverFactSources } from './lazyCore';

type AnalyzeJob = Extract<ToWorker, { type: 'analyze' }>;

const port = parentPort;
if (!port) throw new Error('analysisWorker must run in a worker thread');

const queue: AnalyzeJob[] = [];
let segmenter: Segmenter | undefined;
let scheduled = false;

const post = (message: FromWorker): void => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') {
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
  setImmediate(runNext);
}

function runNext(): void {
  scheduled = false;
  const job = queue.shift();
  if (!job) return;
  try {
    if (!segmenter) {
      const loaded = loadSegmenter();
      segmenter = loaded.segmenter;
      post({ type: 'segmenter', name: segmenter.name, fallbackReason: loaded.fallbackReason });
    }
    const analysis = analyzeText(job.text, segmenter, job.options);
    post({ type: 'result', id: job.id, result: { analysis, facts: collectHoverFacts(analysis, hoverFactSources) } });
  } catch (error) {
    post({ type: 'error', id: job.id, message: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
  if (queue.length) schedule();
}
