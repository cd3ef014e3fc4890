// Bad inputs, in a real VS Code: each is answered clearly, once, and nothing breaks. Empty file, binary
// file, GBK bytes opened as UTF-8, a 10 MB file (only the first N characters are analysed, N a setting),
// Traditional Chinese, a corrections file with wrong types.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { extensionApi, hoverAt, openSeed, waitFor, workspaceUri, writeWorkspaceFile, type NewsAnnotatorApi } from './testHelpers';

const MAX_SETTING = 'maxAnalyzedCharacters';

/** GBK bytes for `text`, from the decoder's own table (Node decodes GBK but has no encoder). */
function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}

async function show(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

describe('bad inputs', function () {
  this.timeout(90_000);
  let api: NewsAnnotatorApi;
  const shownFor = (uri: vscode.Uri) => api.documents.notices.shown.filter((n) => n.uri === uri.toString()).map((n) => n.kind);

  before(async () => {
    api = await extensionApi();
    // The first analysis (segmenter start) out of the way.
    assert.match(await hoverAt(await openSeed('000_deca428bdd7aab90.txt'), '陈吉宁'), /上海市委书记/);
  });

  it('an empty file: no error, no popup, the status bar says there is nothing to analyse', async () => {
    const uri = await writeWorkspaceFile('bad-inputs/empty.news.txt', '');
    const document = await show(uri);
    assert.strictEqual(document.languageId, 'zh-news');
    const model = await api.documents.getForDocument(document);
    assert.deepStrictEqual(model?.analysis.entities, []);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepStrictEqual(symbols ?? [], []);
    assert.deepStrictEqual(shownFor(uri), [], 'no popup for an empty file');
    await waitFor('the status bar to say so', () => /nothing to analyse|无可分析内容/.test(api.documents.notices.statusText ?? ''));
  });

  it('a binary file: not analysed, said once', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]); // a PNG header: NULs up front
    const uri = await writeWorkspaceFile('bad-inputs/picture.news.txt', bytes);
    let document: vscode.TextDocument;
    try {
      document = await show(uri);
    } catch (error) {
      // VS Code itself refuses binary files (NUL bytes up front): then nothing reaches the extension.
      assert.match(String(error), /binary/i);
      console.log('      (VS Code itself refused to open it as text)');
      return;
    }
    assert.strictEqual(await api.documents.getForDocument(document), undefined, 'a binary file is not analysed');
    await waitFor('the binary notice', () => shownFor(uri).includes('binary'));
    assert.match(api.documents.notices.statusText ?? '', /not text|非文本/);
  });

  it('text full of control characters (binary past the first bytes): not analysed, said once', async () => {
    // VS Code sniffs only the first 512 bytes for NULs: this one opens as text.
    const controls = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(1 + (i % 8))).join('');
    const uri = await writeWorkspaceFile('bad-inputs/controls.news.txt', `新华社北京电 ${'\u3000'.repeat(200)}${controls}${'新闻'.repeat(100)}`);
    const document = await show(uri);
    assert.strictEqual(await api.documents.getForDocument(document), undefined);
    await waitFor('the binary notice', () => shownFor(uri).includes('binary'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), '再');
    await vscode.workspace.applyEdit(edit);
    await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(0, 2));
    assert.deepStrictEqual(shownFor(uri), ['binary'], 'said once, not on every edit');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('GBK bytes opened as UTF-8: said once (undecodable characters), never silently analysed as is', async () => {
    const text = '2023年8月27日，上海市委书记陈吉宁在新疆喀什地区考察，与新疆维吾尔自治区党委书记马兴瑞一道出席座谈会。\n';
    const uri = await writeWorkspaceFile('bad-inputs/gbk.news.txt', encodeGbk(text.repeat(20)));
    const document = await show(uri);
    assert.ok(document.getText().includes('\uFFFD'), 'VS Code decodes GBK bytes as UTF-8 with replacement characters');
    await api.documents.getForDocument(document);
    await waitFor('the undecodable notice', () => shownFor(uri).includes('undecodable'));
    assert.match(api.documents.notices.statusText ?? '', /undecodable|无法解码/);
    await api.documents.getForDocument(document);
    assert.deepStrictEqual(shownFor(uri), ['undecodable'], 'said once');
    // The same text in UTF-8 is read as it should be.
    const utf8 = await show(await writeWorkspaceFile('bad-inputs/utf8.news.txt', text));
    const model = await api.documents.getForDocument(utf8);
    assert.ok(model?.entities.some((e) => e.type === 'person' && e.text === '陈吉宁'));
    assert.deepStrictEqual(shownFor(utf8.uri), []);
  });

  it('a 10 MB file: only the first N characters (a setting) are analysed, and it says so once', async function () {
    this.timeout(180_000);
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    const max = config.get<number>(MAX_SETTING)!;
    assert.strictEqual(max, 1_000_000, 'the default');
    const unit = '8月27日，上海市委书记陈吉宁率上海市代表团在新疆喀什地区学习考察，与马兴瑞一道出席座谈会。\n\n';
    const text = unit.repeat(Math.ceil((10 * 1024 * 1024) / new TextEncoder().encode(unit).length));
    const uri = await writeWorkspaceFile('bad-inputs/huge.news.txt', text);
    const document = await show(uri);
    assert.ok(document.getText().length > 3_000_000);
    const model = await api.documents.getForDocument(document);
    assert.ok(model, 'analysed');
    assert.strictEqual(model.text.length, max, 'the first N characters');
    assert.ok(model.entities.length > 1000 && model.entities.every((e) => e.end <= max));
    await waitFor('the truncation notice', () => shownFor(uri).includes('truncated'));
    assert.match(api.documents.notices.statusText ?? '', /1,000,000|1.000.000|1 000 000/);
    // Past the limit: no card, and no error.
    const late = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(document.getText().lastIndexOf('陈吉宁') + 1));
    assert.strictEqual(late?.length ?? 0, 0);
    // A smaller limit takes effect at once, without a second message.
    try {
      await config.update(MAX_SETTING, 200_000, vscode.ConfigurationTarget.Global);
      const smaller = await waitFor('the re-analysis with the new limit', async () => {
        const m = await api.documents.getForDocument(document);
        return m && m.text.length === 200_000 ? m : undefined;
      }, 60_000);
      assert.ok(smaller.entities.every((e) => e.end <= 200_000));
      assert.deepStrictEqual(shownFor(uri), ['truncated'], 'said once');
    } finally {
      await config.update(MAX_SETTING, undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  it('Traditional Chinese: dates, people and places are read', async () => {
    const text = '2023年8月27日至28日，上海市委書記陳吉寧率上海市代表團在新疆喀什地區學習考察。27日下午，陳吉寧走訪農戶。\n';
    const uri = await writeWorkspaceFile('bad-inputs/traditional.news.txt', text);
    const document = await show(uri);
    const model = await api.documents.getForDocument(document);
    assert.ok(model);
    const dates = model.entities.filter((e) => e.type === 'date').map((e) => e.value);
    assert.ok(dates.includes('2023-08-27/2023-08-28'), `dates: ${dates.join(', ')}`);
    assert.ok(dates.includes('2023-08-27'), `27日下午 resolved: ${dates.join(', ')}`);
    assert.match(await hoverAt(document, '27日下午'), /2023-08-27/);
    assert.ok(model.entities.some((e) => e.type === 'person' && e.text === '陳吉寧'), 'the person in Traditional characters');
    assert.ok(model.entities.some((e) => e.type === 'place' && e.text.startsWith('喀什')), 'the place in Traditional characters');
    assert.deepStrictEqual(shownFor(uri), []);
  });

  it('a corrections file with wrong types: one clear message, and the built-in recognition keeps working', async function () {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes('newsAnnotator.correctionsState')) this.skip(); // corrections not built yet
    type State = { problems: { path: string; message: string }[]; warningsShown: number; file: string | undefined };
    const state = () => vscode.commands.executeCommand<State>('newsAnnotator.correctionsState');
    const file = workspaceUri('.vscode/news-annotator.json');
    const seed = await openSeed('000_deca428bdd7aab90.txt');
    const before = (await state()).warningsShown;
    try {
      // Every field the wrong type: lists as an object and a string, names as numbers, a title null.
      await writeWorkspaceFile('.vscode/news-annotator.json', JSON.stringify({ version: 1, persons: { name: '张三' }, places: 'here', titles: [{ name: 3, title: null }], notEntities: [7] }));
      const s = await waitFor('the problems to be seen', async () => ((await state()).problems.length > 0 ? state() : undefined));
      assert.ok(s.problems.length >= 3, JSON.stringify(s.problems));
      for (const p of s.problems) assert.ok(p.path.startsWith('$') && p.message.length > 0, `a clear problem: ${JSON.stringify(p)}`);
      assert.strictEqual(s.warningsShown, before + 1, 'one message');
      assert.match(await hoverAt(seed, '陈吉宁'), /上海市委书记/, 'the built-in recognition keeps working');
      // The version as a string, then a top-level array: wrong too, and said clearly.
      await writeWorkspaceFile('.vscode/news-annotator.json', '{"version": "1"}');
      await waitFor('the version to be seen', async () => (await state()).problems.some((p) => p.path === '$.version') || undefined);
      await writeWorkspaceFile('.vscode/news-annotator.json', '[1, 2, 3]');
      await waitFor('the array to be seen', async () => (await state()).problems.some((p) => p.path === '$') || undefined);
      assert.match(await hoverAt(seed, '陈吉宁'), /上海市委书记/);
    } finally {
      await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
      await waitFor('the corrections to be gone', async () => ((await state()).problems.length === 0 ? true : undefined));
    }
  });

  after(async () => {
    // Close only this file's editors (unsaved edits dropped), then remove its files.
    const folder = workspaceUri('bad-inputs').toString();
    const ours = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString().startsWith(folder));
    await vscode.window.tabGroups.close(ours);
    await vscode.workspace.fs.delete(workspaceUri('bad-inputs'), { recursive: true }).then(undefined, () => undefined);
  });
});
