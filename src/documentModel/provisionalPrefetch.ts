// The provisional analysis process's first module (provisionalAnalysisProcess.ts imports it first): starts reading
// jieba-wasm's snapshot (~50 MB) and compiling the wasm before the core is loaded in this process, so that
// both go on (on libuv's and V8's threads) while the core's modules and data load.
import { setupFromParent } from './childProcess';
import type { ProvisionalSetup } from './analysisWorkerProtocol';
import { readWasmSnapshot } from './wasmSnapshotFile';

/** The snapshot the analysis worker found (provisionalStart.ts). */
export const snapshotPlace = setupFromParent<ProvisionalSetup>();

export const snapshotRead = snapshotPlace && readWasmSnapshot(snapshotPlace);
// Awaited once the core has loaded; a failed read is answered then.
snapshotRead?.catch(() => undefined);
