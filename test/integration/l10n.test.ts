// Two languages, in a real VS Code: the hover card, the compare panel and the contributed command titles
// follow the display language. The driver runs these tests in English and again with `--locale zh-cn`
// (runInCodeServer.mjs --also-in-locale zh-cn), so each language is checked for real.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, extensionApi, hoverAt, openSeed } from './testHelpers';

const chinese = () => vscode.env.language.toLowerCase().startsWith('zh');

describe('l10n: the display language', function () {
  this.timeout(60_000);

  before(async () => {
    await extensionApi();
    console.log(`      display language: ${vscode.env.language}`);
  });

  it('l10n: hover cards are in the display language only', async () => {
    const document = await openSeed('000_deca428bdd7aab90.txt');
    // What the reader sees: link targets (command ids) dropped.
    const card = (await hoverAt(document, '陈吉宁')).replace(/\]\(command:[^)]*\)/g, ']');
    if (chinese()) {
      assert.match(card, /职务：\*\*上海市委书记\*\*/, card);
      assert.match(card, /提及：本文 \d+ 处/, card);
      assert.doesNotMatch(card, /Titles|Mentions|Official|Events/, card);
    } else {
      assert.match(card, /Titles: \*\*上海市委书记\*\*/, card);
      assert.match(card, /Mentions: \d+ here/, card);
      assert.doesNotMatch(card, /职务|提及|官员|活动/, card);
    }
  });

  it('l10n: the compare panel is in the display language', async () => {
    const seeds = await vscode.workspace.findFiles('**/seeds/*.txt', '**/node_modules/**', 2);
    const snapshot = await vscode.commands.executeCommand<{ body: string }>('newsAnnotator.compareReports', seeds[0], seeds[1]);
    assert.ok(snapshot, 'the panel opened');
    assert.match(snapshot.body, chinese() ? /原文对照.*人物与地点/s : /Texts side by side.*People and places/s);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('l10n: contributed titles and the language name come from package.nls', () => {
    type Title = string | { value: string; original: string };
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string; title: Title }[] } };
    const { title } = manifest.contributes.commands.find((c) => c.command === 'newsAnnotator.reanalyze')!;
    // Translated titles come as { value, original } (the palette finds both), English ones as the string.
    assert.strictEqual(typeof title === 'string' ? title : title.value, chinese() ? '重新分析文档' : 'Re-analyse Document');
  });
});
