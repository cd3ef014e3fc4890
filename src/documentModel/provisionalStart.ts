// The provisional analysis process started as the analysis worker starts, before the worker's own code loads:
// the worker's entry (analysisWorker.ts, a small bundle) forks it first, then loads the worker's code with the
// core (analysisWorkerMain.ts), so the two load side by side on two cores. The first highlight of a session
// then waits on the slower of the two instead of on both in turn.
import { join } from 'node:path';
import type { ProvisionalAnalysisInput, ProvisionalAnswer, ProvisionalSetup } from './analysisWorkerProtocol';
import { analysisWorkerData } from './analysisWorkerHost';
import { startChildProcess, type ChildProcessJob } from './childProcess';
import { findWasmSnapshot, WEB_WASM } from './wasmSnapshotFile';

const PROVISIONAL_PROCESS = join(__dirname, 'provisionalAnalysis.js');

const { snapshotFolder, writeSnapshot = true } = analysisWorkerData;

const snapshot = snapshotFolder === undefined ? undefined : findWasmSnapshot(snapshotFolder, WEB_WASM);

/** Preparing to answer the session's first analysis; undefined when there is no snapshot to restore (nodejieba only). */
export const provisionalProcess: ChildProcessJob<ProvisionalAnalysisInput, ProvisionalAnswer> | undefined =
  snapshot && startChildProcess(PROVISIONAL_PROCESS, { ...snapshot, codeCacheFolder: snapshotFolder, writeCodeCache: writeSnapshot } satisfies ProvisionalSetup);
