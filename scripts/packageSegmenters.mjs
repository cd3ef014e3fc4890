// Copies the segmenters' run-time files next to the bundles, so that the extension (and the CLI) load them from
// where they are installed, never from the source tree's node_modules:
//   dist/node_modules/nodejieba   index.js, the native binary and the dictionaries tag() needs
//   dist/node_modules/jieba-wasm  the Node build (glue + wasm): the fallback when the native binary cannot load
//   dist/web/jieba_rs_wasm_bg.wasm  the web build's wasm (its glue is bundled into dist/web/extension.js)
// `require('nodejieba')` in dist/*.js resolves dist/node_modules first (Node looks in the requiring file's
// folder upwards), so the development folder runs the same layout as the installed .vsix.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the browser entry reads the web build's wasm from (relative to dist/). Keep in sync with src/extension.browser.ts. */
export const WEB_WASM = 'web/jieba_rs_wasm_bg.wasm';

/** Source (under node_modules/) -> destination (under dist/). */
const FILES = {
  nodejieba: [
    'index.js',
    'LICENSE',
    'build/Release/nodejieba.node',
    'submodules/cppjieba/LICENSE',
    'submodules/cppjieba/dict/jieba.dict.utf8',
    'submodules/cppjieba/dict/hmm_model.utf8',
    'submodules/cppjieba/dict/user.dict.utf8',
  ],
  'jieba-wasm': ['LICENSE', 'pkg/nodejs/jieba_rs_wasm.js', 'pkg/nodejs/jieba_rs_wasm_bg.wasm'],
};

/**
 * load() reads an IDF table (6 MB) and a stop-word list that only keyword extraction uses; tag() and insertWord()
 * never do. One entry each keeps cppjieba's loaders content (an empty IDF file fails its assert: the mean needs a
 * line), makes load() ~0.4 s faster and 20 MB smaller, and the .vsix 2 MB smaller. Same tags: checked on the
 * 2,203 pd1998 dev articles and the 300 CCTV transcripts (sha256 of every line's tags).
 */
const SLIM_KEYWORD_FILES = {
  'submodules/cppjieba/dict/idf.utf8': '新闻 10.0\n',
  'submodules/cppjieba/dict/stop_words.utf8': '的\n',
};

/** Only the keys Node's resolver and the licence need. */
function slimPackageJson(pkg, main) {
  const { name, version, license, author, repository } = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8'));
  return JSON.stringify({ name, version, license, author, repository, main }, null, 2) + '\n';
}

function copyIfChanged(from, to) {
  const source = fs.statSync(from);
  const target = fs.statSync(to, { throwIfNoEntry: false });
  if (target && target.size === source.size && target.mtimeMs >= source.mtimeMs) return;
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

function writeIfChanged(file, text) {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Copies what is missing or changed; throws naming the file when a source is missing (run `npm run setup`). */
export function copySegmenterFiles(dist = path.join(ROOT, 'dist')) {
  for (const [pkg, files] of Object.entries(FILES)) {
    for (const file of files) {
      const from = path.join(ROOT, 'node_modules', pkg, file);
      if (!fs.existsSync(from)) throw new Error(`${path.relative(ROOT, from)} is missing: run \`npm run setup\``);
      copyIfChanged(from, path.join(dist, 'node_modules', pkg, file));
    }
  }
  writeIfChanged(path.join(dist, 'node_modules/nodejieba/package.json'), slimPackageJson('nodejieba', './index.js'));
  for (const [file, text] of Object.entries(SLIM_KEYWORD_FILES)) writeIfChanged(path.join(dist, 'node_modules/nodejieba', file), text);
  writeIfChanged(path.join(dist, 'node_modules/jieba-wasm/package.json'), slimPackageJson('jieba-wasm', './pkg/nodejs/jieba_rs_wasm.js'));
  copyIfChanged(path.join(ROOT, 'node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm'), path.join(dist, WEB_WASM));
}

/**
 * out/ (tests, benches, scripts) resolves `require('nodejieba')` through out/node_modules, linked to
 * dist/node_modules: they load the segmenters exactly as the extension does (slim keyword files included), never
 * the source tree's copy. A junction needs no rights on Windows.
 */
export function linkOutToSegmenterFiles(out = path.join(ROOT, 'out'), dist = path.join(ROOT, 'dist')) {
  const link = path.join(out, 'node_modules');
  const target = path.join(dist, 'node_modules');
  const existing = fs.lstatSync(link, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink() && path.resolve(out, fs.readlinkSync(link)) === target) return;
  fs.rmSync(link, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.symlinkSync(target, link, 'junction');
}
