// Child-process entry (bundled to dist/provisionalAnalysis.js), started by analysisWorker.ts as the worker starts
// when jieba-wasm's dictionary snapshot is there: restores jieba-wasm and, if the session's first text has not
// come yet, pays the first analysis' one-time costs (gazetteer, user words, the labeller's model, cold code) on a
// short text of its own meanwhile; then analyses the session's first text, answers, ends. A process of its own so that the restored
// instance's ~60 MB go back to the system when it ends, instead of staying in the analysis worker's process for
// the session (see childProcess.ts).
// First import: the snapshot's reading starts before the core (below) is evaluated.
import { snapshotPlace, snapshotRead } from './provisionalPrefetch';
import { analyzeText } from '../core/analyze';
import type { Segmenter } from '../core/segment/segmenter';
import type { ProvisionalAnswer, ProvisionalAnalysisInput } from './analysisWorkerProtocol';
import { answerParent } from './childProcess';
import { restoreWasmSegmenter } from './wasmSnapshotFile';

/** A sentence with a titled person, a place, an organisation and a date: every recogniser runs once. */
const WARM_UP_TEXT = '新华社北京3月5日电 国务院总理王建华在人民大会堂会见了河北省代表团。';

const refusal = (error: unknown) => ({ refused: error instanceof Error ? error.message : String(error) });

async function restore(): Promise<{ segmenter: Segmenter } | { refused: string }> {
  try {
    if (!snapshotPlace || !snapshotRead) return { refused: 'started without a snapshot' };
    const read = await snapshotRead;
    if ('missing' in read) return { refused: 'no snapshot' };
    const restored = restoreWasmSegmenter(snapshotPlace, read);
    if (!('segmenter' in restored)) return { refused: 'missing' in restored ? 'no snapshot' : restored.refusedBecause };
    // Once the text is here, warming up on another one only delays its answer (measured: by 300 ms and more).
    if (!textAsked) analyzeText(WARM_UP_TEXT, restored.segmenter);
    return restored;
  } catch (error) {
    return refusal(error);
  }
}

/** Whether the session's first text has come (the worker usually asks before the snapshot is restored). */
let textAsked = false;
const ready = restore();

answerParent(async ({ text, options }: ProvisionalAnalysisInput): Promise<ProvisionalAnswer> => {
  textAsked = true;
  const restored = await ready;
  if ('refused' in restored) return restored;
  try {
    return { analysis: analyzeText(text, restored.segmenter, options) };
  } catch (error) {
    return refusal(error);
  }
});
