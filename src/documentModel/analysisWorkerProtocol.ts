import type { AnalyzeOptions } from '../core/types';
import type { AnalysisResult } from './analysisRunner';

/** Messages between WorkerAnalysisRunner (extension host) and analysisWorker (worker thread). */
export type ToWorker =
  | { type: 'analyze'; id: number; text: string; options: AnalyzeOptions }
  | { type: 'cancel'; id: number };

export type FromWorker =
  | { type: 'segmenter'; name: string; fallbackReason?: string }
  | { type: 'result'; id: number; result: AnalysisResult }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
