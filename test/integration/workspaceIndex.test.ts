// Issue 11 in a real VS Code: the workspace index follows the disk (FileSystemWatcher), so Find All References
// lists a created file, forgets a deleted one and follows a rename.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { extensionApi, openSeed, waitFor, workspaceUri, writeWorkspaceFile } from './testHelpers';

const SEED_000 = '000_deca428bdd7aab90.txt';
const NAME = '马兴瑞';
/** Written for this test: a short report naming the same official. */
const REPORT = `新疆维吾尔自治区党委书记${NAME}今天在乌鲁木齐调研，强调要做好秋季农业生产。\n`;
const OTHER_REPORT = '浙江省省长王浩今天在杭州调研，强调要抓好安全生产。\n';

describe('workspace index follows the disk', function () {
  this.timeout(120_000);
  let seed: vscode.TextDocument;
  const created = ['index-watch-a.txt', 'index-watch-b.txt'].map(workspaceUri);

  /** The files (other than seed 000) that Find All References of 马兴瑞 lists. */
  async function filesReferencing(): Promise<string[]> {
    const at = seed.positionAt(seed.getText().indexOf(NAME) + 1);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed.uri, at);
    return [...new Set((locations ?? []).map((l) => l.uri.toString()))].filter((uri) => uri !== seed.uri.toString());
  }
  const referencing = (uri: vscode.Uri) => async () => (await filesReferencing()).includes(uri.toString());
  const notReferencing = (uri: vscode.Uri) => async () => !(await filesReferencing()).includes(uri.toString());

  before(async () => {
    seed = await openSeed(SEED_000);
    await (await extensionApi()).documents.workspaceIndex.ensureIndexed();
  });
  after(async () => {
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('a created file appears, a changed one is read again, a renamed one moves, a deleted one goes', async () => {
    const [a, b] = created;
    await writeWorkspaceFile('index-watch-a.txt', REPORT);
    await waitFor('the created file among the references', referencing(a));

    await writeWorkspaceFile('index-watch-a.txt', OTHER_REPORT);
    await waitFor('the changed file no longer among the references', notReferencing(a));

    await writeWorkspaceFile('index-watch-a.txt', REPORT);
    await waitFor('the file changed back among the references', referencing(a));

    await vscode.workspace.fs.rename(a, b);
    await waitFor('the renamed file among the references', referencing(b));
    assert.ok(await notReferencing(a)(), 'the old name is gone');

    await vscode.workspace.fs.delete(b);
    await waitFor('the deleted file gone from the references', notReferencing(b));
  });
});
