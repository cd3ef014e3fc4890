import type { Segmenter, TaggedWord } from './segmenter';

interface NodeJieba {
  tag(text: string): TaggedWord[];
  insertWord(word: string, tag?: string): boolean;
  load(options?: object): void;
}

/** Native cppjieba through N-API. Throws when the binary is missing or cannot load in this host. */
export function createNodejiebaSegmenter(): Segmenter {
  // Required lazily so that activation and the wasm fallback never pay for (or fail on) the native module.
  const jieba = require('nodejieba') as NodeJieba;
  jieba.load();
  return {
    name: 'nodejieba',
    tag: (text) => jieba.tag(text),
    addWord: (word, tag) => void jieba.insertWord(word, tag),
  };
}
