// The jieba-wasm snapshot inside the real extension host: its writer and the provisional first analysis are child
// processes started from the analysis worker thread, which must work with the host's own Node (process.execPath
// is Electron in desktop VS Code, hence ELECTRON_RUN_AS_NODE). See test/snapshotSessions.ts.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { peopleOf, runSnapshotSessions } from '../snapshotSessions';
import { EXTENSION_ID } from './testHelpers';

describe('jieba-wasm snapshot in the extension host', function () {
  this.timeout(180000);

  it('the second session\'s first analysis comes from the snapshot, with the people nodejieba finds', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const storage = mkdtempSync(join(tmpdir(), 'news-annotator-host-storage-'));
    try {
      const { native, snapshotsWritten, quick, later } = await runSnapshotSessions(join(extension.extensionPath, 'dist', 'analysisWorker.js'), storage);
      assert.equal(snapshotsWritten, 1);
      assert.equal(quick.provisional, true);
      assert.equal(later.provisional, undefined);
      assert.deepEqual(peopleOf(quick), peopleOf(native));
    } finally {
      rmSync(storage, { recursive: true, force: true });
    }
  });
});
