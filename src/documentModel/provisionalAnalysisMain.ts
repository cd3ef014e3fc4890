// The provisional analysis process's code (bundled to dist/provisionalAnalysisMain.js), loaded by its entry
// (provisionalAnalysisProcess.ts) through the code cache once jieba-wasm's restore has started: finishes it (its
// snapshot holds the core's user words) and, if the session's first text has not come yet, pays
// the first analysis' one-time costs (cold code) on a short text of its own meanwhile; then analyses the
// session's first text, answers, ends.
import { analyzeText } from '../core/analyze';
import { getNerModel } from '../core/ner/loadModel';
import { getGazetteer } from '../core/places/gazetteer';
import type { Segmenter } from '../core/segment/segmenter';
import type { ProvisionalAnswer, ProvisionalAnalysisInput } from './analysisWorkerProtocol';
import { answerParent } from './childProcess';
import type { SnapshotRestoring } from './wasmSnapshotFile';
import { snapshotUserWords } from './snapshotUserWords';
import { markSegmenterPrepared } from '../core/segment/userWords';

/** A sentence with a titled person, a place, an organisation and a date: every recogniser runs once. */
const WARM_UP_TEXT = '新华社北京3月5日电 国务院总理王建华在人民大会堂会见了河北省代表团。';

const refusal = (error: unknown) => ({ refused: error instanceof Error ? error.message : String(error) });

/**
 * Answers the session's first text with jieba-wasm restored from the snapshot being read into its memory
 * (`snapshotRestoring`); `afterAnswer` runs once the answer is sent, before the process ends.
 */
export function runProvisionalAnalysis(snapshotRestoring: Promise<SnapshotRestoring> | undefined, afterAnswer: () => void): void {
  /** Whether the session's first text has come (the worker usually asks before the snapshot is restored). */
  let textAsked = false;

  async function restore(): Promise<{ segmenter: Segmenter } | { refused: string }> {
    try {
      if (!snapshotRestoring) return { refused: 'started without a snapshot' };
      // The labeller's model, the gazetteer and the user words the snapshot holds need no segmenter: they load
      // while the snapshot's pages are read.
      getNerModel();
      getGazetteer();
      const userWords = snapshotUserWords();
      const restoring = await snapshotRestoring;
      if ('missing' in restoring) return { refused: 'no snapshot' };
      if ('refusedBecause' in restoring) return { refused: restoring.refusedBecause };
      const restored = restoring.finish(userWords.key);
      if ('refusedBecause' in restored) return { refused: restored.refusedBecause };
      // Restored in the entry's bundle, which holds jieba-wasm's glue: marked here, where the core runs.
      markSegmenterPrepared(restored.segmenter);
      // Once the text is here, warming up on another one only delays its answer (measured: by 300 ms and more).
      // The worker usually sent it long before, but this process has been busy since it started (loading the
      // core), and its message is delivered by the event loop: let it turn once first. Without that, the pages'
      // read, finished in the same turn, went first and the warm-up ran before the text waiting (35-40 ms).
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (!textAsked) analyzeText(WARM_UP_TEXT, restored.segmenter);
      return restored;
    } catch (error) {
      return refusal(error);
    }
  }

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
  }, afterAnswer);
}
