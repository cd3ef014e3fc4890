import { strict as assert } from 'node:assert';
import { compareReports, type CompareInput } from '../../src/core/compare';
import { compareDates, lendYear } from '../../src/core/compare/eventDates';
import { rolesAgree } from '../../src/core/compare/roleDifferences';
import { figuresIn } from '../../src/core/compare/conflicts';
import type { Analysis, Entity, NewsEvent } from '../../src/core/types';
import { seedA, seedB } from './compareSeeds';

/** A hand-made analysis: entities are found by their first occurrence in the text. */
function analysis(text: string, people: [string, string?, string?][], places: string[], events: Omit<NewsEvent, 'start' | 'end'>[] = []): Analysis {
  const at = (s: string) => Math.max(0, text.indexOf(s));
  const entities: Entity[] = [
    ...people.map(([name, role, canonical]): Entity => ({ type: 'person', text: name, start: at(name), end: at(name) + name.length, role, canonical })),
    ...places.map((name): Entity => ({ type: 'place', text: name, start: at(name), end: at(name) + name.length })),
  ];
  return {
    referenceYear: null,
    entities,
    headings: [],
    events: events.map((e) => ({ ...e, start: at(e.label), end: at(e.label) + e.label.length })),
  };
}

const A: CompareInput = {
  text: seedA,
  analysis: analysis(seedA, [
    ['陈吉宁', '上海市委书记'], ['马兴瑞', '新疆维吾尔自治区党委书记、新疆生产建设兵团党委书记、第一政委'],
    ['朱芝松', '上海市领导'], ['李政', '上海市领导'], ['刘多', '上海市领导'],
    ['陈伟俊', '新疆维吾尔自治区领导'], ['哈丹·卡宾', '新疆维吾尔自治区领导'], ['习近平', '总书记'],
    ['聂壮', '喀什地委书记'], ['阿布里米提', undefined, '阿布里米提·艾海提'], ['阿布里米提·艾海提'],
  ], ['新疆维吾尔自治区', '喀什地区', '喀什市', '泽普县', '莎车县', '上海市'], [
    { label: '学习考察', date: 'XXXX-08-27/XXXX-08-28', participants: ['陈吉宁', '马兴瑞'], places: ['喀什地区'] },
    { label: '对口支援工作座谈会', date: 'XXXX-08-28', participants: ['陈吉宁', '马兴瑞', '朱芝松'], places: ['喀什市'] },
    { label: '泽普县长寿民俗文化村', date: 'XXXX-08-27', participants: ['陈吉宁', '马兴瑞'], places: ['泽普县'] },
  ]),
};

const B: CompareInput = {
  text: seedB,
  analysis: analysis(seedB, [
    ['陈吉宁', '上海市委书记'], ['黄坤明', '广东省委书记'], ['马兴瑞', '新疆维吾尔自治区党委书记'],
    ['朱芝松', '上海市委常委、浦东新区区委书记'], ['李政', '上海市委常委、市委秘书长'], ['刘多', '上海市副市长'],
    ['陈伟俊', '新疆维吾尔自治区党委常委、自治区常务副主席'], ['哈丹·卡宾', '新疆维吾尔自治区党委常委、秘书长'],
    ['习近平', '中共中央总书记、国家主席、中央军委主席'], ['余晖'],
  ], ['新疆维吾尔自治区', '喀什', '上海市', '乌鲁木齐'], [
    { label: '学习考察', date: '2023-08-27/2023-08-28', participants: ['陈吉宁'], places: ['喀什地区'] },
    { label: '对口支援工作座谈会', date: '2023-08-28', participants: ['陈吉宁', '马兴瑞'], places: [] },
    { label: '考察对接对口支援工作', date: '2023-07-09/2023-07-11', participants: ['黄坤明'], places: ['新疆'] },
  ]),
};

