/**
 * Issue 9's reproducibility: `npm run train` run again from the data in ../shared, into a temporary file, and its
 * bytes compared with the model that ships (data/ner-model.bin). A difference means the shipped model is not the
 * one the repository's data and script make (someone edited what the features read without retraining).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SHIPPED = join(ROOT, 'data', 'ner-model.bin');
const PD1998_DEV = join(ROOT, '..', 'shared', 'pd1998', 'dev');

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export async function benchTrainCheck(): Promise<Record<string, string>> {
  if (!existsSync(PD1998_DEV)) return { 'retrained model': `not checked: no training data at ${PD1998_DEV}` };
  const folder = mkdtempSync(join(tmpdir(), 'news-annotator-train-'));
  try {
    const out = join(folder, 'ner-model.bin');
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(__dirname, '..', 'scripts', 'train.js'), '--out', out], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0 || !existsSync(out)) return { 'retrained model': `training failed (exit ${run.status}): ${run.stderr.slice(-300)}` };
    const [retrained, shipped] = [sha256(readFileSync(out)), sha256(readFileSync(SHIPPED))];
    const heldOut = run.stdout.trim().split('\n').filter((line) => line.startsWith('epoch')).pop() ?? '';
    return {
      'npm run train reproduces the shipped model (same bytes)': retrained === shipped ? `yes (sha256 ${shipped.slice(0, 12)}…, ${seconds.toFixed(0)} s)` : `NO: retrained ${retrained.slice(0, 12)}… vs shipped ${shipped.slice(0, 12)}…`,
      'last epoch, PD1998 dev held-out (labeller alone)': heldOut,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
