// The news features in a real VS Code, on the real seed files: hover cards, outline, semantic tokens, navigation, inlay hints.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { decodeTokens, FIRST_ANALYSIS_TIMEOUT, flattenSymbols, hoverAt, hoverText, openSeed, positionOf, SEED_000, SEED_002 } from './testHelpers';


describe('news features', function () {
  this.timeout(FIRST_ANALYSIS_TIMEOUT);

  it('opens seed files in the zh-news language', async () => {
    const document = await openSeed(SEED_000);
    assert.strictEqual(document.languageId, 'zh-news');
  });

  it('hover on 陈吉宁 in seed 000 shows 上海市委书记', async () => {
    const document = await openSeed(SEED_000);
    const text = await hoverAt(document, '陈吉宁');
    assert.match(text, /上海市委书记/, `hover was:\n${text}`);
    assert.match(text, /chén jí níng/i, `the card should give the pinyin; hover was:\n${text}`);
  });

  it('hover on 泽普县 shows its parent 喀什地区', async () => {
    const document = await openSeed(SEED_000);
    const text = await hoverAt(document, '泽普县');
    assert.match(text, /喀什地区/, `hover was:\n${text}`);
  });

  it('hover on 27日下午 shows the 27 August date and how it was resolved', async () => {
    // Seed 000 never states its year, so the year stays unknown (XXXX); the month comes from 8月27日至28日.
    const document = await openSeed(SEED_000);
    const text = await hoverAt(document, '27日下午');
    assert.match(text, /8月27日/, `hover was:\n${text}`);
    assert.match(text, /-08-27\b/, `the normalised value; hover was:\n${text}`);
    assert.match(text, /8月27日至28日/, `how the month was resolved; hover was:\n${text}`);
  });

  it('hover on a date of seed 002 gives the year and the weekday', async () => {
    const document = await openSeed(SEED_002);
    const text = await hoverAt(document, '7月11日上午');
    assert.match(text, /2023-07-11/, `hover was:\n${text}`);
    // In the display language: 星期二 in Chinese, Tuesday in English.
    assert.match(text, vscode.env.language.startsWith('zh') ? /星期二/ : /Tuesday/, `11 July 2023 was a Tuesday; hover was:\n${text}`);
  });

  it("the outline of seed 002 lists the four other provinces' visits with their dates", async () => {
    const document = await openSeed(SEED_002);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const all = flattenSymbols(symbols ?? []);
    const visits: [string, RegExp][] = [
      ['广东', /2023-07-09–(2023-07-)?11/],
      ['浙江', /2023-07-18–(2023-07-)?19/],
      ['江苏', /2023-08-04–(2023-08-)?07/],
      ['湖南', /2023-08-15–(2023-08-)?17/],
    ];
    const listing = all.map((s) => `${s.name} | ${s.detail}`).join('\n');
    for (const [province, dates] of visits) {
      const visit = all.find((s) => s.kind === vscode.SymbolKind.Event && (s.name + s.detail).includes(province) && dates.test(s.detail));
      assert.ok(visit, `an event of ${province} dated ${dates} should be in the outline:\n${listing}`);
    }
  });

  it('semantic tokens mark 艾尔肯·吐尼亚孜 as one person', async () => {
    const document = await openSeed(SEED_000);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    assert.ok(legend && tokens, 'semantic tokens should be provided for a seed file');
    const decoded = decodeTokens(tokens, legend);
    const name = '艾尔肯·吐尼亚孜';
    const at = positionOf(document, name).translate(0, -1);
    const token = decoded.find((t) => t.line === at.line && t.character === at.character);
    assert.ok(token, `a token should start at ${name}`);
    assert.strictEqual(token.type, 'person');
    assert.strictEqual(token.length, name.length, 'the whole name, across the ·, is one token');
    assert.ok(token.modifiers.includes('official'), 'the chairman of the autonomous region is an official');
  });

  it('Find All References of 马兴瑞 finds mentions in both seeds', async () => {
    const seed002 = await openSeed(SEED_002);
    const document = await openSeed(SEED_000);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, '马兴瑞'));
    const files = new Set((locations ?? []).map((l) => l.uri.toString()));
    assert.ok(files.has(document.uri.toString()), 'mentions in seed 000');
    assert.ok(files.has(seed002.uri.toString()), 'mentions in seed 002');
    for (const location of locations ?? []) {
      const mentioned = (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
      assert.ok(mentioned.replace(/\s/g, '').includes('马兴瑞'), `a reference should be a mention of 马兴瑞, not "${mentioned}"`);
    }
    const inSeed000 = (locations ?? []).filter((l) => l.uri.toString() === document.uri.toString()).length;
    const expected = document.getText().split('马兴瑞').length - 1;
    assert.strictEqual(inSeed000, expected, 'every mention in seed 000');
  });

  it('Go to Definition on 陈吉宁 goes to the mention with his full title', async () => {
    const document = await openSeed(SEED_000);
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', document.uri, positionOf(document, '陈吉宁', 3));
    assert.ok(definitions && definitions.length === 1, 'one definition');
    const range = 'range' in definitions[0] ? definitions[0].range : definitions[0].targetRange;
    const before = document.getText(new vscode.Range(range.start.translate(0, -Math.min(range.start.character, 6)), range.start));
    assert.match(before, /上海市委书记$/, `the definition should follow the title, found after "${before}"`);
  });

  it('shows an inlay hint with the resolved date after 27日下午', async () => {
    const document = await openSeed(SEED_000);
    const full = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, full);
    const end = positionOf(document, '27日下午').translate(0, '27日下午'.length - 1);
    const hint = (hints ?? []).find((h) => h.position.isEqual(end));
    assert.ok(hint, 'a hint right after 27日下午');
    const label = typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
    assert.match(label, /8月27日|08-27|August 27/); // the year-unknown form follows the display language
  });

  it('gives mostly-Chinese plain text the features without changing its language', async () => {
    const chinese = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '8月28日上午，上海市委书记陈吉宁在喀什市出席座谈会并讲话。陈吉宁说，要把对口援疆工作做得更好。' });
    assert.strictEqual(chinese.languageId, 'plaintext');
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', chinese.uri, positionOf(chinese, '陈吉宁', 1)));
    assert.match(text, /上海市委书记/, `hover was:\n${text}`);

    const english = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'A note in English that quotes 陈吉宁 once. '.repeat(5) });
    const none = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', english.uri, positionOf(english, '陈吉宁')));
    assert.doesNotMatch(none, /上海|person|人物/, 'English text is not news');
  });

  it('re-analyses an edited document', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'zh-news', content: '本报讯 8月28日上午，上海市委书记陈吉宁出席座谈会。' });
    const editor = await vscode.window.showTextDocument(document);
    assert.match(await hoverAt(document, '陈吉宁'), /上海市委书记/);
    await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), '新疆维吾尔自治区党委书记马兴瑞出席。'));
    const text = await hoverAt(document, '马兴瑞');
    assert.match(text, /新疆维吾尔自治区党委书记/, `hover after the edit was:\n${text}`);
  });
});
