import * as vscode from 'vscode';
import { InProcessAnalysisRunner } from './documentModel/analysisRunner';
import { activateShared, createLog } from './extension.shared';
import type { NewsDocuments } from './documentModel/newsDocuments';

/** Copied there by scripts/packageSegmenters.mjs (WEB_WASM). */
const WEB_WASM = 'dist/web/jieba_rs_wasm_bg.wasm';

/**
 * Browser (web worker) entry: no worker threads or native modules here, so jieba-wasm in-process, with long
 * documents analysed in chunks that yield to the event loop. The wasm is read from the extension's own URI on
 * the first analysis (vscode.workspace.fs works for every scheme the web host serves extensions from).
 */
export function activate(context: vscode.ExtensionContext): { documents: NewsDocuments } {
  const log = createLog(context);
  const runner = new InProcessAnalysisRunner(async () => {
    const wasmUri = vscode.Uri.joinPath(context.extensionUri, WEB_WASM);
    const wasm = await vscode.workspace.fs.readFile(wasmUri);
    const { createWebWasmSegmenter } = require('./core/segment/webWasmSegmenter') as typeof import('./core/segment/webWasmSegmenter');
    const segmenter = await createWebWasmSegmenter(wasm);
    log(`segmenter: ${segmenter.name} (web build, ${wasmUri.toString(true)})`);
    return segmenter;
  });
  return { documents: activateShared(context, runner, log) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