describe('compare: reports', () => {
  const result = compareReports(A, B);

  it('splits people by canonical name into both / only A / only B', () => {
    assert.deepEqual(result.persons.both, ['陈吉宁', '马兴瑞', '朱芝松', '李政', '刘多', '陈伟俊', '哈丹·卡宾', '习近平']);
    assert.deepEqual(result.persons.onlyA, ['聂壮', '阿布里米提·艾海提']);
    assert.deepEqual(result.persons.onlyB, ['黄坤明', '余晖']);
  });

  it('splits places', () => {
    assert.deepEqual(result.places.both, ['新疆维吾尔自治区', '上海市']);
    assert.deepEqual(result.places.onlyB, ['喀什', '乌鲁木齐']);
  });

  it('finds the five Shanghai and Xinjiang leaders described differently, and only them', () => {
    assert.deepEqual(result.roleDifferences, [
      { person: '朱芝松', a: '上海市领导', b: '上海市委常委、浦东新区区委书记' },
      { person: '李政', a: '上海市领导', b: '上海市委常委、市委秘书长' },
      { person: '刘多', a: '上海市领导', b: '上海市副市长' },
      { person: '陈伟俊', a: '新疆维吾尔自治区领导', b: '新疆维吾尔自治区党委常委、自治区常务副主席' },
      { person: '哈丹·卡宾', a: '新疆维吾尔自治区领导', b: '新疆维吾尔自治区党委常委、秘书长' },
    ]);
  });

  it('matches the 27–28 August visit and the 28 August forum, lending the year to 000', () => {
    const pairs = result.events.matched.map((m) => [m.a.label, m.a.date, m.a.yearInferred, m.b.label, m.b.date, m.b.yearInferred]);
    assert.deepEqual(pairs, [
      ['学习考察', '2023-08-27/2023-08-28', true, '学习考察', '2023-08-27/2023-08-28', undefined],
      ['对口支援工作座谈会', '2023-08-28', true, '对口支援工作座谈会', '2023-08-28', undefined],
    ]);
    assert.deepEqual(result.events.onlyA.map((e) => e.label), ['泽普县长寿民俗文化村']);
    assert.deepEqual(result.events.onlyB.map((e) => e.label), ['考察对接对口支援工作']);
  });

  it('does not mutate the input analyses', () => {
    assert.equal(A.analysis.events[0].date, 'XXXX-08-27/XXXX-08-28');
  });

  it('has no conflicts on the seeds, and the passages of the passage finder', () => {
    assert.deepEqual(result.conflicts, []);
    assert.equal(result.passages.length, 16);
  });

  /** One-event reports whose event spans the whole text. */
  function oneEventReport(text: string, date: string, place: string): CompareInput {
    const report = analysis(text, [['陈吉宁'], ['马兴瑞']], [place]);
    report.events = [{ label: '考察', date, participants: ['陈吉宁', '马兴瑞'], places: [place], start: 0, end: text.length }];
    return { text, analysis: report };
  }

  it('reports conflicting dates and figures of one matched event', () => {
    const a = oneEventReport('8月27日，陈吉宁、马兴瑞在喀什市考察，累计援建项目1500余个。', 'XXXX-08-27', '喀什市');
    const b = oneEventReport('8月26日，陈吉宁、马兴瑞在喀什市考察，累计援建项目1400个。', '2023-08-26', '喀什市');
    assert.deepEqual(compareReports(a, b).conflicts, [
      { what: '考察：日期', a: '2023-08-27', b: '2023-08-26' },
      { what: '考察：项目个', a: '1500余个', b: '1400个' },
    ]);
  });

  it('reports conflicting places of one matched event, but not 喀什地区 against 喀什市', () => {
    const a = oneEventReport('8月27日，陈吉宁、马兴瑞在喀什市考察。', '2023-08-27', '喀什市');
    assert.deepEqual(compareReports(a, oneEventReport('8月27日，陈吉宁、马兴瑞在和田市考察。', '2023-08-27', '和田市')).conflicts, [
      { what: '考察：地点', a: '喀什市', b: '和田市' },
    ]);
    assert.deepEqual(compareReports(a, oneEventReport('8月27日，陈吉宁、马兴瑞在喀什地区考察。', '2023-08-27', '喀什地区')).conflicts, []);
  });
});

describe('compare: dates, roles, figures', () => {
  it('compares dates with unknown years', () => {
    assert.equal(compareDates('XXXX-08-28', '2023-08-28'), 'same');
    assert.equal(compareDates('XXXX-08-27/XXXX-08-28', '2023-08-27/2023-08-28'), 'same');
    assert.equal(compareDates('2023-08-28', '2023-08-27/2023-08-28'), 'overlapping');
    assert.equal(compareDates('2023-08-26', '2023-08-28'), 'different');
    assert.equal(compareDates(null, '2023-08-28'), 'unknown');
    assert.equal(compareDates('2023-08', '2023-08-28'), 'different');
  });

  it('lends a year only where one is missing', () => {
    assert.equal(lendYear('XXXX-08-27/XXXX-08-28', '2023-08-27/2023-08-28'), '2023-08-27/2023-08-28');
    assert.equal(lendYear('2022-08-27', '2023-08-27'), null);
    assert.equal(lendYear('XXXX-08-27', 'XXXX-08-27'), null);
  });

  it('treats a shorter or fuller title chain as agreeing', () => {
    assert.ok(rolesAgree('新疆维吾尔自治区党委书记、新疆生产建设兵团党委书记、第一政委', '新疆维吾尔自治区党委书记'));
    assert.ok(rolesAgree('总书记', '中共中央总书记、国家主席、中央军委主席'));
    assert.ok(!rolesAgree('上海市领导', '上海市委常委、浦东新区区委书记'));
  });

  it('reads figures with their units', () => {
    assert.deepEqual(figuresIn('累计投入资金近1200亿元，30万锭').map((f) => [f.text, f.value]), [['1200亿元', 1200e8], ['30万锭', 30e4]]);
  });
});
