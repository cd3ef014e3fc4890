// Worker-thread entry (bundled to dist/provisionalAnalysis.js), started by analysisWorker.ts for a session's first
// analysis while nodejieba is not loaded: restores jieba-wasm from its snapshot, analyses one text, answers, ends.
// A thread of its own so that the restored instance's ~60 MB of wasm memory go when it ends, not stay in the
// extension host's process for the session (the glue keeps one instance per thread, for good).
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeText } from '../core/analyze';
import type { ProvisionalAnswer, ProvisionalThreadData } from './analysisWorkerProtocol';
import { restoreWasmSegmenter } from './wasmSnapshotFile';

const { folder, wasmFile, text, options } = workerData as ProvisionalThreadData;
let answer: ProvisionalAnswer;
try {
  const restored = restoreWasmSegmenter(folder, wasmFile);
  answer = 'segmenter' in restored
    ? { analysis: analyzeText(text, restored.segmenter, options) }
    : { refused: 'missing' in restored ? 'no snapshot' : restored.refusedBecause };
} catch (error) {
  answer = { refused: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(answer);
