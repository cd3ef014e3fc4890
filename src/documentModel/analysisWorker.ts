// Analysis worker entry (bundled to dist/analysisWorker.js, small), a child process of the extension host. Starts
// the provisional analysis process first (provisionalStart.ts), before this process compiles and evaluates the
// worker's own code and the core (dist/analysisWorkerMain.js), which it then loads through the code cache kept
// in the storage folder (written by the worker once it has analysed a text, when it had none).
import { provisionalProcess } from './provisionalStart';
import { join } from 'node:path';
import { analysisWorkerData } from './analysisWorkerHost';
import { requireWithCodeCache } from './codeCache';

const { snapshotFolder, writeSnapshot = true } = analysisWorkerData;
const main = requireWithCodeCache(join(__dirname, 'analysisWorkerMain.js'), snapshotFolder);
const { startAnalysisWorker } = main.exports as typeof import('./analysisWorkerMain');
startAnalysisWorker(provisionalProcess, () => writeSnapshot && main.saveCodeCache());
