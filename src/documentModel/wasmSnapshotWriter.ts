// Worker-thread entry (bundled to dist/wasmSnapshotWriter.js), started by analysisWorker.ts when no usable
// snapshot of jieba-wasm's dictionary was found: builds one, writes it, ends (its wasm memory goes with it).
import { workerData } from 'node:worker_threads';
import type { SnapshotWriterData } from './analysisWorkerProtocol';
import { writeWasmSnapshot } from './wasmSnapshotFile';

const { folder, wasmFile } = workerData as SnapshotWriterData;
writeWasmSnapshot(folder, wasmFile);
