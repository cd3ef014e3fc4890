// The words jieba-wasm's snapshot is taken with (the core's user words: wasmSnapshot.ts), for the processes that
// write and restore it; a module apart, so that the analysis worker's small entry, which only looks for the
// snapshot (wasmSnapshotFile.ts), does not carry the gazetteer.
import { createHash } from 'node:crypto';
import { getGazetteer } from '../core/places/gazetteer';
import { segmenterUserWords } from '../core/segment/userWords';
import type { SnapshotUserWords } from '../core/segment/wasmSnapshot';

let userWords: SnapshotUserWords | undefined;

/** The core's user words, keyed by their sha256: snapshots are taken with them and restored only for the same. */
export function snapshotUserWords(): SnapshotUserWords {
  if (!userWords) {
    const words = segmenterUserWords(getGazetteer());
    userWords = { key: createHash('sha256').update(words.map(([word, tag]) => `${word}\t${tag}`).join('\n')).digest('hex'), words };
  }
  return userWords;
}
