// The analysis worker as the extension starts it, in plain Node: see test/snapshotSessions.ts.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { peopleOf, runSnapshotSessions } from '../snapshotSessions';

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
});
