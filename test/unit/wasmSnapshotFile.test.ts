// jieba-wasm's snapshot file as the provisional process restores it: its pages read straight into the instance's
// memory (startSnapshotRestore), then finished for the user words it must hold; a snapshot refused is deleted.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findWasmSnapshot, startSnapshotRestore, writeWasmSnapshot, type WasmSnapshotPlace } from '../../src/documentModel/wasmSnapshotFile';
import type { SnapshotUserWords } from '../../src/core/segment/wasmSnapshot';

const WASM = resolve(__dirname, '../../../dist/web/jieba_rs_wasm_bg.wasm');
const SENTENCE = '省委书记张明远到县里调研春耕生产，远到县的干部群众参加。';
const USER_WORDS: SnapshotUserWords = { key: 'words-1', words: [['远到县', 'ns']] };
const show = (words: { word: string; tag: string }[]) => words.map((w) => `${w.word}/${w.tag}`).join(' ');

describe('jieba-wasm snapshot file', function () {
  this.timeout(60000);
  let folder: string;
  let place: WasmSnapshotPlace;
  let bytes: Buffer;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'news-annotator-snapshot-'));
    writeWasmSnapshot(folder, WASM, USER_WORDS);
    place = findWasmSnapshot(folder, WASM)!;
    bytes = readFileSync(place.file);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));
  const rewrite = () => writeFileSync(place.file, bytes);

  it("is read into the instance's memory and restored with its user words (its probe sentence tagged as when taken)", async () => {
    const restoring = await startSnapshotRestore(place);
    assert.ok('finish' in restoring);
    const restored = restoring.finish(USER_WORDS.key);
    assert.ok('segmenter' in restored, JSON.stringify(restored));
    assert.match(show(restored.segmenter.tag(SENTENCE)), /远到县\/ns/);
  });

  it('is refused and deleted when taken with other user words, cut short, or no snapshot; missing, it is said so', async () => {
    rewrite();
    const restoring = await startSnapshotRestore(place);
    assert.ok('finish' in restoring);
    assert.deepEqual(restoring.finish('words-2'), { refusedBecause: 'taken with other user words' });
    assert.equal(existsSync(place.file), false);
    writeFileSync(place.file, bytes.subarray(0, bytes.length - 10));
    assert.deepEqual(await startSnapshotRestore(place), { refusedBecause: 'truncated' });
    assert.equal(existsSync(place.file), false);
    writeFileSync(place.file, Buffer.from('not a snapshot at all'));
    assert.deepEqual(await startSnapshotRestore(place), { refusedBecause: 'not a snapshot' });
    assert.deepEqual(await startSnapshotRestore(place), { missing: true });
  });
});
