// Where the running extension loads its segmenter from. Run against the development folder and against the
// installed .vsix (`runInCodeServer.mjs --vsix`): either way nodejieba's native binary must come from the
// extension's own dist/node_modules (shipped in the .vsix), never from a source tree's node_modules.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analysisWorkerPid, FIRST_ANALYSIS_TIMEOUT, waitFor } from './testHelpers';

const EXTENSION_ID = 'newsannotator.news-annotator';
const NATIVE_BINARY = 'dist/node_modules/nodejieba/build/Release/nodejieba.node';

/** Shared objects mapped into a process (the analysis worker, a child process of the extension host). */
function loadedNativeModules(pid: number, pattern: RegExp): string[] {
  const maps = fs.readFileSync(`/proc/${pid}/maps`, 'utf8');
  const paths = maps.split('\n').map((line) => line.slice(line.indexOf('/'))).filter((p) => pattern.test(p));
  return [...new Set(paths)];
}

describe('segmenter location', () => {
  it('nodejieba is loaded from the extension\'s own dist/node_modules', async function () {
    if (process.platform !== 'linux') this.skip(); // reads /proc/self/maps
    this.timeout(60000);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} should be installed`);
    const shipped = path.join(extension.extensionPath, NATIVE_BINARY);
    assert.ok(fs.existsSync(shipped), `${shipped} should exist`);

    // The first analysis loads the segmenter (in the analysis worker process).
    const [uri] = await vscode.workspace.findFiles('**/000_*.txt', undefined, 1);
    assert.ok(uri, 'a seed file should be in the workspace');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(symbols && symbols.length > 0, 'the seed should have been analysed');

    // A session's first answer may come from jieba-wasm (the snapshot) while nodejieba loads: wait for it.
    const loaded = await waitFor('nodejieba in the analysis worker', () => {
      const pid = analysisWorkerPid();
      const found = pid === undefined ? [] : loadedNativeModules(pid, /nodejieba\.node$/);
      return found.length > 0 && found;
    }, FIRST_ANALYSIS_TIMEOUT);
    console.log(`nodejieba loaded from: ${loaded.join(', ') || '(not loaded)'} (extension at ${extension.extensionPath})`);
    assert.deepStrictEqual(loaded, [fs.realpathSync(shipped)]);
  });
});
