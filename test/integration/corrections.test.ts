// Corrections that persist, in a real VS Code: commands write .vscode/news-annotator.json, every open
// news file is re-analysed with it, a malformed file is said once and the built-in recognition keeps working.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { FIRST_ANALYSIS_TIMEOUT, hoverAt, offsetOf, openSeed, SEED_000, SEED_002, semanticTokens, waitFor } from './testHelpers';


interface State {
  file: string | undefined;
  problems: { path: string; message: string }[];
  usable: boolean;
  warningsShown: number;
  corrections: { persons?: { name: string }[]; notEntities?: string[]; titles?: { name: string; title: string }[] };
}

const state = () => vscode.commands.executeCommand<State>('newsAnnotator.correctionsState');

/** The semantic token type at the first occurrence of `needle` (undefined: no token there). */
async function tokenTypeAt(document: vscode.TextDocument, needle: string): Promise<string | undefined> {
  const target = document.positionAt(offsetOf(document, needle));
  const token = (await semanticTokens(document)).find((t) => t.line === target.line && t.character <= target.character && target.character < t.character + t.length);
  return token?.type;
}

function correctionsUri(): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.vscode/news-annotator.json');
}

/** The file as JSON (its // comment lines dropped). */
async function readCorrections(): Promise<Record<string, unknown>> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(correctionsUri()));
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''));
}

async function writeByHand(text: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(correctionsUri(), '..'));
  await vscode.workspace.fs.writeFile(correctionsUri(), new TextEncoder().encode(text));
}

async function removeCorrections(): Promise<void> {
  await vscode.workspace.fs.delete(correctionsUri()).then(undefined, () => undefined);
  await waitFor('the corrections to be gone', async () => {
    const s = await state();
    return Object.keys(s.corrections).length === 1 && s.problems.length === 0;
  });
}

