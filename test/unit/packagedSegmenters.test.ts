// The segmenters as the .vsix ships them (scripts/packageSegmenters.mjs copies them into dist/ at build):
// nodejieba and jieba-wasm's Node build load from dist/node_modules, and the web entry's wasm loader works on
// the shipped bytes. (VS Code for the Web itself cannot be started here: this runs the web build in Node.)
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createWasmSegmenter } from '../../src/core/segment/wasmSegmenter';
import { createWebWasmSegmenter } from '../../src/core/segment/webWasmSegmenter';

const DIST = path.resolve(__dirname, '../../../dist');
const SENTENCE = '习近平在北京会见了美国总统。';
const EXPECTED = ['习近平/nrfg', '在/p', '北京/ns', '会见/n', '了/ul', '美国/ns', '总统/n', '。/x'];
const show = (words: { word: string; tag: string }[]) => words.map((w) => `${w.word}/${w.tag}`);

describe('segmenters shipped in dist/', () => {
  it('resolves require("nodejieba") and require("jieba-wasm") from dist/ to dist/node_modules', () => {
    for (const name of ['nodejieba', 'jieba-wasm']) {
      const resolved = require.resolve(name, { paths: [DIST] });
      assert.ok(resolved.startsWith(path.join(DIST, 'node_modules', name) + path.sep), `${name} resolved to ${resolved}`);
    }
  });

  it('tests load the shipped copy too (out/node_modules links dist/node_modules), with the slim keyword files', () => {
    const resolved = require.resolve('nodejieba');
    assert.strictEqual(fs.realpathSync(resolved), fs.realpathSync(path.join(DIST, 'node_modules/nodejieba/index.js')));
    const jieba = require('nodejieba') as { DEFAULT_IDF_DICT: string; DEFAULT_STOP_WORD_DICT: string };
    // load() reads both; only keyword extraction (never called) uses them, so one line each is enough.
    for (const file of [jieba.DEFAULT_IDF_DICT, jieba.DEFAULT_STOP_WORD_DICT]) assert.ok(fs.statSync(file).size < 100, file);
  });

  // Each loads a whole dictionary (1–2 s alone, more on a shared machine).
  it('nodejieba loads its binary and dictionaries from dist/node_modules and tags', function () {
    this.timeout(30000);
    const jieba = require(require.resolve('nodejieba', { paths: [DIST] }));
    assert.ok(jieba.DEFAULT_DICT.startsWith(path.join(DIST, 'node_modules/nodejieba')), jieba.DEFAULT_DICT);
    jieba.load();
    assert.deepStrictEqual(show(jieba.tag(SENTENCE)), EXPECTED);
  });

  it('jieba-wasm (Node build) loads from dist/node_modules and tags the same', function () {
    this.timeout(30000);
    const segmenter = createWasmSegmenter(require(require.resolve('jieba-wasm', { paths: [DIST] })));
    assert.deepStrictEqual(show(segmenter.tag(SENTENCE)), EXPECTED);
  });

  it('the web build instantiates from the bytes of dist/web/jieba_rs_wasm_bg.wasm and tags the same', async function () {
    this.timeout(30000);
    const segmenter = await createWebWasmSegmenter(fs.readFileSync(path.join(DIST, 'web/jieba_rs_wasm_bg.wasm')));
    assert.strictEqual(segmenter.name, 'jieba-wasm');
    assert.deepStrictEqual(show(segmenter.tag(SENTENCE)), EXPECTED);
    segmenter.addWord('会见了', 'v');
    assert.ok(show(segmenter.tag(SENTENCE)).includes('会见了/v'));
  });
});
