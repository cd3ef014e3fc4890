import type { Segmenter, TaggedWord } from './segmenter';

interface NodeJieba {
  tag(text: string): TaggedWord[];
  insertWord(word: string, tag?: string): boolean;
  load(options?: object): void;
}

/**
 * The process's one native segmenter. nodejieba holds a single dictionary per process, and each load() builds it
 * anew (0.7 s, and the old one's memory stays with the allocator): every caller shares the first.
 */
let loaded: Segmenter | undefined;

/** Native cppjieba through N-API. Throws when the binary is missing or cannot load in this host. */
export function createNodejiebaSegmenter(): Segmenter {
  if (loaded) return loaded;
  // Required lazily so that activation and the wasm fallback never pay for (or fail on) the native module.
  const jieba = require('nodejieba') as NodeJieba;
  jieba.load();
  loaded = {
    name: 'nodejieba',
    tag: (text) => jieba.tag(text),
    addWord: (word, tag) => void jieba.insertWord(word, tag),
  };
  return loaded;
}
