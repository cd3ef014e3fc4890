// Bundles the extension (node + browser), the CLI and the test suites with esbuild.
import * as esbuild from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// Native / wasm segmenters and the vscode API are resolved at run time, never bundled.
const external = ['vscode', 'nodejieba', 'jieba-wasm'];
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', external, loader: { '.tsv': 'text' } };

const testEntries = (dir) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)) : [];

const builds = [
  { ...common, entryPoints: ['src/extension.node.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/documentModel/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/extension.browser.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: testEntries('test/unit'), outdir: 'out/test/unit', platform: 'node', format: 'cjs', target: 'node20', external: [...external, 'mocha', 'fast-check'] },
  { ...common, entryPoints: testEntries('test/integration'), outdir: 'out/test/integration', platform: 'node', format: 'cjs', target: 'node20', external: [...external, 'mocha', 'playwright-core', '@vscode/test-electron'] },
  { ...common, entryPoints: testEntries('bench'), outdir: 'out/bench', platform: 'node', format: 'cjs', target: 'node20' },
].filter((b) => (b.entryPoints ?? []).every((e) => existsSync(e)) && (b.entryPoints ?? []).length > 0);

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
