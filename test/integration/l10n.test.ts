// Two languages, in a real VS Code: the hover card, the compare panel and the contributed command titles
// follow the display language. The driver runs these tests in English and again with `--locale zh-cn`
// (runInCodeServer.mjs --also-in-locale zh-cn), so each language is checked for real.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, extensionApi, hoverAt, openSeed, workspaceUri, writeWorkspaceFile } from './testHelpers';

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

  it('l10n: a date hover says in the display language how the date was resolved (file name 20230324.txt)', async () => {
    // Made-up text with no year: the year, month and 今天 come from the file name.
    const uri = await writeWorkspaceFile('reference-dates/20230324.txt', '江苏召开全省会议\n今天上午，江苏省委书记张明在南京主持召开会议。22日，张明在苏州调研。今年以来，全省经济平稳。\n');
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      const card = (await hoverAt(document, '22日')).replace(/\]\(command:[^)]*\)/g, ']');
      assert.match(card, /`2023-03-22`/, card);
      // What a reader sees in Chinese: no English word (ISO values in backticks and link targets aside).
      if (chinese()) assert.strictEqual(card.replace(/`[^`]*`/g, '').match(/[A-Za-z]{2,}/g), null, card);
      else assert.match(card, /Resolved by: from the file name `20230324\.txt`/, card);
      // An open span is told as one: since the year it names.
      const since = await hoverAt(document, '今年以来');
      assert.match(since, chinese() ? /\*\*2023年以来\*\* `2023`/ : /\*\*since 2023\*\* `2023`/, since);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(workspaceUri('reference-dates'), { recursive: true }).then(undefined, () => undefined);
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
