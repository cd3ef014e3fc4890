// The compare panel in a real VS Code: the command opens a webview beside the editor on the two seeds,
// the panel shows the shared passages and the people table, and hostile document text stays text.
import * as assert from 'node:assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'newsannotator.news-annotator';
const COMMAND = 'newsAnnotator.compareReports';

/** What the command returns (ComparePanelSnapshot), as far as these tests look. */
interface Snapshot {
  a: string;
  b: string;
  body: string;
  result: { passages: { text: string }[]; persons: { both: string[]; onlyA: string[]; onlyB: string[] }; coverage: { a: number; b: number } };
}

async function seed(prefix: string): Promise<vscode.Uri> {
  const [uri] = await vscode.workspace.findFiles(`**/${prefix}_*.txt`, undefined, 1);
  assert.ok(uri, `seed ${prefix} should be in the workspace`);
  return uri;
}

function compareTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes(COMMAND));
}

describe('compare reports panel', function () {
  this.timeout(120000);

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await ext.activate();
  });

  afterEach(async () => {
    for (const tab of compareTabs()) await vscode.window.tabGroups.close(tab);
  });

  it('is contributed to the command palette', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes(COMMAND));
  });

  it('opens the panel beside the editor on the two seeds, with passages and the people table', async () => {
    const [a, b] = [await seed('000'), await seed('002')];
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(a));
    const snapshot = (await vscode.commands.executeCommand(COMMAND, a, b)) as Snapshot | undefined;
    assert.ok(snapshot, 'the command returns the panel content');
    assert.strictEqual(snapshot.a, a.toString());
    assert.strictEqual(snapshot.result.passages.length, 16);
    assert.ok(snapshot.result.passages.some((p) => p.text.startsWith('要珍惜机会、历练成长')));
    assert.ok(snapshot.result.coverage.b > 0.2);
    assert.match(snapshot.body, /<mark class="passage" data-passages="\d+" data-side="b"/);
    assert.match(snapshot.body, /<table class="names"><caption>People<\/caption>/);
    // The people split comes from the analyser: the two reports share at least their protagonist.
    if (snapshot.result.persons.both.length > 0) assert.ok(snapshot.result.persons.both.includes('陈吉宁'), snapshot.result.persons.both.join(' '));
    // The tab model reaches the extension host a moment after the panel is created (sooner than the analysis, once warm).
    for (let waited = 0; compareTabs().length === 0 && waited < 5000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    const tabs = compareTabs();
    assert.strictEqual(tabs.length, 1, 'one compare panel is open');
    assert.notStrictEqual(tabs[0].group.viewColumn, vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One);
  });

  it('shows <script> and <img onerror> in a report as text', async () => {
    const hostile = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: '陈吉宁说，<script>alert("x")</script>对口援疆是宝贵的锻炼机会，也是人生难得的成长经历，一次援疆、终身受益。<img src=x onerror=alert(1)>',
    });
    const snapshot = (await vscode.commands.executeCommand(COMMAND, await seed('000'), hostile.uri)) as Snapshot;
    assert.ok(snapshot.body.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
    assert.ok(snapshot.body.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.doesNotMatch(snapshot.body, /<script|<img/i);
    assert.strictEqual(snapshot.result.passages.length, 1, 'the quoted sentence is still found around the markup');
  });

  it('does nothing without an active report when none is given', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const result = await vscode.commands.executeCommand(COMMAND);
    assert.strictEqual(result, undefined);
  });
});
