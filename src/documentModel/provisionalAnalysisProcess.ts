// Child-process entry (bundled to dist/provisionalAnalysis.js, small), started by the analysis worker's entry as
// the worker starts when jieba-wasm's dictionary snapshot is there. A process of its own so that the restored
// instance's ~60 MB go back to the system when it ends, instead of staying in the analysis worker's process for
// the session (see childProcess.ts). Starts reading the snapshot and compiling the wasm (provisionalPrefetch.ts,
// first import), then loads its code (dist/provisionalAnalysisMain.js: the core) through the code cache kept
// next to the snapshot, and writes that cache after its answer when it had none.
import { snapshotPlace, snapshotRead } from './provisionalPrefetch';
import { join } from 'node:path';
import { requireWithCodeCache } from './codeCache';

const main = requireWithCodeCache(join(__dirname, 'provisionalAnalysisMain.js'), snapshotPlace?.codeCacheFolder);
const { runProvisionalAnalysis } = main.exports as typeof import('./provisionalAnalysisMain');
runProvisionalAnalysis(snapshotPlace, snapshotRead, () => snapshotPlace?.writeCodeCache && main.saveCodeCache());
