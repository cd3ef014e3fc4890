/**
 * Compare timings: the two seeds (warm), and synthetic report pairs of ~10 KB / 100 KB / 1 MB built from
 * the seeds by shuffling paragraphs and editing characters (deterministic), B quoting about a third of A.
 * Timings exclude analysis (the analyzer has its own bench); the passage finder is also timed alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/core';
import { compareReports, findSharedPassages, type CompareInput } from '../src/core/compare';
import { loadSegmenter } from '../src/core/segment/loadSegmenter';
import { seededRandom } from '../src/core/ner/perceptron';
import { median, runDirectly } from './stats';

/** A paragraph with roughly one character in `every` replaced by another character of the seeds. */
function edited(paragraph: string, random: () => number, pool: string, every: number): string {
  const chars = [...paragraph];
  for (let i = 0; i < chars.length; i++) if (random() < 1 / every) chars[i] = pool[Math.floor(random() * pool.length)];
  return chars.join('');
}

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Two reports of about `bytes` UTF-8 bytes each: A from edited seed paragraphs, B quoting a third of A. */
export function synthesizeReportPair(seeds: string[], bytes: number, seed = 42): { a: string; b: string } {
  const random = seededRandom(seed);
  const paragraphs = seeds.flatMap((s) => s.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length > 10);
  const pool = seeds.join('').replace(/\s/g, '');
  const pick = () => paragraphs[Math.floor(random() * paragraphs.length)];
  const build = (quoted: string[]) => {
    const out: string[] = [];
    let size = 0;
    while (size < bytes) {
      const next = quoted.length > 0 && random() < 0.33 ? quoted[Math.floor(random() * quoted.length)] : edited(pick(), random, pool, 12);
      out.push(next);
      size += utf8Bytes(next) + 2;
    }
    return out;
  };
  const aParagraphs = build([]);
  // B quotes whole A paragraphs, or a clause of one, between its own edited ones.
  const quotes = aParagraphs.map((p) => (random() < 0.5 ? p : p.slice(0, Math.max(20, Math.floor(p.length / 2)))));
  return { a: aParagraphs.join('\n\n'), b: build(quotes).join('\n\n') };
}

function timeMs(run: () => void, repeats: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return Math.round(median(times) * 100) / 100;
}

const seedDir = join(__dirname, '..', '..', 'seeds');

export async function benchCompare(): Promise<Record<string, string | number>> {
  const seeds = ['000_deca428bdd7aab90.txt', '002_743d57c06baac69f.txt'].map((f) => readFileSync(join(seedDir, f), 'utf8'));
  const { segmenter } = loadSegmenter();
  const input = (text: string): CompareInput => ({ text, analysis: analyzeText(text, segmenter) });
  const [seedA, seedB] = seeds.map(input);
  compareReports(seedA, seedB); // warm-up
  const figures: Record<string, string | number> = {
    'compare seeds warm (ms, target < 50)': timeMs(() => compareReports(seedA, seedB), 21),
    'compare seeds passages (count)': compareReports(seedA, seedB).passages.length,
  };
  for (const [label, bytes] of [['10 KB', 10_000], ['100 KB', 100_000], ['1 MB', 1_000_000]] as const) {
    const pair = synthesizeReportPair(seeds, bytes);
    const t0 = performance.now();
    const [a, b] = [input(pair.a), input(pair.b)];
    const analysisMs = performance.now() - t0;
    const repeats = bytes >= 1_000_000 ? 3 : 7;
    figures[`compare ${label} pair (ms${bytes >= 1_000_000 ? ', target < 2000' : ''})`] = timeMs(() => compareReports(a, b), repeats);
    figures[`compare ${label} passages only (ms)`] = timeMs(() => findSharedPassages(pair.a, pair.b), repeats);
    figures[`compare ${label} passages / coverage B`] = (() => {
      const r = findSharedPassages(pair.a, pair.b);
      return `${r.passages.length} / ${r.coverage.b}`;
    })();
    figures[`compare ${label} analysis, untimed (ms)`] = Math.round(analysisMs);
  }
  return figures;
}

// Standalone (node out/bench/compareBench.js); when bundled into bench.js, that runner prints these figures.
if (runDirectly('compareBench')) {
  benchCompare().then((figures) => {
    for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(50)} ${value}`);
  });
}
