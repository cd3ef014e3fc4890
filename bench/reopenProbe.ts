/**
 * Run in a fresh process by startupBench.ts, as the extension host after a restart: the analysis runner behind
 * the disk cache (src/documentModel/diskCachedRunner.ts) over the folder `storage`, asked for seed 000. The
 * first process finds nothing and analyses (segmenter load included); the next reads the result back.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { InProcessAnalysisRunner } from '../src/documentModel/analysisRunner';
import { NEVER_CANCELLED } from '../src/documentModel/cancellation';
import { DiskCachedRunner } from '../src/documentModel/diskCachedRunner';
import { loadSegmenter } from '../src/core/segment/loadSegmenter';

const [storage, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const started = performance.now();
const runner = new DiskCachedRunner(new InProcessAnalysisRunner(() => loadSegmenter().segmenter), storage, async () => 'bench');
void runner.analyze(text, { fileName: file }, NEVER_CANCELLED).then(({ analysis }) => {
  const ms = performance.now() - started;
  // Let the entry be written before the process ends.
  setTimeout(() => process.stdout.write(JSON.stringify({ ms, entities: analysis.entities.length })), 200);
});
