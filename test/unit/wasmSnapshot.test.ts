// jieba-wasm restored from a snapshot of its memory tags as the instance it was taken of, and a snapshot that
// does not fit (another build, damaged bytes) is refused, never used. One glue instance per test file (bundle):
// the restore here lands on the very instance the snapshot was taken of, after it was changed on purpose.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createSnapshotWasmSegmenter } from '../../src/core/segment/wasmSnapshot';
import { prepareSegmenter } from '../../src/core/segment/userWords';
import type { Gazetteer } from '../../src/core/places/gazetteer';

const WASM = fs.readFileSync(path.resolve(__dirname, '../../../dist/web/jieba_rs_wasm_bg.wasm'));
const SENTENCES = ['省委书记张明远到县里调研春耕生产。', '外交部发言人在例行记者会上回答了提问。', '2025年3月5日，十四届全国人大三次会议在京开幕。'];
const show = (words: { word: string; tag: string }[]) => words.map((w) => `${w.word}/${w.tag}`).join(' ');

describe('jieba-wasm dictionary snapshot', function () {
  this.timeout(60000);
  let built: ReturnType<typeof createSnapshotWasmSegmenter>;
  let expected: string[];
  let snapshot: Uint8Array | undefined;
  before(() => {
    built = createSnapshotWasmSegmenter(WASM, 'build-1');
    expected = SENTENCES.map((s) => show(built.segmenter.tag(s)));
    snapshot = built.snapshot;
  });

  it('is taken when the dictionary is built, of pages that are not all zero', () => {
    assert.strictEqual(built.restored, false);
    assert.ok(snapshot && snapshot.length > 1e6 && snapshot.length < 200e6, String(snapshot?.length));
  });

  it('restores a ready dictionary: the same tags, and words added before the restore are gone', () => {
    built.segmenter.addWord('远到县', 'ns');
    assert.ok(show(built.segmenter.tag(SENTENCES[0])).includes('远到县/ns'));
    const restored = createSnapshotWasmSegmenter(WASM, 'build-1', snapshot);
    assert.strictEqual(restored.refusedBecause, undefined);
    assert.strictEqual(restored.restored, true);
    assert.deepStrictEqual(SENTENCES.map((s) => show(restored.segmenter.tag(s))), expected);
    restored.segmenter.addWord('远到县', 'ns');
    assert.ok(show(restored.segmenter.tag(SENTENCES[0])).includes('远到县/ns'));
  });

  it('refuses a snapshot of another build or with damaged bytes', () => {
    assert.match(createSnapshotWasmSegmenter(WASM, 'build-2', snapshot).refusedBecause ?? '', /another/);
    assert.match(createSnapshotWasmSegmenter(WASM, 'build-1', new Uint8Array([1, 2, 3])).refusedBecause ?? '', /not a snapshot/);
    assert.match(createSnapshotWasmSegmenter(WASM, 'build-1', snapshot!.subarray(0, snapshot!.length - 10)).refusedBecause ?? '', /truncated/);
  });

  it('is taken with user words and restored only for the same ones, which prepareSegmenter then does not add again', () => {
    const userWords = { key: 'words-1', words: [['远到县', 'ns']] as const };
    const taken = createSnapshotWasmSegmenter(WASM, 'build-1', undefined, userWords);
    assert.ok(taken.snapshot);
    // Restored over an instance given another word since: that word is gone, the user word is there.
    taken.segmenter.addWord('张明远', 'nr');
    const restored = createSnapshotWasmSegmenter(WASM, 'build-1', taken.snapshot, userWords);
    assert.strictEqual(restored.refusedBecause, undefined);
    const tags = show(restored.segmenter.tag(SENTENCES[0]));
    assert.ok(tags.includes('远到县/ns') && !tags.includes('张明远/nr'), tags);
    const noGazetteer = { labellerNames: () => assert.fail('a restored segmenter with the user words needs none added') } as unknown as Gazetteer;
    prepareSegmenter(restored.segmenter, noGazetteer);
    assert.match(createSnapshotWasmSegmenter(WASM, 'build-1', taken.snapshot, { key: 'words-2', words: [] }).refusedBecause ?? '', /other user words/);
    assert.match(createSnapshotWasmSegmenter(WASM, 'build-1', taken.snapshot).refusedBecause ?? '', /other user words/);
  });
});
