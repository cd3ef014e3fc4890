/**
 * Run in a fresh process by startupBench.ts: jieba-wasm's web build started cold from dist/, its dictionary
 * restored from the snapshot file `snapshotFile` when there is one (otherwise built and snapshotted there), then
 * the first analysis of the files given. Prints the timings, the process's memory and the entities, as JSON;
 * `phases`: where the time of a restoring process goes, in order, as the provisional analysis process spends it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../src/core';
import { prepareSegmenter } from '../src/core/segment/userWords';
import { getNerModel } from '../src/core/ner/loadModel';
import { getGazetteer } from '../src/core/places/gazetteer';
import { createSnapshotWasmSegmenter } from '../src/core/segment/wasmSnapshot';

const [snapshotFile, ...files] = process.argv.slice(2);
// Node's own start, then this bundle's (the core with its data), evaluated before this line runs.
const booted = performance.nodeTiming.bootstrapComplete;
let last = performance.now();
const phases: Record<string, number> = { 'node start': booted, 'bundle loaded (core evaluated)': last - booted };
const phase = (name: string) => {
  const now = performance.now();
  phases[name] = now - last;
  last = now;
};
const started = last;
const wasm = readFileSync(join(__dirname, '..', '..', 'dist', 'web', 'jieba_rs_wasm_bg.wasm'));
const moduleKey = createHash('sha256').update(wasm).digest('hex');
phase('wasm read + sha256');
const snapshot = existsSync(snapshotFile) ? readFileSync(snapshotFile) : undefined;
phase('snapshot read');
const loaded = createSnapshotWasmSegmenter(wasm, moduleKey, snapshot);
if (loaded.refusedBecause) throw new Error(`snapshot refused: ${loaded.refusedBecause}`);
phase('wasm instantiated, memory restored, probe verified');
const ready = performance.now();
if (loaded.snapshot) writeFileSync(snapshotFile, loaded.snapshot);
const written = performance.now();
// The first tag is where a fresh jieba-wasm builds its dictionary: count it in the load, as startupProbe.ts does.
loaded.segmenter.tag('新闻');
const loadMs = performance.now() - written + (ready - started);
last = performance.now();
const beforeAnalysis = last;
prepareSegmenter(loaded.segmenter, getGazetteer());
phase('gazetteer + user words');
getNerModel();
phase('labeller model');
const analyses = files.map((file) => analyzeText(readFileSync(file, 'utf8'), loaded.segmenter));
phase('analysis (cold code)');
const firstAnalysisMs = performance.now() - beforeAnalysis;
const keys = analyses.map((analysis) => analysis.entities.map((e) => `${e.type}:${e.start}-${e.end}:${e.role ?? ''}`));
process.stdout.write(JSON.stringify({
  segmenter: loaded.restored ? 'jieba-wasm from snapshot' : 'jieba-wasm built', loadMs, firstAnalysisMs, phases,
  snapshotBytes: snapshot?.length ?? loaded.snapshot?.length ?? 0, rssMb: process.memoryUsage().rss / 1e6, keys,
}));
