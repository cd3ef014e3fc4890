// Issue 13's figures: with 2,000 reports indexed, how long the People view takes to list its items (the index's
// summaries built, sorted, one tree item per person) and to answer a filter, each beside listing the same number
// of plain tree items in the same run (a ratio: the machine is shared). The tree provider runs under the bench's
// fake `vscode` module; the reports are hand-made analyses (no segmenter), their rows go through the real
// workspace index.
import { performance } from 'node:perf_hooks';
import type { Analysis, Entity } from '../src/core/types';
import { NewsDocumentModel } from '../src/documentModel/newsDocumentModel';
import { WorkspaceNewsIndex } from '../src/documentModel/workspaceNewsIndex';
import { PeopleIndex } from '../src/peopleView/peopleIndex';
import { installFakeVscode } from './vscodeFeatures';
import * as vscode from './vscodeFeatures/fakeVscode';

const REPORTS = 2000;
const PEOPLE_PER_REPORT = 12;
const ROUNDS = 5;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const GIVEN = '志远明华国平建军海峰振东红梅文辉晓光永新立伟春秋玉兰德胜金龙学成';
const PLACES = ['广东省', '湖南省', '浙江省', '四川省', '江苏省', '山东省', '河南省', '湖北省', '福建省', '云南省'];
const POSTS = ['委书记', '委副书记', '省长', '副省长', '委常委', '政协主席', '人大常委会主任'];

/** A deterministic pool of ~3,000 two- and three-character names. */
function namePool(): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < 3000; i++) {
    const surname = SURNAMES[i % SURNAMES.length];
    const a = GIVEN[(i * 7) % GIVEN.length];
    const b = GIVEN[(i * 13 + 5) % GIVEN.length];
    names.push(i % 3 === 0 ? `${surname}${a}` : `${surname}${a}${b}`);
  }
  return [...new Set(names)];
}

function reportAnalysis(report: number, names: string[]): { analysis: Analysis; pinyin: Record<string, string> } {
  const year = 2010 + (report % 14);
  const entities: Entity[] = [{ type: 'date', start: 0, end: 11, text: `${year}年3月5日`, value: `${year}-03-05`, resolvedBy: 'explicit' }];
  const pinyin: Record<string, string> = {};
  for (let k = 0; k < PEOPLE_PER_REPORT; k++) {
    const name = names[(report * 31 + k * 97) % names.length];
    const start = 20 + k * 40;
    const official = k % 4 !== 3;
    const role = official ? `${PLACES[(report + k) % PLACES.length]}${POSTS[(report * 3 + k) % POSTS.length]}` : '村民';
    entities.push({ type: 'person', start, end: start + name.length, text: name, canonical: name, role, roleStatedHere: true, official });
    pinyin[name] = `pin${(report * 31 + k * 97) % names.length} yin`;
  }
  return { analysis: { referenceYear: year, entities, events: [], headings: [] }, pinyin };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (ms: number) => Number(ms.toFixed(2));

function timed(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

export async function benchPeopleView(): Promise<Record<string, string | number>> {
  installFakeVscode();
  const { PeopleTreeProvider } = await import('../src/peopleView/peopleTreeProvider');
  const names = namePool();
  const modelOf = (i: number, variant = 0) => {
    const { analysis, pinyin } = reportAnalysis(i + variant, names);
    return new NewsDocumentModel(`file:///reports/${String(i).padStart(4, '0')}.txt`, 1 + variant, '', analysis, { pinyin, placeChains: {} });
  };
  const models = Array.from({ length: REPORTS }, (_, i) => modelOf(i));
  const noFiles = { listNewsFiles: async () => [], readNewsText: async () => undefined };
  const workspace = new WorkspaceNewsIndex(noFiles, undefined as never, () => ({}), () => models);
  const state = { order: 'name' as 'name' | 'reports', filter: '' };
  const openView = () => {
    const people = new PeopleIndex(workspace);
    const provider = new PeopleTreeProvider(people, () => state);
    return { people, provider, list: () => provider.getChildren().map((node) => provider.getTreeItem(node)) };
  };

  // Cold: the first listing after indexing also takes each report's rows out of its analysis.
  const cold = timed(() => openView().list());
  const { people, provider, list } = openView();
  const itemCount = list().length;
  const labels = provider.roots().map((p) => p.name);
  const plainItems = () => labels.map((label) => {
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = label;
    return item;
  });
  const openRuns: number[] = [];
  const editRuns: number[] = [];
  const plainRuns: number[] = [];
  const filterRuns: number[] = [];
  const plainFilterRuns: number[] = [];
  let filtered = 0;
  for (let round = 0; round < ROUNDS; round++) {
    state.filter = '';
    // Opening the view on an indexed workspace: every person summarised, sorted, listed.
    openRuns.push(timed(() => openView().list()));
    // After an edit: one report re-analysed, the view refreshed.
    models[round] = modelOf(round, round + 1);
    people.invalidate();
    editRuns.push(timed(list));
    plainRuns.push(timed(plainItems));
    state.filter = SURNAMES[round];
    filterRuns.push(timed(() => (filtered = list().length)));
    plainFilterRuns.push(timed(() => labels.filter((l) => l.includes(SURNAMES[round])).map((label) => new vscode.TreeItem(label))));
  }
  const open = median(openRuns);
  const edit = median(editRuns);
  const plain = median(plainRuns);
  const filter = median(filterRuns);
  const plainFilter = median(plainFilterRuns);
  people.dispose();
  workspace.dispose();
  return {
    'people.reports': REPORTS,
    'people.items (people listed)': itemCount,
    'people.viewFirstListingMs (rows taken from 2,000 analyses)': round(cold),
    'people.viewOpenMs (median, everyone summarised)': round(open),
    'people.viewAfterEditMs (median, one report changed)': round(edit),
    'people.plainItemsMs (same number of plain TreeItems)': round(plain),
    'people.viewOpenToPlainRatio': round(open / Math.max(plain, 0.01)),
    'people.viewAfterEditToPlainRatio': round(edit / Math.max(plain, 0.01)),
    'people.filterMs (median, one surname)': round(filter),
    'people.filteredItems (last round)': filtered,
    'people.plainFilterMs (substring over plain labels)': round(plainFilter),
    'people.filterToPlainRatio': round(filter / Math.max(plainFilter, 0.01)),
    'people.targets': 'view ≤ 300 ms, filter ≤ 100 ms',
  };
}
