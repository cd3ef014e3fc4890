/**
 * Issue 11's first-highlight figures: each segmenter started cold in its own process, then the first analysis of
 * seed 000; and how far jieba-wasm's entities differ from nodejieba's on the seeds and the CCTV corpus (a first
 * answer from jieba-wasm replaced by nodejieba's would move what the user sees by that much).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './stats';

const ROOT = join(__dirname, '..', '..');
const SEED_000 = join(ROOT, 'seeds', '000_deca428bdd7aab90.txt');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'xwlb');

interface Probe {
  segmenter: string;
  loadMs: number;
  firstAnalysisMs: number;
  keys: string[][];
}

function probe(choice: string, files: string[]): Probe {
  const result = spawnSync(process.execPath, [join(__dirname, 'startupProbe.js'), choice, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`startup probe ${choice}: ${result.stderr.slice(0, 200)}`);
  return JSON.parse(result.stdout) as Probe;
}

interface SnapshotProbe extends Probe {
  snapshotBytes: number;
  rssMb: number;
  /** Where a restoring process's time goes, in order (snapshotProbe.ts). */
  phases: Record<string, number>;
}

/** The median of each phase over the probes, in the phases' order. */
const medianPhases = (probes: SnapshotProbe[]): string =>
  Object.keys(probes[0].phases).map((name) => `${name} ${median(probes.map((p) => p.phases[name])).toFixed(0)}`).join(' · ');

