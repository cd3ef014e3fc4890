/** Issue 13's core: person–title–date rows, one post in two forms, changes of post, the researchers' table. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText, type Analysis, type Entity } from '../../src/core';
import type { ReferenceKind } from '../../src/core/dates/dateTypes';
import {
  filterPeople, peopleCsv, peopleJsonl, personTitleRows, plainPinyin, postKey, postsOverTime, reportDateOf, samePost,
  sortPeople, summarizePeople, PEOPLE_TABLE_COLUMNS, type PersonTitleRow,
} from '../../src/core/officials';
import { peopleRows, runPeople } from '../../src/cli/peopleCommand';
import { UsageError } from '../../src/cli/args';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';
import { NewsDocumentModel } from '../../src/documentModel/newsDocumentModel';
import type { FilePeople } from '../../src/documentModel/workspaceNewsIndex';
import { PeopleIndex } from '../../src/peopleView/peopleIndex';
import { buildHoverCard } from '../../src/languageFeatures/hoverCard';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'people');

const person = (start: number, text: string, extra: Partial<Entity> = {}): Entity => ({ type: 'person', start, end: start + text.length, text, canonical: text, ...extra });
const date = (start: number, value: string): Entity => ({ type: 'date', start, end: start + 4, text: '某日', value });
const analysis = (entities: Entity[], referenceYear: number | null = null): Analysis => ({ referenceYear, entities, events: [], headings: [] });

function row(name: string, title: string, day: string, file: string, official = true): PersonTitleRow {
  return { name, title, official, date: day, dateSource: day ? 'first-date' : '', file, start: 0, end: name.length };
}

/** RFC 4180 reader for the round trip (quoted fields may hold commas, quotes and line breaks). */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      i++;
    } else field += c;
  }
  assert.equal(field + fields.join(''), '', 'every record ends with CRLF');
  return records;
}

