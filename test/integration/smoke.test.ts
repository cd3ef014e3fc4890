// First integration test: the extension is installed in the VS Code under test and activates
// when a seed file (Chinese news text) is opened.
import * as assert from 'node:assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'newsannotator.news-annotator';

async function seedFile(): Promise<vscode.Uri> {
  const files = await vscode.workspace.findFiles('**/*.txt', undefined, 50);
  assert.ok(files.length > 0, 'the workspace (seeds/) should hold at least one .txt seed file');
  files.sort((a, b) => a.path.localeCompare(b.path));
  return files[0];
}

describe('smoke', () => {
  it('the extension is present', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} should be known to VS Code`);
  });

  it('activates when a seed file is opened', async function () {
    this.timeout(60000);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const uri = await seedFile();
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.ok(/[\u4e00-\u9fff]/.test(doc.getText()), 'the seed file should contain Chinese text');
    const deadline = Date.now() + 30000;
    while (!ext.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (!ext.isActive) await ext.activate(); // surfaces the activation error, if any
    assert.strictEqual(ext.isActive, true, 'extension should be active after opening a seed file');
  });
});
