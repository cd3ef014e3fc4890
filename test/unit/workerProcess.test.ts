// The analysis worker runs in a child process of the host (WorkerAnalysisRunner): when it dies (a native crash,
// the OOM killer), the host is untouched and the next analysis starts a new worker.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { InProcessAnalysisRunner } from '../../src/documentModel/analysisRunner';
import { NEVER_CANCELLED } from '../../src/documentModel/cancellation';
import { WorkerAnalysisRunner } from '../../src/documentModel/workerAnalysisRunner';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';

const WORKER = join(__dirname, '../../../dist/analysisWorker.js');
const TEXT = '新华社北京3月5日电 国务院总理王建国在人民大会堂会见了代表团。';

describe('analysis worker process', function () {
  this.timeout(120000);

  it('is a process of its own; killed, the host goes on and the next analysis starts a new one', async () => {
    const logged: string[] = [];
    const runner = new WorkerAnalysisRunner(WORKER, new InProcessAnalysisRunner(() => loadSegmenter().segmenter), (m) => logged.push(m));
    try {
      const first = await runner.analyze(TEXT, {}, NEVER_CANCELLED);
      assert.ok(first.analysis.entities.some((e) => e.text === '王建国'));
      const pid = runner.workerProcessId;
      assert.ok(pid !== undefined && pid !== process.pid);
      const running = runner.analyze(`${TEXT}\n${TEXT.repeat(200)}`, {}, NEVER_CANCELLED);
      process.kill(pid, 'SIGKILL');
      // Rejected, unless it was answered before the signal landed.
      await running.catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const next = await runner.analyze(TEXT, {}, NEVER_CANCELLED);
      assert.ok(next.analysis.entities.some((e) => e.text === '王建国'));
      assert.notEqual(runner.workerProcessId, pid);
      assert.ok(logged.some((m) => m.includes('analysis worker stopped') && m.includes('SIGKILL')), logged.join('\n'));
    } finally {
      runner.dispose();
    }
  });
});
