import init, { add_word, tag } from 'jieba-wasm/web';
import type { Segmenter } from './segmenter';
import { createWasmSegmenter } from './wasmSegmenter';

/**
 * jieba-wasm's web build (bundled; it needs no Node API), instantiated from the wasm's bytes. The host reads them:
 * vscode.workspace.fs in VS Code for the Web, where neither `require` nor the file system is available.
 */
export async function createWebWasmSegmenter(wasm: Uint8Array): Promise<Segmenter> {
  await init({ module_or_path: wasm });
  return createWasmSegmenter({ tag, add_word });
}
