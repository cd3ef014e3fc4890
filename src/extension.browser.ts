import * as vscode from 'vscode';
import { InProcessAnalysisRunner } from './documentModel/analysisRunner';
import { activateShared, createLog } from './extension.shared';
import type { NewsDocuments } from './documentModel/newsDocuments';

/**
 * Browser (web worker) entry: no worker threads or native modules here, so jieba-wasm in-process, with long
 * documents analysed in chunks that yield to the event loop.
 */
export function activate(context: vscode.ExtensionContext): { documents: NewsDocuments } {
  const log = createLog(context);
  const runner = new InProcessAnalysisRunner(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createWasmSegmenter } = require('./core/segment/wasmSegmenter') as typeof import('./core/segment/wasmSegmenter');
    return createWasmSegmenter();
  });
  return { documents: activateShared(context, runner, log) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
