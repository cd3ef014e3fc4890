// Two sessions of the analysis worker as the extension starts it (shared by the unit test, in plain Node, and the
// integration test, inside the real extension host): the first writes jieba-wasm's dictionary snapshot into the
// storage folder while nodejieba answers; the next answers its first analysis from the snapshot (provisional, in a
// child process) and the following one from nodejieba.
import { readdirSync } from 'node:fs';
import { InProcessAnalysisRunner, type AnalysisResult } from '../src/documentModel/analysisRunner';
import { NEVER_CANCELLED } from '../src/documentModel/cancellation';
import { WorkerAnalysisRunner } from '../src/documentModel/workerAnalysisRunner';
import { loadSegmenter } from '../src/core/segment/loadSegmenter';

export const SNAPSHOT_TEXT = '本报讯 省长王建国昨日在省政府主持召开常务会议，研究部署春季农业生产工作。';

export interface SnapshotSessions {
  /** The first session's analysis (nodejieba). */
  native: AnalysisResult;
  /** Snapshots in the folder after the first session. */
  snapshotsWritten: number;
  /** The next session's first analysis (from the snapshot) and second (nodejieba). */
  quick: AnalysisResult;
  later: AnalysisResult;
}

export async function runSnapshotSessions(workerScript: string, storage: string): Promise<SnapshotSessions> {
  const session = () => new WorkerAnalysisRunner(workerScript, new InProcessAnalysisRunner(() => loadSegmenter().segmenter), () => undefined, { snapshotFolder: storage });
  const snapshots = () => readdirSync(storage).filter((name) => name.endsWith('.snapshot')).length;
  const first = session();
  const native = await first.analyze(SNAPSHOT_TEXT, {}, NEVER_CANCELLED);
  for (let waited = 0; waited < 60000 && snapshots() === 0; waited += 100) await new Promise((r) => setTimeout(r, 100));
  first.dispose();
  const snapshotsWritten = snapshots();
  const next = session();
  const quick = await next.analyze(SNAPSHOT_TEXT, {}, NEVER_CANCELLED);
  const later = await next.analyze(`${SNAPSHOT_TEXT}\n`, {}, NEVER_CANCELLED);
  next.dispose();
  return { native, snapshotsWritten, quick, later };
}

/** Person name:role pairs, to compare two analyses' people. */
export const peopleOf = (result: AnalysisResult): string[] =>
  result.analysis.entities.filter((e) => e.type === 'person').map((e) => `${e.text}:${e.role ?? ''}`);
