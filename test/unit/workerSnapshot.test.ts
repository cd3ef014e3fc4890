// The analysis worker as the extension starts it: the first session writes jieba-wasm's dictionary snapshot into
// the storage folder; the next session's first analysis comes from it (provisional), the following from nodejieba.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InProcessAnalysisRunner } from '../../src/documentModel/analysisRunner';
import { NEVER_CANCELLED } from '../../src/documentModel/cancellation';
import { WorkerAnalysisRunner } from '../../src/documentModel/workerAnalysisRunner';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';

const WORKER = join(__dirname, '../../../dist/analysisWorker.js');
const TEXT = '本报讯 省长王建国昨日在省政府主持召开常务会议，研究部署春季农业生产工作。';

describe('analysis worker: first answer from the jieba-wasm snapshot', function () {
  this.timeout(120000);
  let storage: string;
  before(() => (storage = mkdtempSync(join(tmpdir(), 'news-annotator-storage-'))));
  after(() => rmSync(storage, { recursive: true, force: true }));
  const session = () => new WorkerAnalysisRunner(WORKER, new InProcessAnalysisRunner(() => loadSegmenter().segmenter), () => undefined, { snapshotFolder: storage });
  const snapshots = () => readdirSync(storage).filter((name) => name.endsWith('.snapshot'));
  const people = (entities: { type: string; text: string; role?: string }[]) => entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role ?? ''}`);

  it('writes the snapshot in the first session (nodejieba answers), then answers the next session first from it', async () => {
    const first = session();
    const native = await first.analyze(TEXT, {}, NEVER_CANCELLED);
    assert.equal(native.provisional, undefined);
    for (let waited = 0; waited < 60000 && snapshots().length === 0; waited += 100) await new Promise((r) => setTimeout(r, 100));
    first.dispose();
    assert.equal(snapshots().length, 1);

    const next = session();
    const quick = await next.analyze(TEXT, {}, NEVER_CANCELLED);
    const later = await next.analyze(`${TEXT}\n`, {}, NEVER_CANCELLED);
    next.dispose();
    assert.equal(quick.provisional, true);
    assert.equal(later.provisional, undefined);
    assert.deepEqual(people(quick.analysis.entities), people(native.analysis.entities));
    assert.ok(people(native.analysis.entities).some((p) => p.startsWith('王建国:')), people(native.analysis.entities).join());
  });
});
