// The provisional analysis process's code (bundled to dist/provisionalAnalysisMain.js), loaded by its entry
// (provisionalAnalysisProcess.ts) through the code cache once the snapshot's reading has started: restores
// jieba-wasm (its snapshot holds the core's user words) and, if the session's first text has not come yet, pays
// the first analysis' one-time costs (cold code) on a short text of its own meanwhile; then analyses the
// session's first text, answers, ends.
import { analyzeText } from '../core/analyze';
import { getNerModel } from '../core/ner/loadModel';
import { getGazetteer } from '../core/places/gazetteer';
import type { Segmenter } from '../core/segment/segmenter';
import type { ProvisionalAnswer, ProvisionalAnalysisInput } from './analysisWorkerProtocol';
import { answerParent } from './childProcess';
import { restoreWasmSegmenter, type ReadWasmSnapshot, type WasmSnapshotPlace } from './wasmSnapshotFile';
import { snapshotUserWords } from './snapshotUserWords';

/** A sentence with a titled person, a place, an organisation and a date: every recogniser runs once. */
const WARM_UP_TEXT = '新华社北京3月5日电 国务院总理王建华在人民大会堂会见了河北省代表团。';

const refusal = (error: unknown) => ({ refused: error instanceof Error ? error.message : String(error) });

/**
 * Answers the session's first text with jieba-wasm restored from the snapshot being read (`snapshotRead`);
 * `afterAnswer` runs once the answer is sent, before the process ends.
 */
export function runProvisionalAnalysis(place: WasmSnapshotPlace | undefined, snapshotRead: Promise<ReadWasmSnapshot | { missing: true }> | undefined, afterAnswer: () => void): void {
  /** Whether the session's first text has come (the worker usually asks before the snapshot is restored). */
  let textAsked = false;

  async function restore(): Promise<{ segmenter: Segmenter } | { refused: string }> {
    try {
      if (!place || !snapshotRead) return { refused: 'started without a snapshot' };
      // The labeller's model, the gazetteer and the user words the snapshot holds need no segmenter: they load
      // while the snapshot is read and the wasm compiles.
      getNerModel();
      getGazetteer();
      const userWords = snapshotUserWords();
      const read = await snapshotRead;
      if ('missing' in read) return { refused: 'no snapshot' };
      const restored = restoreWasmSegmenter(place, read, userWords);
      if (!('segmenter' in restored)) return { refused: 'missing' in restored ? 'no snapshot' : restored.refusedBecause };
      // Once the text is here, warming up on another one only delays its answer (measured: by 300 ms and more).
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
