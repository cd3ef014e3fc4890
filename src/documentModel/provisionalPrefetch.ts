// The provisional analysis process's first module (provisionalAnalysisProcess.ts imports it first): starts
// restoring jieba-wasm from its snapshot (~50 MB) before the core is loaded in this process: the wasm is compiled
// and instantiated and its memory grown at once, then the snapshot's pages are read straight into that memory on
// a libuv thread while the core's modules and data load.
import { setupFromParent } from './childProcess';
import type { ProvisionalSetup } from './analysisWorkerProtocol';
import { startSnapshotRestore } from './wasmSnapshotFile';

/** The snapshot the analysis worker found (provisionalStart.ts). */
export const snapshotPlace = setupFromParent<ProvisionalSetup>();

export const snapshotRestoring = snapshotPlace && startSnapshotRestore(snapshotPlace);
// Awaited once the core has loaded; a failed restore is answered then.
snapshotRestoring?.catch(() => undefined);
