/**
 * Checks that a speed change leaves the output alone: writes, per document, the learned labeller's spans and the
 * full analysis (entities and events) of 200 PD1998 dev articles, every CCTV transcript and the seeds, as one
 * JSON file; with `--compare BEFORE.json` it also says which documents differ from an earlier run. Then how far a
 * long text analysed in paragraph pieces (as analyzeText reads a huge one) differs from its whole-text analysis.
 * With `--memo`, each document is analysed as the editor re-analyses it: through one AnalysisMemo kept across
 * all documents, right after a version of it with one character typed in the middle (so every sentence but
 * that one is reused); compared with a run without, the output must be the same.
 * `node out/scripts/sameOutput.js OUT.json [--compare BEFORE.json] [--memo]` (after a build).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeInPieces, analyzeText } from '../src/core/analyze';
import { AnalysisMemo } from '../src/core/analysisMemo';
import { loadSegmenter } from '../src/core/segment/loadSegmenter';
import { getNerModel } from '../src/core/ner/loadModel';
import { modelSpans, readPd1998 } from '../bench/pd1998Eval';

const root = join(__dirname, '..', '..');
const shared = join(root, '..', 'shared');
const [out] = process.argv.slice(2);
const compareAt = process.argv.indexOf('--compare');
if (!out || out.startsWith('--')) throw new Error('usage: sameOutput OUT.json [--compare BEFORE.json]');

const textsOf = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
const documents = [
  ...readPd1998(join(shared, 'pd1998', 'dev')).slice(0, 200).map(({ name, text }) => ({ name: `pd1998/${name}`, text })),
  ...textsOf(join(shared, 'corpus', 'xwlb')).map(({ name, text }) => ({ name: `xwlb/${name}`, text })),
  ...textsOf(join(root, 'seeds')).map(({ name, text }) => ({ name: `seeds/${name}`, text })),
];

const { segmenter } = loadSegmenter();
const model = getNerModel();
const started = performance.now();
const results: Record<string, string> = {};
const memo = process.argv.includes('--memo') ? new AnalysisMemo() : undefined;
for (const { name, text } of documents) {
  const middle = text.length >> 1;
  if (memo) analyzeText(`${text.slice(0, middle)}的${text.slice(middle)}`, segmenter, { fileName: name }, memo);
  const analysis = analyzeText(text, segmenter, { fileName: name }, memo);
  results[name] = JSON.stringify({ model: model ? modelSpans(model, text, segmenter) : [], entities: analysis.entities, events: analysis.events });
}
writeFileSync(out, JSON.stringify(results));
console.log(`${documents.length} documents${memo ? ' (memo on)' : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s → ${out}`);

if (compareAt >= 0) {
  const before = JSON.parse(readFileSync(process.argv[compareAt + 1], 'utf8')) as Record<string, string>;
  const differing = Object.keys(results).filter((name) => before[name] !== results[name]);
  const missing = Object.keys(before).filter((name) => !(name in results));
  console.log(differing.length || missing.length ? `DIFFERENT: ${[...differing, ...missing].join(', ')}` : `identical: all ${documents.length} documents`);
  if (differing.length || missing.length) process.exitCode = 1;
}

// The CCTV transcripts as one long text: whole, and in pieces of about 30 reports. Differences come from the
// document-wide steps (one reading per name, roles stated earlier, dates resolved from earlier ones) at the cuts.
const transcripts = documents.filter(({ name }) => name.startsWith('xwlb/')).map(({ text }) => text).join('\n\n');
const keys = (analysis: ReturnType<typeof analyzeText>) => analysis.entities.map((e) => JSON.stringify(e));
const whole = keys(analyzeText(transcripts, segmenter));
const inPieces = new Set(keys(analyzeInPieces(transcripts, segmenter, {}, 50_000)));
const same = whole.filter((k) => inPieces.has(k)).length;
console.log(`${transcripts.length} characters whole vs in pieces of 50,000: ${same} of ${whole.length} entities identical (pieces: ${inPieces.size})`);
