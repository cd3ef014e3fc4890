// `npm run cross-validate`: the analysis scored on the whole PD1998 dev split as unseen text. Ten labellers, each
// trained without one tenth of the articles (`train.js --held-out-tenth K`; the shipped one is tenth 9's), read the
// tenth they never saw, with the rules, as bench/nerDevEval.ts does; the per-type counts are pooled over the ten.
// A develop measure (the test split is never read), for weighing a change of the rules on some 17,000 names
// instead of one tenth's 1,800. About 5 minutes on two cores. Options: --keep DIR (reuse the fold models there).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const root = join(import.meta.dirname, '..');
const keepAt = process.argv.indexOf('--keep');
const dir = keepAt >= 0 ? process.argv[keepAt + 1] : join(tmpdir(), 'news-annotator-folds');
mkdirSync(dir, { recursive: true });
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

const run = (args) => new Promise((resolve, reject) => {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')}: exit ${code}`))));
});
/** Runs the jobs two at a time (the machines have two cores). */
async function inPairs(jobs) {
  const results = [];
  for (let i = 0; i < jobs.length; i += 2) results.push(...(await Promise.all(jobs.slice(i, i + 2).map((job) => job()))));
  return results;
}

const tenths = [...Array(10).keys()];
const modelOf = (k) => (k === 9 ? join(root, 'data', 'ner-model.bin') : join(dir, `fold${k}.bin`));
await inPairs(tenths.filter((k) => k !== 9 && !existsSync(modelOf(k))).map((k) => () => run([join(root, 'out', 'scripts', 'train.js'), '--held-out-tenth', String(k), '--out', modelOf(k)])));
// Each fold's evaluation is bundled with its own model in place of the shipped one, beside the built benches (their
// paths to ../shared are relative to out/bench).
for (const k of tenths) execFileSync(process.execPath, [join(root, 'scripts', 'buildMarginFolds.mjs'), modelOf(k), join(root, 'out', 'bench', `crossValidate${k}.js`), 'bench/nerDevEval.ts'], { cwd: root });
const outputs = await inPairs(tenths.map((k) => () => run([join(root, 'out', 'bench', `crossValidate${k}.js`), '--tenth', String(k), '--no-real'])));

const LINE = /^pd dev-held-out (\w+)\s+(PER|LOC|ORG) P [\d.]+\s+R ([\d.]+).*\(gold (\d+), predicted (\d+)\)/;
const pooled = new Map();
for (const output of outputs) {
  for (const line of output.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const key = `${m[1]} ${m[2]}`;
    const [gold, predicted, correct] = pooled.get(key) ?? [0, 0, 0];
    pooled.set(key, [gold + Number(m[4]), predicted + Number(m[5]), correct + Math.round(Number(m[3]) * Number(m[4]))]);
  }
}
for (const [key, [gold, predicted, correct]] of pooled) {
  const p = correct / predicted;
  const r = correct / gold;
  console.log(`PD1998 dev, ten folds pooled: ${key.padEnd(12)} P ${p.toFixed(4)}  R ${r.toFixed(4)}  F1 ${((2 * p * r) / (p + r)).toFixed(4)}  (gold ${gold}, predicted ${predicted})`);
}
