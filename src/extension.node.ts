import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { InProcessAnalysisRunner } from './documentModel/analysisRunner';
import { bundleHash, DiskCachedRunner } from './documentModel/diskCachedRunner';
import { WorkerAnalysisRunner } from './documentModel/workerAnalysisRunner';
import { activateShared, createLog } from './extension.shared';
import type { AnalysisWorkerData } from './documentModel/analysisWorkerProtocol';
import type { NewsDocuments } from './documentModel/newsDocuments';
import { newsSettings } from './settings';

/** Bundled next to this file by scripts/build.mjs. */
const WORKER_SCRIPT = 'dist/analysisWorker.js';

/**
 * Node entry: analyses run in the analysis worker, a child process (nodejieba there, jieba-wasm if it cannot
 * load), so the extension host is never busy with a long document and does not hold the segmenter's memory.
 * Without the worker bundle, or if it keeps failing, in-process.
 */
export function activate(context: vscode.ExtensionContext): { documents: NewsDocuments } {
  const log = createLog(context);
  const inProcess = new InProcessAnalysisRunner(() => {
    const { loadSegmenter } = require('./core/segment/loadSegmenter') as typeof import('./core/segment/loadSegmenter');
    const loaded = loadSegmenter();
    if (loaded.fallbackReason) log(`nodejieba unavailable (${loaded.fallbackReason}); using ${loaded.segmenter.name}`);
    return loaded.segmenter;
  });
  const workerScript = context.asAbsolutePath(WORKER_SCRIPT);
  // jieba-wasm's dictionary snapshot (written there once) answers the first analysis while nodejieba loads. With
  // cacheAnalyses off nothing is written to disk: no snapshot is made (one made before is still read).
  const { cacheAnalyses } = newsSettings();
  const workerData: AnalysisWorkerData = { snapshotFolder: context.globalStorageUri.fsPath, writeSnapshot: cacheAnalyses };
  const runner = fs.existsSync(workerScript) ? new WorkerAnalysisRunner(workerScript, inProcess, log, workerData) : inProcess;
  if (runner === inProcess) log(`${WORKER_SCRIPT} not found: analysing in the extension host thread`);
  // The bundle that analyses names the build whose results may be read back (in-process: the core the host
  // requires lazily, dist/core.js).
  const analyser = runner === inProcess ? context.asAbsolutePath('dist/core.js') : workerScript;
  const cached = cacheAnalyses
    ? new DiskCachedRunner(runner, context.globalStorageUri.fsPath, () => bundleHash(analyser), log)
    : runner;
  return { documents: activateShared(context, cached, log) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
