/**
 * Issue 11's scale figures for `npm run bench`: a workspace of 2,000 news files (the CCTV corpus and the seeds,
 * repeated with small edits), indexed through the worker the extension uses, with the indexing thread's stalls,
 * memory and lookups measured (no extension host here: this process plays it); then the same files through
 * `news-annotator annotate --jsonl` with one worker and with two.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { InProcessAnalysisRunner } from '../src/documentModel/analysisRunner';
import { WorkerAnalysisRunner } from '../src/documentModel/workerAnalysisRunner';
import { WorkspaceNewsIndex } from '../src/documentModel/workspaceNewsIndex';
import { loadSegmenter } from '../src/core/segment/loadSegmenter';

const ROOT = join(__dirname, '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'xwlb');
const WORKSPACE_FILES = 2000;
/** Consecutive corpus items per file: about 10 kB, a long report (a broadcast item alone is about 2 kB). */
const ITEMS_PER_FILE = 5;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The corpus and the seeds, a few items per file, repeated with a small edit per copy (a changed digit, an added line). */
function buildWorkspace(dir: string): { files: string[]; bytes: number } {
  const sources = [
    ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(CORPUS, f), 'utf8')),
    ...readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8')),
  ];
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < WORKSPACE_FILES; i++) {
    const copy = Math.floor(i / sources.length);
    const base = Array.from({ length: ITEMS_PER_FILE }, (_, k) => sources[(i + k) % sources.length]).join('\n\n');
    const text = copy === 0 ? base : `${base.replace(/\d/, (d) => String((Number(d) + copy) % 10))}\n（第${copy}次转载）\n`;
    const folder = join(dir, `batch${String(copy).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

async function benchIndex(files: string[]): Promise<Record<string, string>> {
  const workerScript = join(ROOT, 'dist', 'analysisWorker.js');
  const runner = new WorkerAnalysisRunner(workerScript, new InProcessAnalysisRunner(() => loadSegmenter().segmenter));
  const source = { listNewsFiles: async () => files, readNewsText: (file: string) => readFile(file, 'utf8') };
  const index = new WorkspaceNewsIndex(source, runner, () => ({}), () => []);
  // Warm the worker (segmenter start) so that the figures are the indexing's own.
  await runner.analyze('新闻', {}, { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) });
  const before = process.memoryUsage();
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  stalls.enable();
  const started = performance.now();
  await index.ensureIndexed();
  const elapsed = performance.now() - started;
  stalls.disable();
  const after = process.memoryUsage();

  // Lookups across every file, for the people mentioned most (hover count, then Find All References).
  const counts = new Map<string, number>();
  for (const summary of index.fileSummaries()) for (const person of summary.people) counts.set(person.name, (counts.get(person.name) ?? 0) + person.mentions);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([name]) => ({ type: 'person' as const, text: name, canonical: name, start: 0, end: name.length }));
  let slowestLookup = 0;
  let references = 0;
  for (const entity of top) {
    const t = performance.now();
    index.mentionsElsewhere(entity, '');
    const found = await index.mentionsEverywhere(entity);
    slowestLookup = Math.max(slowestLookup, performance.now() - t);
    references += found.reduce((n, f) => n + f.mentions.length, 0);
  }
  index.dispose();
  runner.dispose();
  return {
    [`index ${files.length} files (worker warm)`]: `${(elapsed / 1000).toFixed(1)} s  (${(files.length / (elapsed / 1000)).toFixed(0)} files/s; target ≤ 90 s)`,
    'indexing thread stall p99 / longest': `${ms(stalls.percentile(99) / 1e6)} / ${ms(stalls.max / 1e6)}  (target < 20 / < 100 ms)`,
    'heap growth while indexing (the summaries)': `+${mb(after.heapUsed - before.heapUsed)} (heap ${mb(after.heapUsed)})`,
    'RSS of this process (holds the earlier 10 MB analyses)': `${mb(after.rss)}  (the host's own figure is below)`,
    'slowest lookup, 20 most mentioned people': `${ms(slowestLookup)} (${references} references; target ≤ 200 ms)`,
  };
}

/**
 * Whole `annotate --jsonl` runs on the same files, one worker then two, back to back, then two then one: the
 * machine's load drifts, so the ratio is the mean of the two rounds'. The output goes to a file, as a corpus
 * run's would (read into this process, it would also time this process's copying, on the same two cores).
 */
function benchJobs(dir: string, bytes: number): Record<string, string> {
  const cli = join(ROOT, 'dist', 'cli.js');
  const output = join(dir, '..', `${basename(dir)}.jsonl`);
  const run = (jobs: number, oneCore = false) => {
    const out = openSync(output, 'w');
    const started = performance.now();
    const args = [cli, 'annotate', '--jsonl', dir, '--jobs', String(jobs)];
    const result = oneCore ? spawnSync('taskset', ['-c', '0', process.execPath, ...args], { stdio: ['ignore', out, 'pipe'] }) : spawnSync(process.execPath, args, { stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 26 });
    const elapsed = performance.now() - started;
    closeSync(out);
    if (result.status !== 0) throw new Error(`annotate --jsonl --jobs ${jobs}: ${String(result.stderr).slice(0, 200)}`);
    return elapsed;
  };
  try {
    const rounds = [{ one: run(1), two: run(2) }, { two: run(2), one: run(1) }];
    const one = (rounds[0].one + rounds[1].one) / 2;
    const two = (rounds[0].two + rounds[1].two) / 2;
    const rate = (time: number) => `${(bytes / 1024 / 1024 / (time / 1000)).toFixed(2)} MB/s`;
    const ratios = rounds.map((r) => r.one / r.two);
    // One worker also keeps the second core partly busy (V8 compiles its code there, about a quarter of a core):
    // the same run held to one core says what two cores gain over one.
    const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0 ? run(1, true) : undefined;
    return {
      'annotate --jsonl, 1 worker': `${(one / 1000).toFixed(1)} s (${rate(one)}; mean of 2 runs)`,
      'annotate --jsonl, 2 workers': `${(two / 1000).toFixed(1)} s (${rate(two)}; mean of 2 runs)`,
      'scaling --jobs 2 / --jobs 1': `${((ratios[0] + ratios[1]) / 2).toFixed(2)}× (rounds ${ratios.map((r) => `${r.toFixed(2)}×`).join(', ')}; load average ${loadavg()[0].toFixed(1)}; target ≥ 1.7× on 2 idle cores)`,
      '--jobs 1 held to one core (taskset), and --jobs 2 against it': pinned === undefined ? 'taskset not available' : `${(pinned / 1000).toFixed(1)} s; ${(pinned / two).toFixed(2)}× (not the target's measure: what two cores gain over one)`,
    };
  } finally {
    rmSync(output, { force: true });
  }
}

/** The figures test/integration/scale.test.ts recorded in the real extension host, when it has been run. */
function hostFigures(): Record<string, string> {
  const path = join(ROOT, 'bench', 'hostScale.json');
  if (!existsSync(path)) return { 'real extension host': 'not recorded (NEWS_ANNOTATOR_SCALE_FILES=2000 … --grep "scale:")' };
  const host = JSON.parse(readFileSync(path, 'utf8')) as Record<string, number | string>;
  return {
    [`real extension host, ${host.files} files (${host.megabytes} MB), recorded`]: String(host.recorded),
    'host: index time': `${host.indexSeconds} s (target ≤ 90 s)`,
    'host: stall p99 / longest': `${host.stallP99Ms} / ${host.stallMaxMs} ms (target < 20 / < 100 ms)`,
    'host: RSS / heap when done': `${host.hostRssMb} / ${host.hostHeapMb} MB (target ≤ 600 MB)`,
    'the analysis worker process (nodejieba): RSS when done': host.analysisWorkerRssMb === undefined ? 'not recorded (a worker thread then: inside the host\'s RSS)' : `${host.analysisWorkerRssMb} MB`,
    'host: Find All References + hover across all files': `${host.referencesAndHoverMs} ms (target ≤ 200 ms)`,
  };
}

export async function benchScale(): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'news-workspace-'));
  try {
    const { files, bytes } = buildWorkspace(dir);
    return {
      workspace: `${files.length} files, ${mb(bytes)}`,
      ...(await benchIndex(files)),
      ...benchJobs(dir, bytes),
      ...hostFigures(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
