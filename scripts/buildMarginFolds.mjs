// Bundles bench/marginFolds.ts (or ENTRY, e.g. bench/nerDevEval.ts) with a cross-validation model in place of data/ner-model.bin:
// node scripts/buildMarginFolds.mjs MODEL.bin OUT.js [ENTRY] (the model from `node out/scripts/train.js --held-out-tenth K --out MODEL.bin`).
import { build } from 'esbuild';
import { resolve } from 'node:path';

const [model, outfile, entry = 'bench/marginFolds.ts'] = process.argv.slice(2);
await build({
  entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', outfile,
  external: ['nodejieba', 'jieba-wasm'], loader: { '.bin': 'binary', '.tsv': 'text' }, logLevel: 'warning',
  plugins: [{ name: 'fold-model', setup(b) { b.onResolve({ filter: /ner-model\.bin$/ }, () => ({ path: resolve(model) })); } }],
});