/** jieba-wasm's dictionary restored from a snapshot of its memory: the first process takes it, the next restore it. */
function snapshotProbes(rounds: number): { built: SnapshotProbe; restored: SnapshotProbe[] } {
  const folder = mkdtempSync(join(tmpdir(), 'news-annotator-wasm-snapshot-'));
  const run = () => {
    const result = spawnSync(process.execPath, [join(__dirname, 'snapshotProbe.js'), join(folder, 'jieba.snap'), SEED_000], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`snapshot probe: ${result.stderr.slice(0, 200)}`);
    return JSON.parse(result.stdout) as SnapshotProbe;
  };
  try {
    const built = run();
    return { built, restored: Array.from({ length: rounds }, run) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

interface SessionProbe {
  firstMs: number;
  secondMs: number;
  provisional: boolean;
  sameAsNodejieba: boolean;
}

/**
 * The first highlight of a session through the analysis worker, as the extension runs it: with jieba-wasm's
 * snapshot in the storage folder (the first session writes it), against nodejieba alone; alternated.
 */
function sessions(rounds: number): { snapshot: SessionProbe[]; nodejieba: SessionProbe[] } {
  const folder = mkdtempSync(join(tmpdir(), 'news-annotator-storage-'));
  const run = (storage: string) => {
    const result = spawnSync(process.execPath, [join(__dirname, 'firstHighlightProbe.js'), storage, SEED_000], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`first highlight probe: ${result.stderr.slice(0, 200)}`);
    return JSON.parse(result.stdout) as SessionProbe;
  };
  try {
    run(folder);
    const snapshot: SessionProbe[] = [];
    const nodejieba: SessionProbe[] = [];
    for (let i = 0; i < rounds; i++) {
      snapshot.push(run(folder));
      nodejieba.push(run('-'));
    }
    return { snapshot, nodejieba };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A report opened again after a restart: answered by the disk cache, against the first time (it analysed). */
function reopen(): { firstMs: number; reopenedMs: number; same: boolean } {
  const storage = mkdtempSync(join(tmpdir(), 'news-annotator-analyses-'));
  const run = () => {
    const result = spawnSync(process.execPath, [join(__dirname, 'reopenProbe.js'), storage, SEED_000], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`reopen probe: ${result.stderr.slice(0, 200)}`);
    return JSON.parse(result.stdout) as { ms: number; entities: number };
  };
  try {
    const first = run();
    const again = Array.from({ length: 5 }, run);
    return { firstMs: first.ms, reopenedMs: median(again.map((r) => r.ms)), same: again.every((r) => r.entities === first.entities) };
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
}

export async function benchStartup(): Promise<Record<string, string>> {
  const rounds = 5;
  const native = Array.from({ length: rounds }, () => probe('nodejieba', [SEED_000]));
  const wasm = Array.from({ length: rounds }, () => probe('jieba-wasm', [SEED_000]));
  const snapshot = snapshotProbes(rounds);
  const session = sessions(rounds);
  const firstMs = (probes: SessionProbe[]) => median(probes.map((p) => p.firstMs));
  const line = (probes: Probe[]) => {
    const load = median(probes.map((p) => p.loadMs));
    const first = median(probes.map((p) => p.firstAnalysisMs));
    return `${load.toFixed(0)} + ${first.toFixed(0)} = ${(load + first).toFixed(0)} ms`;
  };
  const total = (probes: Probe[]) => median(probes.map((p) => p.loadMs + p.firstAnalysisMs));

  // Agreement of the two segmenters' entities (span, type, role) on the seeds and the corpus.
  const files = [join(ROOT, 'seeds', '000_deca428bdd7aab90.txt'), join(ROOT, 'seeds', '002_743d57c06baac69f.txt'),
    ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().slice(0, 100).map((f) => join(CORPUS, f))];
  const a = probe('nodejieba', files).keys;
  const b = probe('jieba-wasm', files).keys;
  let same = 0;
  let union = 0;
  let identicalFiles = 0;
  a.forEach((keys, i) => {
    const other = new Set(b[i]);
    const shared = keys.filter((k) => other.has(k)).length;
    same += shared;
    union += keys.length + other.size - shared;
    if (shared === keys.length && shared === other.size) identicalFiles++;
  });
  const reopened = reopen();
  return {
    'nodejieba cold: load + first analysis of seed 000': `${line(native)} (median of ${rounds} processes)`,
    'jieba-wasm cold: load + first analysis of seed 000': `${line(wasm)} (median of ${rounds} processes)`,
    'jieba-wasm from a snapshot of its built dictionary: restore + first analysis of seed 000': `${line(snapshot.restored)} (median of ${rounds} processes; the process that built it and wrote the ${(snapshot.built.snapshotBytes / 1e6).toFixed(0)} MB snapshot: ${line([snapshot.built])}); peak RSS ${median(snapshot.restored.map((p) => p.rssMb)).toFixed(0)} MB`,
    'where the jieba-wasm process spends it, ms (median of each)': medianPhases(snapshot.restored),
    'segmenter ready, jieba-wasm restored / built / nodejieba': `${(median(snapshot.restored.map((p) => p.loadMs)) / median(wasm.map((p) => p.loadMs))).toFixed(2)}× / 1 / ${(median(native.map((p) => p.loadMs)) / median(wasm.map((p) => p.loadMs))).toFixed(2)}×`,
    'first highlight of a session through the analysis worker, jieba-wasm snapshot / nodejieba': `${firstMs(session.snapshot).toFixed(0)} / ${firstMs(session.nodejieba).toFixed(0)} ms = ${(firstMs(session.snapshot) / firstMs(session.nodejieba)).toFixed(2)}× (median of ${rounds} sessions each; provisional: ${session.snapshot.filter((p) => p.provisional).length}/${rounds}, same entities as nodejieba's next analysis: ${session.snapshot.filter((p) => p.sameAsNodejieba).length}/${rounds})`,
    'first analysis, nodejieba / jieba-wasm': `${(total(native) / total(wasm)).toFixed(2)}×`,
    'seed 000 opened again after a restart (analyses kept on disk) / the first time': `${reopened.reopenedMs.toFixed(0)} ms / ${reopened.firstMs.toFixed(0)} ms = ${(reopened.reopenedMs / reopened.firstMs).toFixed(3)}× (target ≤ 400 ms; ${reopened.same ? 'same entities' : 'ENTITIES DIFFER'})`,
    [`entities alike, jieba-wasm vs nodejieba (${files.length} reports)`]: `${((100 * same) / union).toFixed(1)}% of ${union}; ${identicalFiles} reports identical`,
  };
}
