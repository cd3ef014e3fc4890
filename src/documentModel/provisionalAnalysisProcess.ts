// Child-process entry (bundled to dist/provisionalAnalysis.js), started by analysisWorker.ts for a session's first
// analysis while nodejieba is not loaded: restores jieba-wasm from its snapshot, analyses one text, answers, ends.
// A process of its own so that the restored instance's ~60 MB go back to the system when it ends, instead of
// staying in the extension host's process for the session (see childProcess.ts).
import { analyzeText } from '../core/analyze';
import type { ProvisionalAnswer, ProvisionalAnalysisInput } from './analysisWorkerProtocol';
import { answerParent } from './childProcess';
import { restoreWasmSegmenter } from './wasmSnapshotFile';

answerParent(({ folder, wasmFile, text, options }: ProvisionalAnalysisInput): ProvisionalAnswer => {
  try {
    const restored = restoreWasmSegmenter(folder, wasmFile);
    return 'segmenter' in restored
      ? { analysis: analyzeText(text, restored.segmenter, options) }
      : { refused: 'missing' in restored ? 'no snapshot' : restored.refusedBecause };
  } catch (error) {
    return { refused: error instanceof Error ? error.message : String(error) };
  }
});
