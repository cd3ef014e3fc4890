import type { GazetteerExtension } from '../core/types';

/** One item of a corpus run, numbered in input order. */
export type CorpusJob =
  | { index: number; kind: 'file'; path: string }
  | { index: number; kind: 'text'; id: unknown; text: string; referenceDate?: string }
  /** An input line that could not be read as a job: reported in its place, never sent to a worker. */
  | { index: number; kind: 'invalid'; error: string };

/**
 * One JSON line for the output, or the reason there is none. `line`: its UTF-8 bytes, newline included, encoded
 * by the worker and handed over without a copy (the main thread only writes them). `bytes`: the input's UTF-8
 * size, for the progress bar.
 */
export type CorpusResult =
  | { index: number; line: Uint8Array; bytes: number }
  | { index: number; error: string; bytes: number };

/** What every worker of the pool analyses with (`workerData`). */
export interface CorpusWorkerData {
  corpusWorker: true;
  referenceDate?: string;
  gazetteerExtension?: GazetteerExtension;
}

export function isCorpusWorkerData(data: unknown): data is CorpusWorkerData {
  return typeof data === 'object' && data !== null && (data as Partial<CorpusWorkerData>).corpusWorker === true;
}
