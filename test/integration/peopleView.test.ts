// Issue 13 in a real VS Code: six reports written for this test (test/fixtures/people) with one official in three
// posts over three years — the People view lists them, the change of post is marked, the filter finds by name,
// the hover gives the dated titles, and the exported table points at the names.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PeopleViewContents } from '../../src/peopleView/peopleView';
import { extensionApi, hoverAt, waitFor, workspaceUri, writeWorkspaceFile } from './testHelpers';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/people');
const FOLDER = 'people-reports';
const OFFICIAL = '林志远';

const filterPeople = (query: string) => vscode.commands.executeCommand<PeopleViewContents>('newsAnnotator.filterPeople', query);
const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');
const iconId = (item: vscode.TreeItem) => (item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : '');
const tooltip = (item: vscode.TreeItem) => (typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value ?? '');

describe('People view: officials across a folder of reports', function () {
  this.timeout(120_000);
  let hunan2021: vscode.TextDocument;

  before(async () => {
    const { documents } = await extensionApi();
    const uris: vscode.Uri[] = [];
    for (const name of fs.readdirSync(FIXTURES).sort()) uris.push(await writeWorkspaceFile(`${FOLDER}/${name}`, fs.readFileSync(path.join(FIXTURES, name))));
    hunan2021 = await vscode.workspace.openTextDocument(workspaceUri(`${FOLDER}/2021-hunan.txt`));
    await vscode.window.showTextDocument(hunan2021, { preview: false });
    await documents.getForDocument(hunan2021);
    await documents.workspaceIndex.ensureIndexed();
    // Files written after indexing began: index them now (a file watcher does this for the user's own saves).
    for (const uri of uris) await documents.workspaceIndex.refreshFile(uri.toString());
    await waitFor('the six dated reports of the official', async () => (await filterPeople(OFFICIAL)).people[0]?.titles.length === 6);
  });

  after(() => vscode.commands.executeCommand('newsAnnotator.clearPeopleFilter'));

  it('lists the official with the latest title and the number of reports, titles by date with their reports', async () => {
    const { people, message } = await filterPeople(OFFICIAL);
    assert.strictEqual(people.length, 1);
    const { item, titles } = people[0];
    assert.strictEqual(label(item), OFFICIAL);
    assert.match(String(item.description), /湖南省委书记 · 6 reports/);
    assert.deepStrictEqual(titles.map(label), [
      '2014-03-05 · 广东省委副书记', '2015-06-18 · 广东省委副书记', '2017-09-12 · 湖南省省长',
      '2020-01-08 · 中共湖南省委书记', '2021-04-20 · 湖南省委书记', 'no date · 湖南省委书记',
    ]);
    assert.deepStrictEqual(titles.map((t) => t.description), ['2014-guangdong.txt', '2015-guangdong.txt', '2017-hunan.txt', '2020-hunan.txt', '2021-hunan.txt', 'undated-village.txt']);
    assert.match(String(message), /^1 of \d+ people match “林志远”$/);
  });

  it('marks each change of post (icon and "new post"), not the same post written another way', async () => {
    const { titles } = (await filterPeople(OFFICIAL)).people[0];
    assert.deepStrictEqual(titles.map(iconId), ['circle-small', 'circle-small', 'arrow-swap', 'arrow-swap', 'circle-small', 'circle-small']);
    assert.match(tooltip(titles[2]), /^new post: 湖南省省长/);
    assert.match(tooltip(titles[3]), /^new post: 中共湖南省委书记/);
    assert.doesNotMatch(tooltip(titles[4]), /new post/, '湖南省委书记 is the post 中共湖南省委书记 began');
    assert.match(tooltip(titles[5]), /The report gives no date/);
  });

  it('finds people by name, by pinyin and by title; clearing shows everyone, officials first', async () => {
    assert.deepStrictEqual((await filterPeople('林志')).people.map((p) => label(p.item)), [OFFICIAL]);
    assert.ok((await filterPeople('linzhiyuan')).people.some((p) => label(p.item) === OFFICIAL));
    assert.ok((await filterPeople('株洲市委书记')).people.some((p) => label(p.item) === '马红梅'));
    const everyone = await vscode.commands.executeCommand<PeopleViewContents>('newsAnnotator.clearPeopleFilter');
    assert.strictEqual(everyone.message, undefined);
    const names = everyone.people.map((p) => label(p.item));
    assert.ok(names.includes(OFFICIAL) && names.includes('陈阿婆'));
    assert.ok(names.indexOf(OFFICIAL) < names.indexOf('陈阿婆'), 'officials before villagers');
    const byReports = await vscode.commands.executeCommand<PeopleViewContents>('newsAnnotator.sortPeopleByReports');
    assert.strictEqual(label(byReports.people[0].item), OFFICIAL, 'six reports: the most');
    await vscode.commands.executeCommand('newsAnnotator.sortPeopleByName');
  });

  it('clicking a title opens its report at the mention', async () => {
    const { titles } = (await filterPeople(OFFICIAL)).people[0];
    const command = titles[2].command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the 2017 report in an editor', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('2017-hunan.txt') && vscode.window.activeTextEditor);
    assert.strictEqual(editor.document.getText(editor.selection), OFFICIAL);
  });

  it('the hover gives the three dated posts, newest last, with "show all"', async () => {
    await vscode.window.showTextDocument(hunan2021);
    const hover = await waitFor('titles over time in the hover', async () => {
      const text = await hoverAt(hunan2021, OFFICIAL);
      return text.includes('Titles over time') && text;
    });
    const lines = hover.split('\n').filter((line) => line.startsWith('- '));
    const posts = lines.filter((line) => /^- \d{4} · /.test(line)).map((line) => line.replace(/ — .*$/, ''));
    assert.deepStrictEqual(posts, ['- 2014 · 广东省委副书记', '- 2017 · 湖南省省长', '- 2020 · 中共湖南省委书记']);
    assert.match(hover, /Titles over time \(3 posts\): \[show all\]\(command:newsAnnotator\.revealPerson/);
    const opened = await vscode.commands.executeCommand<PeopleViewContents>('newsAnnotator.revealPerson', OFFICIAL);
    assert.deepStrictEqual(opened.people.map((p) => label(p.item)), [OFFICIAL]);
  });

  it('exports the table: every row points at the name in its report; the undated report has empty dates', async () => {
    const target = workspaceUri('people-table.csv');
    const result = await vscode.commands.executeCommand<{ file: string; rows: number }>('newsAnnotator.exportPeopleTable', 'csv', target);
    assert.ok(result && result.rows > 0);
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(csv.startsWith('name,title,official,date,date_source,file,start,end\r\n'), 'header, no BOM');
    // The fixtures hold no commas, quotes or line breaks: plain splitting reads them.
    const rows = csv.trimEnd().split('\r\n').slice(1).map((line) => line.split(','));
    const ours = rows.filter((r) => r[5].startsWith(`${FOLDER}/`));
    assert.ok(ours.length >= 10);
    for (const [name, , , , , file, start, end] of ours) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(file)));
      assert.strictEqual(text.slice(Number(start), Number(end)), name, `${file}:${start}`);
    }
    assert.ok(ours.filter((r) => r[5].endsWith('undated-village.txt')).every((r) => r[3] === '' && r[4] === ''));
    const excel = workspaceUri('people-table-excel.csv');
    await vscode.commands.executeCommand('newsAnnotator.exportPeopleTable', 'excel', excel);
    assert.deepStrictEqual([...(await vscode.workspace.fs.readFile(excel)).slice(0, 3)], [0xef, 0xbb, 0xbf]);
  });
});
