// Child-process entry (bundled to dist/provisionalAnalysis.js, small), started by the analysis worker's entry as
// the worker starts when jieba-wasm's dictionary snapshot is there. A process of its own so that the restored
// instance's ~60 MB go back to the system when it ends, instead of staying in the analysis worker's process for
// the session (see childProcess.ts). Starts restoring jieba-wasm from the snapshot (provisionalPrefetch.ts, first
// import: the snapshot's pages are read into its memory meanwhile), then loads its code (dist/provisionalAnalysisMain.js: the core) through the code cache kept
// next to the snapshot, and writes that cache after its answer when it had none.
import { snapshotPlace, snapshotRestoring } from './provisionalPrefetch';
import { join } from 'node:path';
import { requireWithCodeCache } from './codeCache';

const main = requireWithCodeCache(join(__dirname, 'provisionalAnalysisMain.js'), snapshotPlace?.codeCacheFolder);
const { runProvisionalAnalysis } = main.exports as typeof import('./provisionalAnalysisMain');
runProvisionalAnalysis(snapshotRestoring, () => snapshotPlace?.writeCodeCache && main.saveCodeCache());
