// Child-process entry (bundled to dist/wasmSnapshotWriter.js), started by analysisWorker.ts when no usable
// snapshot of jieba-wasm's dictionary was found: builds one, writes it, ends (its memory goes with the process).
import type { SnapshotWriterData } from './analysisWorkerProtocol';
import { answerParent } from './childProcess';
import { writeWasmSnapshot } from './wasmSnapshotFile';
import { snapshotUserWords } from './snapshotUserWords';

answerParent(({ folder, wasmFile }: SnapshotWriterData) => {
  writeWasmSnapshot(folder, wasmFile, snapshotUserWords());
  return { written: true };
});
