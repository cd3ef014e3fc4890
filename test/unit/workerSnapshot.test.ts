// The analysis worker as the extension starts it, in plain Node: see test/snapshotSessions.ts.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { peopleOf, runSnapshotSessions, SNAPSHOT_TEXT } from '../snapshotSessions';
import { InProcessAnalysisRunner } from '../../src/documentModel/analysisRunner';
import { NEVER_CANCELLED } from '../../src/documentModel/cancellation';
import { WorkerAnalysisRunner } from '../../src/documentModel/workerAnalysisRunner';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';

const WORKER = join(__dirname, '../../../dist/analysisWorker.js');

describe('analysis worker: first answer from the jieba-wasm snapshot', function () {
  this.timeout(120000);
  let storage: string;
  before(() => (storage = mkdtempSync(join(tmpdir(), 'news-annotator-storage-'))));
  after(() => rmSync(storage, { recursive: true, force: true }));

  it('writes the snapshot in the first session (nodejieba answers), then answers the next session first from it', async () => {
    const { native, snapshotsWritten, quick, later } = await runSnapshotSessions(WORKER, storage);
    assert.equal(native.provisional, undefined);
    assert.equal(snapshotsWritten, 1);
    assert.equal(quick.provisional, true);
    assert.equal(later.provisional, undefined);
    assert.deepEqual(peopleOf(quick), peopleOf(native));
    assert.ok(peopleOf(native).some((p) => p.startsWith('王建国:')), peopleOf(native).join());
  });

  it('writes no snapshot when told not to (cacheAnalyses off: nothing written to disk)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'news-annotator-storage-'));
    try {
      const runner = new WorkerAnalysisRunner(WORKER, new InProcessAnalysisRunner(() => loadSegmenter().segmenter), () => undefined, { snapshotFolder: folder, writeSnapshot: false });
      const result = await runner.analyze(SNAPSHOT_TEXT, {}, NEVER_CANCELLED);
      // The writer, when started, starts right after nodejieba is up: give it the time it takes in the session test.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      runner.dispose();
      assert.ok(peopleOf(result).some((p) => p.startsWith('王建国:')));
      assert.deepEqual(readdirSync(folder), []);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('leaves the provisional answer out when the session starts with indexing (the process started for it is dismissed)', async () => {
    const runner = new WorkerAnalysisRunner(WORKER, new InProcessAnalysisRunner(() => loadSegmenter().segmenter), () => undefined, { snapshotFolder: storage });
    const summary = await runner.summarize('file:///report.txt', SNAPSHOT_TEXT, {}, NEVER_CANCELLED);
    const result = await runner.analyze(SNAPSHOT_TEXT, {}, NEVER_CANCELLED);
    runner.dispose();
    assert.equal(result.provisional, undefined);
    assert.ok(JSON.stringify(summary).includes('王建国'));
    assert.ok(peopleOf(result).some((p) => p.startsWith('王建国:')));
  });
});
