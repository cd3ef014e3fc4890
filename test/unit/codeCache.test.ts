// A bundle required through the code cache (src/documentModel/codeCache.ts): the same module either way, and a
// cache missing, corrupt, cut short or made for other code never stops it from loading.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireWithCodeCache } from '../../src/documentModel/codeCache';

/** A small CommonJS module that uses what Node's wrapper gives it, and a function compiled only when called. */
const BUNDLE = `'use strict';
const path = require('node:path');
function greet(name) { return 'hello ' + name + ' from ' + path.basename(__filename) + ' in ' + path.basename(__dirname); }
module.exports = { greet, answer: 6 * 7 };
`;

interface Greeter {
  greet(name: string): string;
  answer: number;
}

describe('code cache', () => {
  let folder: string;
  let bundle: string;
  let cacheFolder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'news-annotator-code-cache-'));
    bundle = join(folder, 'bundle.js');
    cacheFolder = join(folder, 'storage');
    writeFileSync(bundle, BUNDLE);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  let copies = 0;
  /**
   * Each load from a copy of the bundle in a folder of its own: V8 keeps the scripts it compiled in memory, by
   * file name, and a second load of the same file would take them from there without reading the cache.
   */
  const load = (cache: string | null = cacheFolder) => {
    const copy = join(folder, `copy${++copies}`);
    mkdirSync(copy);
    writeFileSync(join(copy, 'bundle.js'), readFileSync(bundle));
    return requireWithCodeCache(join(copy, 'bundle.js'), cache ?? undefined);
  };
  const cacheFiles = () => readdirSync(cacheFolder).filter((name) => name.startsWith('code-cache-bundle-'));
  const greets = (loaded: { exports: unknown }) => {
    const greeter = loaded.exports as Greeter;
    assert.equal(greeter.answer, 42);
    assert.equal(greeter.greet('王小明'), `hello 王小明 from bundle.js in copy${copies}`);
  };

  it('loads without a cache, writes one when asked, then loads from it', () => {
    const first = load();
    assert.equal(first.status, 'missing');
    greets(first);
    first.saveCodeCache();
    assert.equal(cacheFiles().length, 1);
    const second = load();
    assert.equal(second.status, 'used');
    greets(second);
  });

  it('writes nothing without a folder', () => {
    const loaded = load(null);
    assert.equal(loaded.status, 'off');
    greets(loaded);
    loaded.saveCodeCache();
    assert.throws(() => readdirSync(cacheFolder));
  });

  it('a corrupt or cut-short cache is set aside: the bundle loads and a new cache replaces it', () => {
    load().saveCodeCache();
    const file = join(cacheFolder, cacheFiles()[0]);
    const bytes = readFileSync(file);
    bytes[bytes.length - 5] ^= 0xff;
    writeFileSync(file, bytes);
    const corrupt = load();
    assert.equal(corrupt.status, 'corrupt');
    greets(corrupt);
    corrupt.saveCodeCache();
    assert.equal(load().status, 'used');

    writeFileSync(file, readFileSync(file).subarray(0, 20));
    assert.equal(load().status, 'corrupt');
    writeFileSync(file, '');
    greets(load());
  });

  it('a whole cache V8 refuses (made for other code) is reported refused and replaced', () => {
    load().saveCodeCache();
    const file = join(cacheFolder, cacheFiles()[0]);
    // Another bundle's cache, well formed, under this bundle's name: V8 checks it and compiles the source instead.
    const other = join(folder, 'other.js');
    writeFileSync(other, `module.exports = { other: ${'1 + '.repeat(500)}1 };`);
    const otherFolder = join(folder, 'other-storage');
    requireWithCodeCache(other, otherFolder).saveCodeCache();
    writeFileSync(file, readFileSync(join(otherFolder, readdirSync(otherFolder)[0])));
    const refused = load();
    assert.equal(refused.status, 'rejected');
    greets(refused);
    refused.saveCodeCache();
    assert.equal(load().status, 'used');
  });

  it('a changed bundle gets a cache of its own; the old one and half-written ones are dropped when the new one is written', () => {
    load().saveCodeCache();
    const before = cacheFiles();
    writeFileSync(join(cacheFolder, `${before[0]}.12345.partial`), 'left by a process killed while writing');
    writeFileSync(bundle, BUNDLE.replace('6 * 7', '7 * 6'));
    const changed = load();
    assert.equal(changed.status, 'missing');
    greets(changed);
    changed.saveCodeCache();
    const after = cacheFiles();
    assert.equal(after.length, 1);
    assert.notDeepEqual(after, before);
  });

  it('an unwritable cache folder costs nothing but the cache', () => {
    writeFileSync(cacheFolder, 'a file where the folder should be');
    const loaded = load();
    greets(loaded);
    assert.doesNotThrow(() => loaded.saveCodeCache());
  });
});
