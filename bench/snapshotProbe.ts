/**
 * Run in a fresh process by startupBench.ts: jieba-wasm's web build started cold from dist/, its dictionary
 * restored from the snapshot file `snapshotFile` when there is one (otherwise built and snapshotted there), then
 * the first analysis of the files given. Prints the timings, the process's memory and the entities, as JSON.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../src/core';
import { createSnapshotWasmSegmenter } from '../src/core/segment/wasmSnapshot';

const [snapshotFile, ...files] = process.argv.slice(2);
const started = performance.now();
const wasm = readFileSync(join(__dirname, '..', '..', 'dist', 'web', 'jieba_rs_wasm_bg.wasm'));
const moduleKey = createHash('sha256').update(wasm).digest('hex');
const snapshot = existsSync(snapshotFile) ? readFileSync(snapshotFile) : undefined;
const loaded = createSnapshotWasmSegmenter(wasm, moduleKey, snapshot);
if (loaded.refusedBecause) throw new Error(`snapshot refused: ${loaded.refusedBecause}`);
const ready = performance.now();
if (loaded.snapshot) writeFileSync(snapshotFile, loaded.snapshot);
const written = performance.now();
// The first tag is where a fresh jieba-wasm builds its dictionary: count it in the load, as startupProbe.ts does.
loaded.segmenter.tag('新闻');
const loadMs = performance.now() - written + (ready - started);
const beforeAnalysis = performance.now();
const analyses = files.map((file) => analyzeText(readFileSync(file, 'utf8'), loaded.segmenter));
const firstAnalysisMs = performance.now() - beforeAnalysis;
const keys = analyses.map((analysis) => analysis.entities.map((e) => `${e.type}:${e.start}-${e.end}:${e.role ?? ''}`));
process.stdout.write(JSON.stringify({
  segmenter: loaded.restored ? 'jieba-wasm from snapshot' : 'jieba-wasm built', loadMs, firstAnalysisMs,
  snapshotBytes: snapshot?.length ?? loaded.snapshot?.length ?? 0, rssMb: process.memoryUsage().rss / 1e6, keys,
}));