async function runCli(args: string[]): Promise<string> {
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = ((chunk: string) => {
    out += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    assert.equal(await runPeople(args), 0);
  } finally {
    process.stdout.write = write;
  }
  return out;
}

describe('officials: posts', () => {
  it('takes 中共上海市委书记 and 上海市委书记 for one post, other posts for others', () => {
    assert.ok(samePost('上海市委书记', '中共上海市委书记'));
    assert.ok(samePost('中共浙江省委员会书记', '浙江省委书记'));
    assert.ok(samePost('西藏自治区党委书记', '中共西藏自治区委员会书记'));
    assert.ok(!samePost('上海市委书记', '上海市委副书记'));
    assert.ok(!samePost('江苏省省长', '江苏省委书记'));
    assert.equal(postKey('中共'), '中共', 'a prefix alone is not dropped to nothing');
  });
});

describe('officials: rows of one report', () => {
  it('gives each person one row per title stated, at the mention stating it, dated by the report', () => {
    const rows = personTitleRows(analysis([
      date(0, '2019-05-04'),
      person(10, '王明', { role: '江苏省省长', official: true }),
      person(20, '王明', { role: '江苏省省长', roleStatedHere: false, official: true }),
      person(30, '王明', { role: '江苏省委副书记', official: true }),
      person(40, '李华', { official: false }),
    ], 2019), 'a.txt');
    assert.deepEqual(rows.map((r) => [r.name, r.title, r.official, r.date, r.dateSource, r.start]), [
      ['王明', '江苏省省长', true, '2019-05-04', 'first-date', 10],
      ['王明', '江苏省委副书记', true, '2019-05-04', 'first-date', 30],
      ['李华', '', false, '2019-05-04', 'first-date', 40],
    ]);
  });

  it('dates a report by the day it speaks from (dateline, file name, …) before any date it mentions', function () {
    this.timeout(30000); // loads the segmenter
    const withReference = (kind: ReferenceKind, day?: number): Analysis => ({
      ...analysis([date(0, '2024-01-01')], 2024),
      reference: { reference: { kind, from: 'x', year: 2024, month: 6, day }, overridden: [], rejected: [] },
    });
    assert.deepEqual(reportDateOf(withReference('fileName', 28)), { date: '2024-06-28', source: 'reference-date' });
    assert.deepEqual(reportDateOf(withReference('dateline', 28)), { date: '2024-06-28', source: 'reference-date' });
    // A date the report talks about, or a month without its day, is no day it speaks from.
    assert.deepEqual(reportDateOf(withReference('yearInText', 28)), { date: '2024-01-01', source: 'first-date' });
    assert.deepEqual(reportDateOf(withReference('fileName')), { date: '2024-01-01', source: 'first-date' });
    const dir = mkdtempSync(join(tmpdir(), 'people-'));
    const file = join(dir, '20240628-01.txt');
    writeFileSync(file, '会议决定任命李卫东为江城市副市长。');
    assert.deepEqual(peopleRows([file], () => undefined).map((r) => [r.name, r.date, r.dateSource]), [['李卫东', '2024-06-28', 'reference-date']]);
  });

  it('dates a report by its first full date in its reference year, else by that year, else leaves the date empty', () => {
    assert.deepEqual(reportDateOf(analysis([date(0, '1949-10-01'), date(9, '2021-07-01/2021-07-02')], 2021)), { date: '2021-07-01', source: 'first-date' });
    assert.deepEqual(reportDateOf(analysis([date(0, 'XXXX-07-01')], 2021)), { date: '2021', source: 'reference-year' });
    assert.deepEqual(reportDateOf(analysis([date(0, '2021-07')], null)), { date: '', source: '' });
    const undated = personTitleRows(analysis([person(3, '王明', { role: '省长', official: true })]), 'b.txt');
    assert.equal(undated.length, 1, 'a report with no date keeps its rows');
    assert.equal(undated[0].date, '');
  });
});

describe('officials: people across reports', () => {
  const rows = [
    row('林志远', '湖南省省长', '2017-09-12', 'c.txt'),
    row('林志远', '广东省委副书记', '2014-03-05', 'a.txt'),
    row('林志远', '广东省委副书记', '2015-06-18', 'b.txt'),
    row('林志远', '中共湖南省委书记', '2020-01-08', 'd.txt'),
    row('林志远', '湖南省委书记', '2021-04-20', 'e.txt'),
    row('林志远', '湖南省委书记', '', 'f.txt'),
    row('陈阿婆', '村民', '2014-03-05', 'a.txt', false),
    row('何振东', '副省长', '2017-09-12', 'c.txt'),
  ];
  const people = summarizePeople(rows);
  const official = people.get('林志远')!;

  it('orders the titles earliest first, undated last, and marks each change of post once', () => {
    assert.deepEqual(official.timeline.map((r) => [r.date, r.title, r.newPost]), [
      ['2014-03-05', '广东省委副书记', false],
      ['2015-06-18', '广东省委副书记', false],
      ['2017-09-12', '湖南省省长', true],
      ['2020-01-08', '中共湖南省委书记', true],
      ['2021-04-20', '湖南省委书记', false],
      ['', '湖南省委书记', false],
    ]);
    assert.equal(official.latestTitle, '湖南省委书记');
    assert.equal(official.reports, 6);
    assert.equal(official.posts, 3);
    assert.deepEqual(postsOverTime(official).map((r) => r.title), ['广东省委副书记', '湖南省省长', '中共湖南省委书记']);
  });

  it('does not call two titles of one day a change of post', () => {
    const same = summarizePeople([row('甲', '省长', '2020-01-01', 'a'), row('甲', '省委副书记', '2020-01-01', 'a')]).get('甲')!;
    assert.deepEqual(same.timeline.map((r) => r.newPost), [false, false]);
  });

  it('sorts officials first, then by pinyin or by number of reports; filters by name, pinyin or title', () => {
    const pinyin: Record<string, string> = { 林志远: 'lín zhì yuǎn', 陈阿婆: 'chén ā pó', 何振东: 'hé zhèn dōng' };
    const key = (name: string) => plainPinyin(pinyin[name] ?? name);
    const all = [...people.values()];
    assert.deepEqual(sortPeople(all, 'name', key).map((p) => p.name), ['何振东', '林志远', '陈阿婆']);
    assert.deepEqual(sortPeople(all, 'reports', key).map((p) => p.name), ['林志远', '何振东', '陈阿婆']);
    assert.deepEqual(filterPeople(all, '林', key).map((p) => p.name), ['林志远']);
    assert.deepEqual(filterPeople(all, 'LinZhi', key).map((p) => p.name), ['林志远']);
    assert.deepEqual(filterPeople(all, '副省长', key).map((p) => p.name), ['何振东']);
    assert.equal(filterPeople(all, '  ', key).length, 3);
  });

  it('gives the latest title, reports, posts and titles without ordering, as the ordered timeline would', () => {
    const titles = ['省委书记', '中共省委书记', '省长', '副省长', ''];
    fc.assert(fc.property(fc.array(fc.record({
      title: fc.constantFrom(...titles), day: fc.constantFrom('', '2014', '2014-03-05', '2017-09-12', '2020'),
      file: fc.constantFrom('a.txt', 'b.txt', 'c.txt'), official: fc.boolean(),
    }), { minLength: 1, maxLength: 12 }), (drawn) => {
      const summary = summarizePeople(drawn.map((d) => row('林志远', d.title, d.day, d.file, d.official))).get('林志远')!;
      const titled = summary.timeline.filter((r) => r.title);
      const latest = titled.filter((r) => r.date).pop() ?? titled[titled.length - 1];
      assert.equal(summary.latestTitle, latest?.title ?? '');
      assert.equal(summary.reports, new Set(drawn.map((d) => d.file)).size);
      assert.equal(summary.posts, new Set(titled.map((r) => r.post)).size);
      assert.deepEqual([...summary.titles].sort(), [...new Set(titled.map((r) => r.title))].sort());
      assert.equal(summary.official, drawn.some((d) => d.official));
    }), { seed: 13, numRuns: 300 });
  });

  it('keeps a person in 1,000 reports of one post to one post', () => {
    const many = Array.from({ length: 1000 }, (_, i) => row('周', i % 2 ? '中共上海市委书记' : '上海市委书记', `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, `${i}.txt`));
    const summary = summarizePeople(many).get('周')!;
    assert.equal(summary.reports, 1000);
    assert.equal(postsOverTime(summary).length, 1);
    assert.ok(summary.timeline.every((r) => !r.newPost));
  });
});

describe('officials: the table', () => {
  const tricky = row('王"明', '书记,主任\n兼职', '2020', 'dir/a b,c.txt');

  it('writes RFC 4180 CSV with a header, quoting what needs it, and a BOM only for Excel', () => {
    const csv = peopleCsv([tricky]);
    assert.ok(csv.startsWith('name,title,official,date,date_source,file,start,end\r\n'));
    assert.ok(!csv.startsWith('\uFEFF'));
    assert.deepEqual(readCsv(csv), [[...PEOPLE_TABLE_COLUMNS], ['王"明', '书记,主任\n兼职', 'true', '2020', 'first-date', 'dir/a b,c.txt', '0', '3']]);
    assert.ok(peopleCsv([tricky], { excel: true }).startsWith('\uFEFFname,'));
  });

  it('writes JSON lines with the same columns', () => {
    const [line] = peopleJsonl([tricky]).trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(Object.keys(line), [...PEOPLE_TABLE_COLUMNS]);
    assert.equal(line.title, '书记,主任\n兼职');
  });
});

describe('officials: news-annotator people (real analyser)', function () {
  this.timeout(60000);

  it('round-trips: every row points at the name in its file; the undated report keeps empty dates', async () => {
    const [header, ...records] = readCsv(await runCli([FIXTURES]));
    assert.deepEqual(header, [...PEOPLE_TABLE_COLUMNS]);
    assert.ok(records.length >= 8);
    for (const [name, , , , , file, start, end] of records) {
      assert.equal(readFileSync(file, 'utf8').slice(Number(start), Number(end)), name, `${file}:${start}`);
    }
    const titles = records.filter((r) => r[0] === '林志远').map((r) => `${r[3]} ${r[1]}`);
    assert.deepEqual(titles.slice(0, 5), ['2014-03-05 广东省委副书记', '2015-06-18 广东省委副书记', '2017-09-12 湖南省省长', '2020-01-08 中共湖南省委书记', '2021-04-20 湖南省委书记']);
    const undated = records.filter((r) => r[5].endsWith('undated-village.txt'));
    assert.ok(undated.length > 0 && undated.every((r) => r[3] === '' && r[4] === ''));
  });

  it('writes JSON lines and refuses --jsonl with --excel or no reports', async () => {
    const lines = (await runCli([join(FIXTURES, '2017-hunan.txt'), '--jsonl'])).trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.ok(lines.some((l) => l.name === '林志远' && l.title === '湖南省省长' && l.date === '2017-09-12'));
    assert.throws(() => runPeople([FIXTURES, '--jsonl', '--excel']), UsageError);
    assert.throws(() => runPeople([join(FIXTURES, 'missing')]), /no such file/);
  });

  it('reads the rows of a text written here the same way as the analysis', () => {
    const text = '2022年5月6日 来源：本报\n\n浙江省委书记王明和省长李华出席会议。';
    const rows = personTitleRows(analyzeText(text, loadSegmenter().segmenter), 'x.txt');
    for (const r of rows) assert.equal(text.slice(r.start, r.end), r.name);
    assert.ok(rows.some((r) => r.name === '王明' && r.title === '浙江省委书记' && r.date === '2022-05-06'));
  });
});

describe('officials: titles over time in the hover', () => {
  const text = '省长王明出席。';
  const model = new NewsDocumentModel('file:///r/now.txt', 1, text, analysis([person(2, '王明', { role: '省长', official: true })]));
  const card = (rows: PersonTitleRow[]) => {
    const people = summarizePeople(rows);
    return buildHoverCard(model, 3, { mentionsElsewhere: () => undefined, language: 'en', people: { generation: rows.length, person: (name) => people.get(name) } })!.markdown;
  };
  const postLines = (markdown: string) => markdown.split('\n').filter((line) => /^- (\d{4}|no date) · /.test(line));

  it('lists each post once, dated, newest last, with "show all"', () => {
    const markdown = card([row('王明', '江苏省委副书记', '2014-01-02', 'file:///r/a.txt'), row('王明', '江苏省省长', '2018-03-04', 'file:///r/b.txt'), row('王明', '省长', '2019-01-01', 'file:///r/now.txt')]);
    assert.deepEqual(postLines(markdown).map((l) => l.replace(/ — .*/, '')), ['- 2014 · 江苏省委副书记', '- 2018 · 江苏省省长', '- 2019 · 省长']);
    assert.match(markdown, /Titles over time \(3 posts\): \[show all\]\(command:newsAnnotator\.revealPerson\?/);
  });

  it('says nothing over time when the reports give one post', () => {
    assert.doesNotMatch(card([row('王明', '省长', '2019-01-01', 'file:///r/now.txt'), row('王明', '省长', '2020-01-01', 'file:///r/b.txt')]), /Titles over time/);
  });

  it('stays at five lines for a person in 1,000 reports with a post in each', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => row('王明', `第${i}号职务`, `${1000 + i}-01-01`, `file:///r/${i}.txt`));
    const lines = postLines(card(rows));
    assert.equal(lines.length, 5);
    assert.match(lines[4], /^- 1999 · 第999号职务/, 'the newest last');
  });
});

describe('officials: the People index follows the workspace index', () => {
  it('re-summarises only what changed, and forgets removed files', () => {
    let files: FilePeople[] = [
      { uri: 'a', rows: [row('王明', '江苏省委副书记', '2014-01-02', 'a'), row('李华', '村民', '2014-01-02', 'a', false)], pinyin: { 王明: 'wáng míng' } },
      { uri: 'b', rows: [row('王明', '江苏省省长', '2018-03-04', 'b')], pinyin: {} },
    ];
    const index = new PeopleIndex({ peopleByFile: () => files, isReady: true, ensureIndexed: async () => undefined });
    assert.deepEqual(index.list('name').map((p) => p.name), ['王明', '李华']);
    assert.equal(index.person('王明')!.latestTitle, '江苏省省长');
    assert.equal(index.sortKey('王明'), 'wangming');
    const unchanged = index.person('李华');

    files = [files[0], { uri: 'b', rows: [row('王明', '浙江省省长', '2019-03-04', 'b')], pinyin: {} }];
    index.invalidate();
    assert.equal(index.person('王明')!.latestTitle, '浙江省省长');
    assert.equal(index.person('李华'), unchanged, 'people of unchanged files keep their summary');

    files = [files[1]];
    index.invalidate();
    assert.deepEqual(index.list('reports').map((p) => p.name), ['王明']);
    assert.equal(index.person('李华'), undefined);
    assert.deepEqual(index.rows().map((r) => r.file), ['b']);
  });
});
