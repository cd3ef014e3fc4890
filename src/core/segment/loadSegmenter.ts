import type { Segmenter } from './segmenter';
import { createNodejiebaSegmenter } from './nodejiebaSegmenter';
import { createWasmSegmenter } from './wasmSegmenter';

export type SegmenterChoice = 'auto' | 'nodejieba' | 'jieba-wasm';

export interface LoadedSegmenter {
  segmenter: Segmenter;
  /** Why the native segmenter was not used, when it was not. */
  fallbackReason?: string;
}

/** nodejieba first; jieba-wasm when the native module cannot load (or when asked for). */
export function loadSegmenter(choice: SegmenterChoice = 'auto'): LoadedSegmenter {
  if (choice === 'jieba-wasm') return { segmenter: createWasmSegmenter() };
  try {
    return { segmenter: createNodejiebaSegmenter() };
  } catch (error) {
    if (choice === 'nodejieba') throw error;
    return { segmenter: createWasmSegmenter(), fallbackReason: error instanceof Error ? error.message : String(error) };
  }
}
