// Issue 11's workspace figures in the real extension host, recorded for `npm run bench` (bench/hostScale.json).
// Heavy (thousands of files), so it runs only when asked:
//   NEWS_ANNOTATOR_SCALE_FILES=2000 node test/vscode/runInCodeServer.mjs --grep "scale:" --timeout 900
import * as assert from 'node:assert';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { timePeopleView } from '../../bench/peopleViewTiming';
import { analysisWorkerPid, extensionApi, openSeed, waitFor, workspaceUri } from './testHelpers';

const ROOT = join(__dirname, '..', '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'xwlb');
const FILES = Number(process.env.NEWS_ANNOTATOR_SCALE_FILES ?? 0);
/** Consecutive corpus items per file, as the bench builds its workspace (about 10 kB a file). */
const ITEMS_PER_FILE = 5;

/** The analysis worker's resident memory (a child process of this host: it holds nodejieba's dictionary). */
function analysisWorkerRssMb(): number | undefined {
  const pid = analysisWorkerPid();
  const rss = pid === undefined ? undefined : readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)/m)?.[1];
  return rss === undefined ? undefined : Math.round(Number(rss) / 1024);
}

describe('scale: a workspace of thousands of news files in the real extension host', function () {
  this.timeout(900_000);
  before(function () {
    if (!FILES) this.skip();
  });

  it('indexes them without stalling the host, and answers references across all of them', async () => {
    const items = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(CORPUS, f), 'utf8'));
    const folder = workspaceUri('scale').fsPath;
    mkdirSync(folder, { recursive: true });
    let bytes = 0;
    for (let i = 0; i < FILES; i++) {
      const copy = Math.floor(i / items.length);
      const text = Array.from({ length: ITEMS_PER_FILE }, (_, k) => items[(i + k) % items.length]).join('\n\n') + (copy ? `\n（第${copy}次转载）\n` : '');
      writeFileSync(join(folder, `${String(i).padStart(4, '0')}.txt`), text);
      bytes += Buffer.byteLength(text);
    }

    const stalls = monitorEventLoopDelay({ resolution: 5 });
    stalls.enable();
    const started = performance.now();
    const seed = await openSeed('000_deca428bdd7aab90.txt');
    const { documents } = await extensionApi();
    await documents.workspaceIndex.ensureIndexed();
    await waitFor('the queue to empty', () => !documents.workspaceIndex.progress.indexing, 600_000);
    const indexSeconds = (performance.now() - started) / 1000;
    stalls.disable();
    const memory = process.memoryUsage();
    const indexed = documents.workspaceIndex.fileSummaries().length;
    assert.ok(indexed >= FILES, `indexed ${indexed} of ${FILES}`);

    const at = seed.positionAt(seed.getText().indexOf('马兴瑞') + 1);
    const lookups: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed.uri, at);
      await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seed.uri, at);
      lookups.push(performance.now() - t);
    }
    // The People view over the same index, with the real vscode.TreeItem; then the view itself shown in the side bar.
    const peopleView = timePeopleView(documents.workspaceIndex, ['王', '李', '张', '刘', '陈']);
    const shown = performance.now();
    await vscode.commands.executeCommand('newsAnnotator.people.focus');
    const peopleViewFocusMs = performance.now() - shown;
    const figures = {
      recorded: new Date().toISOString(),
      files: FILES,
      megabytes: Number((bytes / 1024 / 1024).toFixed(1)),
      indexSeconds: Number(indexSeconds.toFixed(1)),
      stallP99Ms: Number((stalls.percentile(99) / 1e6).toFixed(1)),
      stallMaxMs: Number((stalls.max / 1e6).toFixed(1)),
      hostRssMb: Math.round(memory.rss / 1024 / 1024),
      hostHeapMb: Math.round(memory.heapUsed / 1024 / 1024),
      analysisWorkerRssMb: analysisWorkerRssMb(),
      referencesAndHoverMs: Number(Math.max(...lookups.slice(1)).toFixed(1)),
      peopleView: { ...peopleView, focusCommandMs: Number(peopleViewFocusMs.toFixed(1)) },
    };
    writeFileSync(join(ROOT, 'bench', 'hostScale.json'), `${JSON.stringify(figures, null, 2)}\n`);
  });
});
