// The provisional analysis process started as the analysis worker starts, before the worker's own code loads:
// analysisWorker.ts imports this module first, so (in the bundle's module order) the child is forked before the
// core is evaluated in the worker, and the two load side by side on two cores. The first highlight of a
// session then waits on the slower of the two instead of on both in turn.
import { join } from 'node:path';
import type { ProvisionalAnalysisInput, ProvisionalAnswer } from './analysisWorkerProtocol';
import { analysisWorkerData } from './analysisWorkerHost';
import { startChildProcess, type ChildProcessJob } from './childProcess';
import { findWasmSnapshot } from './wasmSnapshotFile';

/** Bundled next to the worker by scripts/build.mjs (the wasm by scripts/packageSegmenters.mjs). */
export const WEB_WASM = join(__dirname, 'web', 'jieba_rs_wasm_bg.wasm');
const PROVISIONAL_PROCESS = join(__dirname, 'provisionalAnalysis.js');

const { snapshotFolder } = analysisWorkerData;

const snapshot = snapshotFolder === undefined ? undefined : findWasmSnapshot(snapshotFolder, WEB_WASM);

/** Preparing to answer the session's first analysis; undefined when there is no snapshot to restore (nodejieba only). */
export const provisionalProcess: ChildProcessJob<ProvisionalAnalysisInput, ProvisionalAnswer> | undefined =
  snapshot && startChildProcess(PROVISIONAL_PROCESS, snapshot);
