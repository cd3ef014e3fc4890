/**
 * Run in a fresh process by startupBench.ts, as the extension host at the start of a session: the analysis
 * worker (dist/analysisWorker.js) asked for seed 000, with jieba-wasm's dictionary snapshot kept in `folder`
 * ('-': none, nodejieba only). Prints the time to the first result, whether it was provisional (jieba-wasm),
 * and the time to a second analysis (nodejieba by then). When the folder had no snapshot, waits for the worker
 * to write one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { InProcessAnalysisRunner } from '../src/documentModel/analysisRunner';
import { NEVER_CANCELLED } from '../src/documentModel/cancellation';
import { WorkerAnalysisRunner } from '../src/documentModel/workerAnalysisRunner';
import { loadSegmenter } from '../src/core/segment/loadSegmenter';

const [folder, file] = process.argv.slice(2);
const snapshotFolder = folder === '-' ? undefined : folder;
const hadSnapshot = snapshotFolder !== undefined && existsSync(snapshotFolder) && readdirSync(snapshotFolder).some((n) => n.endsWith('.snapshot'));
const text = readFileSync(file, 'utf8');
const worker = join(__dirname, '..', '..', 'dist', 'analysisWorker.js');
const runner = new WorkerAnalysisRunner(worker, new InProcessAnalysisRunner(() => loadSegmenter().segmenter), () => undefined, { snapshotFolder });

async function main(): Promise<void> {
  const started = performance.now();
  const first = await runner.analyze(text, {}, NEVER_CANCELLED);
  const firstMs = performance.now() - started;
  const second = await runner.analyze(`${text}\n`, {}, NEVER_CANCELLED);
  const secondMs = performance.now() - started - firstMs;
  const keys = (r: typeof first) => r.analysis.entities.map((e) => `${e.type}:${e.start}-${e.end}:${e.role ?? ''}`).join(' ');
  if (snapshotFolder && !hadSnapshot) {
    for (let waited = 0; waited < 60000 && !readdirSync(snapshotFolder).some((n) => n.endsWith('.snapshot')); waited += 100) await new Promise((r) => setTimeout(r, 100));
  }
  runner.dispose();
  process.stdout.write(JSON.stringify({ firstMs, secondMs, provisional: first.provisional === true, sameAsNodejieba: keys(first) === keys(second) }));
}
void main();
