// Bundles bench/marginFolds.ts with a cross-validation model in place of data/ner-model.bin:
// node scripts/buildMarginFolds.mjs MODEL.bin OUT.js (the model from `node out/scripts/train.js --held-out-tenth K --out MODEL.bin`).
import { build } from 'esbuild';
import { resolve } from 'node:path';

const [model, outfile] = process.argv.slice(2);
await build({
  entryPoints: ['bench/marginFolds.ts'], bundle: true, platform: 'node', target: 'node20', outfile,
  external: ['nodejieba', 'jieba-wasm'], loader: { '.bin': 'binary', '.tsv': 'text' }, logLevel: 'warning',
  plugins: [{ name: 'fold-model', setup(b) { b.onResolve({ filter: /ner-model\.bin$/ }, () => ({ path: resolve(model) })); } }],
});
