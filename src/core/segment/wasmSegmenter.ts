import type { Segmenter, TaggedWord } from './segmenter';

interface JiebaWasm {
  tag(text: string, hmm?: boolean): TaggedWord[];
  add_word(word: string, freq?: number, tag?: string): number;
}

/** jieba-rs compiled to WebAssembly: the same algorithm, for hosts where the native module cannot load. */
export function createWasmSegmenter(module?: JiebaWasm): Segmenter {
  const jieba = module ?? (require('jieba-wasm') as JiebaWasm);
  return {
    name: 'jieba-wasm',
    tag: (text) => jieba.tag(text, true),
    addWord: (word, tag) => void jieba.add_word(word, 100000, tag),
  };
}
