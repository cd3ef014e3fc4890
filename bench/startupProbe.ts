/**
 * Run in a fresh process by startupBench.ts: the cold start of one segmenter (until it has tagged a word), then the first analysis of seed
 * 000 (gazetteer into the user dictionary included), printed as JSON with the entities found.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../src/core';
import { loadSegmenter, type SegmenterChoice } from '../src/core/segment/loadSegmenter';

const choice = process.argv[2] as SegmenterChoice;
const files = process.argv.slice(3);
const started = performance.now();
const { segmenter } = loadSegmenter(choice);
// jieba-wasm builds its dictionary on the first tag: count that in the load, not in the first analysis.
segmenter.tag('新闻');
const loaded = performance.now();
const analyses = files.map((file) => analyzeText(readFileSync(file, 'utf8'), segmenter));
const firstDone = performance.now();
const keys = analyses.map((analysis) => analysis.entities.map((e) => `${e.type}:${e.start}-${e.end}:${e.role ?? ''}`));
process.stdout.write(JSON.stringify({ segmenter: segmenter.name, loadMs: loaded - started, firstAnalysisMs: firstDone - loaded, keys }));
