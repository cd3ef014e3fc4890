// Bundles the extension (node + browser), the CLI and the test suites with esbuild.
import * as esbuild from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { copySegmenterFiles, linkOutToSegmenterFiles } from './packageSegmenters.mjs';
import { correctionsValidatorPlugin } from './correctionsValidator.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// The vscode API and, in Node, the native / wasm segmenters are resolved at run time, never bundled: they load
// from dist/node_modules (scripts/packageSegmenters.mjs). Only the bare 'jieba-wasm' is external: its web build
// ('jieba-wasm/web', ~14 kB of glue) is bundled, and the browser bundle holds all of jieba-wasm's JS.
const external = ['vscode', 'nodejieba'];
const bareJiebaWasmExternal = {
  name: 'bare-jieba-wasm-external',
  setup(build) {
    build.onResolve({ filter: /^jieba-wasm$/ }, () => ({ path: 'jieba-wasm', external: true }));
  },
};
// The node extension host analyses in-process only as a fallback (analyses run in dist/analysisWorker.js): its
// lazy require('../core') (src/documentModel/lazyCore.ts) stays a run-time require of dist/core.js, so the
// gazetteers and the labeller's model (most of the bytes) are not parsed at activation.
const coreOutsideHost = {
  name: 'core-outside-host',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/core$/ }, (args) =>
      args.importer.endsWith(join('documentModel', 'lazyCore.ts')) ? { path: './core.js', external: true } : undefined);
  },
};
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', external, plugins: [bareJiebaWasmExternal, correctionsValidatorPlugin], loader: { '.tsv': 'text', '.bin': 'binary' } };

const testEntries = (dir) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)) : [];

const builds = [
  { ...common, entryPoints: ['src/extension.node.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', plugins: [...common.plugins, coreOutsideHost] },
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/documentModel/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/documentModel/analysisWorkerMain.ts'], outfile: 'dist/analysisWorkerMain.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/documentModel/wasmSnapshotWriter.ts'], outfile: 'dist/wasmSnapshotWriter.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/documentModel/provisionalAnalysisProcess.ts'], outfile: 'dist/provisionalAnalysis.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/documentModel/provisionalAnalysisMain.ts'], outfile: 'dist/provisionalAnalysisMain.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/extension.browser.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022', plugins: [correctionsValidatorPlugin] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: testEntries('test/unit'), outdir: 'out/test/unit', platform: 'node', format: 'cjs', target: 'node20', external: [...external, 'mocha', 'fast-check'] },
  { ...common, entryPoints: testEntries('test/integration'), outdir: 'out/test/integration', platform: 'node', format: 'cjs', target: 'node20', external: [...external, 'mocha', 'playwright-core', '@vscode/test-electron'] },
  { ...common, entryPoints: testEntries('bench'), outdir: 'out/bench', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: testEntries('scripts'), outdir: 'out/scripts', platform: 'node', format: 'cjs', target: 'node20' },
].filter((b) => (b.entryPoints ?? []).every((e) => existsSync(e)) && (b.entryPoints ?? []).length > 0);

copySegmenterFiles();
linkOutToSegmenterFiles();
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
