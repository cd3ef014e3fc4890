import type { Analysis, AnalyzeOptions, Entity } from '../core/types';
import type { AnalysisResult } from './analysisRunner';
import type { NewsFileSummary } from './newsFileSummary';
import type { WasmSnapshotPlace } from './wasmSnapshotFile';

/** Messages between WorkerAnalysisRunner (extension host) and analysisWorker (its child process). */
export type ToWorker =
  | { type: 'analyze'; id: number; text: string; options: AnalyzeOptions }
  /** Analyse, but answer only the file's summary (the workspace index): a small message, no hover facts. */
  | { type: 'summarize'; id: number; uri: string; text: string; options: AnalyzeOptions }
  | { type: 'cancel'; id: number }
  /** The host has taken in one slice of entities: send the next (one slice per host task, never a backlog). */
  | { type: 'ack'; id: number };

export type FromWorker =
  | { type: 'segmenter'; name: string; fallbackReason?: string }
  /** Entities of a large result, sent ahead in slices so no single message takes long to deserialise. */
  | { type: 'entities'; id: number; entities: Entity[] }
  /** The rest of the result; its entities follow the slices sent before. */
  | { type: 'result'; id: number; result: AnalysisResult }
  | { type: 'summary'; id: number; summary: NewsFileSummary }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/** The worker's start data (WorkerAnalysisRunner). */
export interface AnalysisWorkerData {
  /** Where jieba-wasm's dictionary snapshot is kept (the extension's global storage); none: nodejieba only. */
  snapshotFolder?: string;
  /**
   * Whether the worker may write a snapshot there when none is usable (false with `cacheAnalyses` off: nothing
   * is written to disk; a snapshot already there is still read).
   */
  writeSnapshot?: boolean;
}

/** The snapshot writer's input (analysisWorker → wasmSnapshotWriter, a child process). */
export interface SnapshotWriterData {
  folder: string;
  wasmFile: string;
}

/**
 * The provisional analysis process (provisionalAnalysisProcess.ts) is started with the snapshot's place
 * (ProvisionalSetup, on its command line) as the worker starts, then sent the session's first text.
 */
export interface ProvisionalAnalysisInput {
  text: string;
  options: AnalyzeOptions;
}

/** Its one answer: the analysis by the restored jieba-wasm, or why there is none. */
export type ProvisionalAnswer = { analysis: Analysis } | { refused: string };

/** The provisional analysis process's start data: the snapshot found, and where its code cache is kept. */
export interface ProvisionalSetup extends WasmSnapshotPlace {
  codeCacheFolder?: string;
  /** False with `cacheAnalyses` off (as `writeSnapshot`): a cache there is read, none is written. */
  writeCodeCache: boolean;
}