describe('corrections that persist', function () {
  this.timeout(FIRST_ANALYSIS_TIMEOUT);
  let seed000: vscode.TextDocument;
  /** Warnings shown before this suite (tests that ran earlier, e.g. badInputs, may have shown one). */
  let warningsBefore = 0;
  let seed002: vscode.TextDocument;

  before(async () => {
    seed002 = await openSeed(SEED_002);
    seed000 = await openSeed(SEED_000);
    assert.match(await hoverAt(seed000, '陈吉宁'), /上海市委书记/, 'the first analysis is ready');
    warningsBefore = (await state()).warningsShown;
    // A hand-written file with a key of the user's own, which every write must keep.
    await writeByHand('{\n  // my beat\n  "version": 1,\n  "myNotes": ["kept"]\n}\n');
    await waitFor('the hand-written file to be read', async () => (await state()).file !== undefined);
  });

  after(removeCorrections);

  it('Mark as person: the text becomes a person in both open seed files, and the file is written and valid', async () => {
    assert.strictEqual(await tokenTypeAt(seed000, '援疆干部'), undefined, '援疆干部 is no entity before');
    const start = offsetOf(seed000, '援疆干部');
    const outcome = await vscode.commands.executeCommand<{ ok: boolean; text: string }>('newsAnnotator.markAsPerson', seed000.uri.toString(), start, start + '援疆干部'.length);
    assert.deepStrictEqual(outcome, { ok: true, text: '援疆干部' });
    for (const document of [seed000, seed002]) {
      assert.strictEqual(await tokenTypeAt(document, '援疆干部'), 'person', `semantic token in ${document.uri.path}`);
      assert.match(await hoverAt(document, '援疆干部'), /援疆干部.*(person|人物)/, `hover in ${document.uri.path}`);
    }
    const file = await readCorrections();
    assert.deepStrictEqual(file.persons, [{ name: '援疆干部' }]);
    assert.deepStrictEqual(file.myNotes, ['kept'], 'unknown keys survive the write');
    const s = await state();
    assert.deepStrictEqual(s.problems, []);
    assert.strictEqual(s.warningsShown, warningsBefore);
  });

  it('Set title…: the title replaces the reports\' one for every mention, in both files', async () => {
    const start = offsetOf(seed002, '陈吉宁');
    const outcome = await vscode.commands.executeCommand<{ ok: boolean }>('newsAnnotator.setTitle', seed002.uri.toString(), start, start, '中共中央政治局委员、上海市委书记');
    assert.ok(outcome.ok);
    for (const document of [seed000, seed002]) assert.match(await hoverAt(document, '陈吉宁'), /中共中央政治局委员、上海市委书记/);
  });

  it('Not an entity: the text is no longer recognised anywhere', async () => {
    assert.strictEqual(await tokenTypeAt(seed002, '党中央'), 'organization');
    const start = offsetOf(seed002, '党中央');
    const outcome = await vscode.commands.executeCommand<{ ok: boolean }>('newsAnnotator.notAnEntity', seed002.uri.toString(), start, start);
    assert.ok(outcome.ok, 'the cursor on an entity is enough');
    for (const document of [seed000, seed002]) {
      assert.strictEqual(await tokenTypeAt(document, '党中央'), undefined);
      assert.strictEqual(await hoverAt(document, '党中央'), '');
    }
    assert.deepStrictEqual((await state()).corrections.notEntities, ['党中央']);
  });

  it('offers the corrections as quick fixes on a selection and on an entity', async () => {
    const start = offsetOf(seed000, '援疆干部');
    const range = new vscode.Range(seed000.positionAt(start), seed000.positionAt(start + 4));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', seed000.uri, range);
    const titles = actions.map((a) => a.title);
    for (const expected of ['Mark 「援疆干部」 as person', 'Mark 「援疆干部」 as place', 'Mark 「援疆干部」 as organisation', 'Set title of 「援疆干部」…']) {
      assert.ok(titles.some((t) => t === expected || t.includes('援疆干部')), `expected ${expected} among ${titles.join(' | ')}`);
    }
    const onPerson = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', seed000.uri, new vscode.Range(seed000.positionAt(offsetOf(seed000, '马兴瑞') + 1), seed000.positionAt(offsetOf(seed000, '马兴瑞') + 1)));
    const personTitles = onPerson.map((a) => a.title);
    assert.ok(personTitles.some((t) => t.includes('马兴瑞') && /not an entity|不是实体/i.test(t)), personTitles.join(' | '));
    assert.ok(!personTitles.some((t) => /as person$/.test(t)), 'a person is not offered "Mark as person"');
  });

  it('places of one\'s own beat, written by hand: recognised, with their chain up to the province in the hover', async () => {
    await writeByHand('{"version": 1, "places": [{"name": "援疆干部", "kind": "村", "parent": "泽普县"}]}');
    await waitFor('the hand edit to apply', async () => (await tokenTypeAt(seed002, '援疆干部')) === 'place' || undefined);
    const hover = await hoverAt(seed000, '援疆干部');
    assert.match(hover, /援疆干部.*村/);
    assert.match(hover, /援疆干部 → 泽普县 → 喀什地区 → 新疆维吾尔自治区/, hover);
  });

  it('a malformed file: one warning, its valid entries still apply, and the built-in recognition keeps working', async () => {
    const before = (await state()).warningsShown;
    await writeByHand('{"version": 1, "persons": [{"name": 5}, {"name": "援疆干部"}], "notEntities": "党中央"}');
    // Waits for the file's final content: a watcher may fire between the write's truncate and its data.
    const expectedPaths = JSON.stringify(['$.persons[0].name', '$.notEntities']);
    const s = await waitFor(`the problems ${expectedPaths} to be seen`, async () => {
      const current = await state();
      return JSON.stringify(current.problems.map((p) => p.path)) === expectedPaths ? current : undefined;
    });
    assert.strictEqual(s.warningsShown, before + 1, 'one warning');
    await writeByHand('{"version": 1, "persons": [{"name": 6}, {"name": "援疆干部"}], "notEntities": "党中央"}');
    await waitFor('the second version to be read', async () => /6/.test((await state()).problems[0]?.message ?? '') || undefined);
    assert.strictEqual((await state()).warningsShown, before + 1, 'not repeated while the file stays malformed');
    // Valid entries apply; the broken notEntities does not, so 党中央 is back; built-in recognition as ever.
    await waitFor('党中央 to be back', async () => (await tokenTypeAt(seed002, '党中央')) === 'organization' || undefined);
    assert.strictEqual(await tokenTypeAt(seed000, '援疆干部'), 'person');
    assert.match(await hoverAt(seed000, '陈吉宁'), /上海市委书记/);
    // Syntax errors: nothing of the file applies, features still work, and commands refuse to overwrite it.
    await writeByHand('{"version": 1, "persons": [');
    await waitFor('援疆干部 to be plain text again', async () => (await tokenTypeAt(seed000, '援疆干部')) === undefined || undefined);
    assert.match(await hoverAt(seed000, '陈吉宁'), /上海市委书记/);
    const start = offsetOf(seed000, '援疆干部');
    const refused = await vscode.commands.executeCommand<{ ok: boolean }>('newsAnnotator.markAsPlace', seed000.uri.toString(), start, start + 4);
    assert.strictEqual(refused.ok, false);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(correctionsUri())), '{"version": 1, "persons": [', 'the file is left as it is');
    assert.strictEqual((await state()).warningsShown, before + 1);
  });
});
