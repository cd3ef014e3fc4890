// Issue 13's figures: with 2,000 reports indexed, how long the People view takes to list its items and to answer a
// filter, beside the same number of plain tree items (bench/peopleViewTiming.ts). Here the tree provider runs under
// the bench's fake `vscode` module over hand-made analyses (no segmenter) going through the real workspace index; the
// scale test records the same figures in the real extension host over 2,000 indexed files (bench/hostScale.json).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Entity } from '../src/core/types';
import { NewsDocumentModel } from '../src/documentModel/newsDocumentModel';
import { WorkspaceNewsIndex } from '../src/documentModel/workspaceNewsIndex';
import type { PeopleViewTimes } from './peopleViewTiming';
import { median } from './stats';
import { installFakeVscode } from './vscodeFeatures';

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

export async function benchPeopleView(): Promise<Record<string, string | number>> {
  installFakeVscode();
  const { timePeopleView, openPeopleView, round2, timed } = await import('./peopleViewTiming');
  const names = namePool();
  const modelOf = (i: number, variant = 0) => {
    const { analysis, pinyin } = reportAnalysis(i + variant, names);
    return new NewsDocumentModel(`file:///reports/${String(i).padStart(4, '0')}.txt`, 1 + variant, '', analysis, { pinyin, placeChains: {} });
  };
  const models = Array.from({ length: REPORTS }, (_, i) => modelOf(i));
  const noFiles = { listNewsFiles: async () => [], readNewsText: async () => undefined };
  const workspace = new WorkspaceNewsIndex(noFiles, undefined as never, () => ({}), () => models);
  // Here every report is an open document, so the first listing also takes each one's rows out of its analysis
  // (in the extension the analysis worker does that while indexing: see the host figures in the scale section).
  const times = timePeopleView(workspace, [...SURNAMES.slice(0, ROUNDS)]);
  // After an edit: one report re-analysed, the open view refreshed.
  const view = openPeopleView(workspace);
  view.list();
  const edits: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    models[round] = modelOf(round, round + 1);
    view.people.invalidate();
    edits.push(timed(view.list));
  }
  view.people.dispose();
  workspace.dispose();
  const edit = median(edits);
  return {
    'people.reports': REPORTS,
    'people.items (people listed)': times.items,
    'people.viewFirstListingMs (rows taken from 2,000 analyses)': times.firstListingMs,
    'people.viewOpenMs (median, everyone summarised)': times.openMs,
    'people.viewAfterEditMs (median, one report changed)': round2(edit),
    'people.plainItemsMs (same number of plain TreeItems)': times.plainItemsMs,
    'people.viewOpenToPlainRatio': round2(times.openMs / Math.max(times.plainItemsMs, 0.01)),
    'people.viewAfterEditToPlainRatio': round2(edit / Math.max(times.plainItemsMs, 0.01)),
    'people.filterMs (median, one surname)': times.filterMs,
    'people.filteredItems (last round)': times.filteredItems,
    'people.plainFilterMs (substring over plain labels)': times.plainFilterMs,
    'people.filterToPlainRatio': round2(times.filterMs / Math.max(times.plainFilterMs, 0.01)),
    'people.targets': 'view ≤ 300 ms, filter ≤ 100 ms',
    ...hostPeopleView(),
  };
}

/** The same figures from the real extension host over 2,000 indexed files, as test/integration/scale.test.ts recorded them. */
function hostPeopleView(): Record<string, string | number> {
  const path = join(__dirname, '..', '..', 'bench', 'hostScale.json');
  const recorded = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { files?: number; recorded?: string; peopleView?: PeopleViewTimes & { focusCommandMs: number } }) : {};
  const host = recorded.peopleView;
  if (!host) return { 'people.host': 'not recorded (NEWS_ANNOTATOR_SCALE_FILES=2000 node test/vscode/runInCodeServer.mjs --grep "scale:")' };
  const ratio = (a: number, b: number) => `${(a / Math.max(b, 0.01)).toFixed(1)}×`;
  return {
    [`people.host (real extension host, ${recorded.files} indexed files, recorded ${recorded.recorded})`]: `${host.items} people listed`,
    'people.host.viewFirstListingMs (after indexing: rows from the worker summaries)': `${host.firstListingMs} ms (target ≤ 300 ms)`,
    'people.host.viewOpenMs / plain TreeItems': `${host.openMs} ms / ${host.plainItemsMs} ms = ${ratio(host.openMs, host.plainItemsMs)}`,
    'people.host.filterMs / plain filter': `${host.filterMs} ms / ${host.plainFilterMs} ms = ${ratio(host.filterMs, host.plainFilterMs)} (target ≤ 100 ms)`,
    'people.host.focusCommandMs (the view shown in the side bar)': `${host.focusCommandMs} ms`,
  };
}
