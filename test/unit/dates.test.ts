import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { detectReference, recognizeDates, spanValue, type DateMention, type ReferenceDate } from '../../src/core/dates';
import { GROWTH, LINEAR_BOUND, growthRatio } from './timing';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');
const readSeed = (name: string): string => readFileSync(join(SEEDS, name), 'utf8');

/** A reference date of a year only, as the setting or --reference-date may give it. */
const yearOnly = (year: number | null): ReferenceDate | null => (year === null ? null : { kind: 'referenceDate', from: String(year), year });
const referenceOf = (text: string, referenceDate?: string) => detectReference(text, { referenceDate }).reference;

/** [mention text, ISO value (an open span as 2010/.. or ../2010: its value and `open`), resolvedBy (exact string or pattern; omitted = not checked)] */
type Gold = [string, string, (string | RegExp)?];

/**
 * Asserts that `recognizeDates` finds exactly the gold mentions, in order. Expected spans are the
 * gold texts located in document order (each searched from the end of the previous one).
 */
function assertDates(text: string, reference: number | ReferenceDate | null, gold: Gold[]): DateMention[] {
  const mentions = recognizeDates(text, typeof reference === 'number' ? yearOnly(reference) : reference);
  let from = 0;
  const expected = gold.map(([goldText, value]) => {
    const start = text.indexOf(goldText, from);
    assert.ok(start >= 0, `gold text ${goldText} not found in input`);
    from = start + goldText.length;
    return { start, end: from, text: goldText, value };
  });
  const actual = mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, value: spanValue(m) }));
  assert.deepEqual(actual, expected);
  gold.forEach(([, , resolvedBy], i) => {
    if (resolvedBy === undefined) return;
    if (typeof resolvedBy === 'string') assert.equal(mentions[i].resolvedBy, resolvedBy, `resolvedBy of ${mentions[i].text}`);
    else assert.match(mentions[i].resolvedBy, resolvedBy, `resolvedBy of ${mentions[i].text}`);
  });
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  return mentions;
}

describe('dates: seed 000 (解放日报, 陈吉宁 in 喀什)', () => {
  const text = readSeed('000_deca428bdd7aab90.txt');

  it('has no year of its own', () => {
    assert.deepEqual(detectReference(text), { reference: null, overridden: [], rejected: [] });
  });

  it('finds every date with exact spans; years unknown', () => {
    assertDates(text, null, [
      ['8月27日至28日', 'XXXX-08-27/XXXX-08-28', 'year unknown'],
      ['8月28日上午', 'XXXX-08-28', 'year unknown'],
      ['8月27日至28日', 'XXXX-08-27/XXXX-08-28'],
      ['2010年以来', '2010/..', 'explicit'],
      ['27日下午', 'XXXX-08-27', 'from earlier date 8月27日至28日'],
      ['8月27日至28日', 'XXXX-08-27/XXXX-08-28'],
    ]);
  });

  it('the first span is at the known offset', () => {
    const [first] = recognizeDates(text, null);
    assert.equal(first.start, 205);
    assert.equal(first.end, 214);
  });

  it('uses --reference-date when the document has no year', () => {
    const ref = referenceOf(text, '2023-09-01');
    assert.deepEqual(ref, { kind: 'referenceDate', from: '2023-09-01', year: 2023, month: 9, day: 1 });
    assertDates(text, ref, [
      ['8月27日至28日', '2023-08-27/2023-08-28', 'from reference date 2023-09-01'],
      ['8月28日上午', '2023-08-28'],
      ['8月27日至28日', '2023-08-27/2023-08-28'],
      ['2010年以来', '2010/..', 'explicit'],
      ['27日下午', '2023-08-27', 'from earlier date 8月27日至28日'],
      ['8月27日至28日', '2023-08-27/2023-08-28'],
    ]);
  });
});

describe('dates: weeks apart, event years, a headline\'s coming date', () => {
  const valuesAt = (text: string, referenceDate: string) => recognizeDates(text, referenceOf(text, referenceDate)).map((m) => `${m.text}=${m.value}`);

  it('reads 两周前 as two weeks before the reference day and 一周后 as a week after the last date', () => {
    assert.deepEqual(valuesAt('两周前，全会在北京召开。3月7日，公司股票被抛售。一周后，总经理引咎辞职。', '2024-07-29'), ['两周前=2024-07-15', '3月7日=2024-03-07', '一周后=2024-03-14']);
  });

  it('reads two years joined by a dash with no 年 before a name as the span of years (2016-2020国家发展规划, １９９７—１９９８财政年度), not a count or a code', () => {
    const values = (text: string) => recognizeDates(text, null).map((m) => `${m.text}=${m.value}`);
    assert.deepEqual(values('与科特迪瓦2016-2020国家发展规划对接。'), ['2016-2020=2016/2020']);
    assert.deepEqual(values('日本许诺对印尼１９９７—１９９８财政年度的经济援助。'), ['１９９７—１９９８=1997/1998']);
    assert.deepEqual(values('编号2016-2020名单。电话010-2016-2020。'), []);
  });

  it('reads a bare day said to be still to come (将于19日闭幕) in the reference month, or the next for an earlier day; a later day not so said is last month\'s', () => {
    assert.deepEqual(valuesAt('博览会15日开幕，为期5天，将于19日闭幕。', '2013-09-15'), ['15日=2013-09-15', '19日=2013-09-19']);
    assert.deepEqual(valuesAt('大会将于3日闭幕。', '2013-12-28'), ['3日=2014-01-03']);
    // A day agreed or decided on is one to come too (同意于, 决定于); 今年|代表 is this year's deputies, not 年代.
    assert.deepEqual(valuesAt('朝方同意于9日在板门店举行会谈。今年代表提出的建议已全部办理。', '2018-01-05'), ['9日=2018-01-09', '今年=2018']);
    assert.deepEqual(valuesAt('大会27日闭幕。', '2013-01-03'), ['27日=2012-12-27']);
    // The sentence goes on in the future after the day: still to come, so this month's; not after a speech verb.
    assert.deepEqual(valuesAt('15号，腾布部落将为他举行安葬仪式。', '2013-12-10'), ['15号=2013-12-15']);
    // A day with 号 is believed opening its sentence, after the time zone it is told in too (当地时间29号，).
    assert.deepEqual(valuesAt('各位观众。当地时间29号，贾庆林出席开幕式。', '2012-01-30'), ['29号=2012-01-29']);
    assert.deepEqual(valuesAt('27日，他表示，中方将为此举行会议。', '2013-01-03'), ['27日=2012-12-27']);
  });

  it('reads 2023 of 2023两岸企业家峰会 as the year, not 2023 of 2023名代表 (a count) nor a number running into a code', () => {
    const values = (text: string) => recognizeDates(text, null).map((m) => `${m.text}=${m.value}`);
    assert.deepEqual(values('2023两岸企业家峰会年会在南京举行。'), ['2023=2023']);
    assert.deepEqual(values('刘云山会见2016“一带一路”媒体合作论坛外方代表。'), ['2016=2016']);
    assert.deepEqual(values('2023名代表出席大会。'), []);
    assert.deepEqual(values('编号12023中国大会'), []);
  });

  it('gives the body\'s month-less days no month of its own (a headline\'s …9月10日至13日举行, then …会议27日举行: the reference month\'s 27th)', () => {
    const text = '主任会议决定省人大常委会第十一次会议9月10日至13日举行\n省人大常委会主任会议27日在长沙举行。会议决定，第十一次会议9月10日至13日举行。';
    assert.deepEqual(valuesAt(text, '2024-08-27'), ['9月10日至13日=2024-09-10/2024-09-13', '27日=2024-08-27', '9月10日至13日=2024-09-10/2024-09-13']);
  });
});

describe('dates: seed 002 (政知君, 省级党委书记赴疆)', () => {
  const text = readSeed('002_743d57c06baac69f.txt');
  const ref = referenceOf(text);
  const fromRef = /^from the year stated with 今年 in 今年5月/;

  it('takes 2023 from the 今年 sentence', () => {
    assert.deepEqual(ref, { kind: 'yearInText', from: '今年5月，新疆库车市召开2023年…', year: 2023 });
  });

  it('finds every date with exact spans and values', () => {
    assertDates(text, ref, [
      ['8月27日至28日', '2023-08-27/2023-08-28', fromRef],
      ['2014年5月28日至29日', '2014-05-28/2014-05-29', 'explicit'],
      ['2020年9月25日至26日', '2020-09-25/2020-09-26', 'explicit'],
      ['2010年', '2010', 'explicit'],
      ['2014年9月', '2014-09'],
      ['2015年9月', '2015-09'],
      ['2017年7月', '2017-07'],
      ['2019年7月', '2019-07'],
      ['2021年7月', '2021-07'],
      ['今年', '2023', fromRef],
      ['今年5月', '2023-05', fromRef],
      ['2023年', '2023', 'explicit'],
      ['今年', '2023'],
      ['今年7月', '2023-07'],
      ['今年', '2023'],
      ['8月26日', '2023-08-26', fromRef],
      ['8月27日至28日', '2023-08-27/2023-08-28'],
      ['8月28日上午', '2023-08-28'],
      ['7月9日至11日', '2023-07-09/2023-07-11'],
      ['7月11日上午', '2023-07-11'],
      ['7月18日至19日', '2023-07-18/2023-07-19'],
      ['7月18日下午', '2023-07-18'],
      ['8月4日至7日', '2023-08-04/2023-08-07'],
      ['8月7日上午', '2023-08-07'],
      ['8月15日至17日', '2023-08-15/2023-08-17'],
      ['8月15日上午', '2023-08-15'],
    ]);
  });

  it('without a reference year, dates without a year stay XXXX', () => {
    const values = recognizeDates(text, null).map((m) => m.value);
    assert.equal(values[0], 'XXXX-08-27/XXXX-08-28');
    assert.equal(values[1], '2014-05-28/2014-05-29');
  });
});

describe('dates: invented news snippets', () => {
  const cases: { name: string; text: string; ref: number | null; gold: Gold[] }[] = [
    { name: 'full date, 广东', text: '2023年8月29日，广东省委书记黄坤明在广州会见客人。', ref: null, gold: [['2023年8月29日', '2023-08-29', 'explicit']] },
    { name: 'Chinese-numeral date', text: '二〇二三年八月二十七日，会议在成都召开。', ref: null, gold: [['二〇二三年八月二十七日', '2023-08-27', 'explicit']] },
    { name: 'Chinese numerals with ○ and 零', text: '落款：二○二三年十二月三十一日；二零一九年', ref: null, gold: [['二○二三年十二月三十一日', '2023-12-31'], ['二零一九年', '2019']] },
    { name: 'National Day 1949', text: '一九四九年十月一日，中华人民共和国成立。', ref: null, gold: [['一九四九年十月一日', '1949-10-01']] },
    { name: 'numeric forms', text: '发布于2023-08-27，更新于2023.8.28，转载于2023/8/29。', ref: null, gold: [['2023-08-27', '2023-08-27'], ['2023.8.28', '2023-08-28'], ['2023/8/29', '2023-08-29']] },
    { name: 'full-width digits', text: '２０２３年８月２７日，江苏省委召开常委会。', ref: null, gold: [['２０２３年８月２７日', '2023-08-27']] },
    { name: 'range with em dash, 四川', text: '6月21日—23日，浙江省党政代表团赴四川考察。', ref: 2023, gold: [['6月21日—23日', '2023-06-21/2023-06-23']] },
    { name: 'range across months', text: '5月30日至6月2日，代表团在西藏考察。1日上午，座谈会在拉萨召开。', ref: 2023, gold: [['5月30日至6月2日', '2023-05-30/2023-06-02'], ['1日上午', '2023-06-01', 'from earlier date 5月30日至6月2日']] },
    { name: 'year-month range across years', text: '2019年12月至2020年1月，福建开展专项行动。', ref: null, gold: [['2019年12月至2020年1月', '2019-12/2020-01']] },
    { name: 'range across new year', text: '12月30日至1月2日，哈尔滨举办冰雪节。', ref: 2023, gold: [['12月30日至1月2日', '2023-12-30/2024-01-02']] },
    { name: 'shared-unit year range', text: '《云南省2021—2025年发展规划》', ref: null, gold: [['2021—2025年', '2021/2025']] },
    { name: 'shared-unit month range', text: '2023年5—6月，河北开展督查。', ref: null, gold: [['2023年5—6月', '2023-05/2023-06']] },
    { name: 'shared-unit day range', text: '8月27-28日，甘肃省委书记赴天津学习考察。', ref: 2023, gold: [['8月27-28日', '2023-08-27/2023-08-28']] },
    { name: 'ranges with 到 and ~', text: '9月1日到3日、10月8日~10日', ref: 2023, gold: [['9月1日到3日', '2023-09-01/2023-09-03'], ['10月8日~10日', '2023-10-08/2023-10-10']] },
    { name: 'times of day on both sides of a range', text: '8月27日上午至28日下午，会议在西宁举行。', ref: 2023, gold: [['8月27日上午至28日下午', '2023-08-27/2023-08-28']] },
    { name: '晚 and 晚会', text: '8月28日晚，山东省委召开会议；8月29日晚会在济南举行。', ref: 2023, gold: [['8月28日晚', '2023-08-28'], ['8月29日', '2023-08-29']] },
    { name: 'relative years', text: '去年，湖北GDP增长6%；明年3月将召开大会；前年的数据已公布。', ref: 2023, gold: [['去年', '2022', 'from reference date 2023'], ['明年3月', '2024-03'], ['前年', '2021']] },
    { name: 'relative years without reference', text: '今年7月，陕西召开会议。', ref: null, gold: [['今年7月', 'XXXX-07', 'year unknown']] },
    { name: 'open intervals', text: '今年以来，江西……2018年以前……自2024年1月1日起施行。', ref: 2023, gold: [['今年以来', '2023/..'], ['2018年以前', '../2018'], ['2024年1月1日起', '2024-01-01/..']] },
    { name: '至今 is open, not a range', text: '2012年至今，宁夏累计投入资金。', ref: null, gold: [['2012年至今', '2012/..']] },
    { name: 'periods of month and year', text: '9月上旬、10月下旬、2023年年底、今年初、2022年上半年。8月份', ref: 2023, gold: [['9月上旬', '2023-09-01/2023-09-10'], ['10月下旬', '2023-10-21/2023-10-31'], ['2023年年底', '2023-12'], ['今年初', '2023-01'], ['2022年上半年', '2022-01-01/2022-06-30'], ['8月份', '2023-08']] },
    { name: '初步 is not 年初', text: '2023年初步建成示范区', ref: null, gold: [['2023年', '2023']] },
    { name: 'the year\'s first or last month alone, not a habit nor 大年初一', text: '年底前完成改造。每年年底总结。比年初增长3%。大年初一，游客如织。', ref: 2009, gold: [['年底', '2009-12'], ['大年初一', '2009-01-26']] },
    { name: '至今年 is 至 before 今年', text: '去年8月至今年4月，共收到申请。', ref: 2009, gold: [['去年8月至今年4月', '2008-08/2009-04']] },
    { name: 'a wire day in Chinese numerals before a partner, a tense or after 于', text: '胡锦涛十四日与他举行会谈。李克强十六日将会见他。他此前于十二日抵京。一日千里。', ref: 2009, gold: [['十四日', '2009-XX-14', 'month unknown'], ['十六日', '2009-XX-16', 'month unknown'], ['十二日', '2009-XX-12', 'month unknown']] },
    { name: 'a radio report\'s 号 day before an act or its weekday, not a house', text: '出席9号在意大利举行的峰会，22号星期一下午开幕。他住在30号楼。', ref: 2009, gold: [['9号', '2009-XX-09', 'month unknown'], ['22号星期一下午', '2009-XX-22', 'month unknown']] },
    { name: 'a day of two or three Chinese numerals is a date unless a word before makes it a count; 在 before a shorter one', text: '香港十六日通报疑似病例。历时十五日的行程。他在十日不治。一日千里。', ref: 2009, gold: [['十六日', '2009-XX-16', 'month unknown'], ['十日', '2009-XX-10', 'month unknown']] },
    { name: 'a year\'s first months (今年前4个月), and 前4个月 alone where it opens a clause (not 在前4个月里)', text: '今年前4个月，出口增长。前4个月增长。他在前4个月里走访了村子。', ref: 2009, gold: [['今年前4个月', '2009-01-01/2009-04-30'], ['前4个月', '2009-01-01/2009-04-30']] },
    { name: 'two years named as one (今明两年, 明后年) and 上一年 after a year named', text: '今明两年将投资。预计明后年达到。1997年产值比上一年增长。', ref: 2009, gold: [['今明两年', '2009/2010'], ['明后年', '2010/2011'], ['1997年', '1997'], ['上一年', '1996', 'from earlier date 1997年']] },
    { name: 'a winter and the next spring named as one (今冬明春, 去冬今春)', text: '抓住今冬明春农闲时机。去冬今春旱情严重。', ref: 2016, gold: [['今冬明春', '2016/2017'], ['去冬今春', '2015/2016']] },
    { name: 'a 号 day a meeting after 的 is held on (15号的北约防长会议), not a house (30号的房子)', text: '他说，15号的北约防长会议很重要。他住在30号的房子里。', ref: 2017, gold: [['15号', '2017-XX-15', 'month unknown']] },
    { name: 'a 号 day before a departure or a journey (将在2号离开), not a house', text: '他将在2号离开哈瓦那返回委内瑞拉。他住在2号楼。', ref: 2013, gold: [['2号', '2013-XX-02', 'month unknown']] },
    { name: 'a day listed before a believed one (7号和9号召开), not house numbers', text: '总理7号和9号召开两次座谈会。他住在7号和9号楼。', ref: 2009, gold: [['7号', '2009-XX-07', 'month unknown'], ['9号', '2009-XX-09', 'month unknown']] },
    { name: 'a day and the next listed with their times of day, one span (5日下午和6日上午)', text: '各代表团3月5日下午和6日上午分组审议报告。', ref: 2024, gold: [['3月5日下午和6日上午', '2024-03-05/2024-03-06']] },
    { name: 'decade', text: '20世纪80年代和1980年代', ref: null, gold: [['20世纪80年代', '1980/1989'], ['1980年代', '1980/1989']] },
    { name: 'decades of the century before (上世纪五六十年代), of this one, and with no century (80年代: the latest begun)', text: '房屋建于上世纪五六十年代。本世纪20年代。80年代以来。二十年代', ref: 2011, gold: [['上世纪五六十年代', '1950/1969'], ['本世纪20年代', '2020/2029'], ['80年代', '1980/1989'], ['二十年代', '1920/1929']] },
    { name: 'a decade with no century and no reference year keeps the century unknown', text: '上世纪50年代', ref: null, gold: [['上世纪50年代', 'XX50/XX59', 'year unknown']] },
    { name: '年度', text: '2023年度援疆项目清单', ref: null, gold: [['2023年度', '2023']] },
    { name: '号 after a month', text: '8月27号上午，贵州省委召开会议。', ref: 2023, gold: [['8月27号上午', '2023-08-27']] },
    { name: 'Chinese month name', text: '十一月，广西举行活动；二十七日下午举行闭幕式。', ref: 2023, gold: [['十一月', '2023-11'], ['二十七日下午', '2023-11-27', 'from earlier date 十一月']] },
    { name: 'bare day with no month', text: '27日下午，座谈会召开。', ref: 2023, gold: [['27日下午', '2023-XX-27', 'month unknown']] },
    { name: 'Markdown and CRLF', text: '**7月9日至11日，广东省委书记率团赴疆。**\r\n\r\n7月11日上午，座谈会在喀什市召开。', ref: 2023, gold: [['7月9日至11日', '2023-07-09/2023-07-11'], ['7月11日上午', '2023-07-11']] },
    { name: 'Traditional Chinese', text: '2023年8月27日至28日，上海市委書記陳吉寧率代表團在新疆考察；8月28日晚間召開座談會。二〇二三年', ref: null, gold: [['2023年8月27日至28日', '2023-08-27/2023-08-28', 'explicit'], ['8月28日晚間', '2023-08-28'], ['二〇二三年', '2023']] },
    { name: 'Traditional 以來 and 後年', text: '2012年以來，香港與內地合作；後年將舉辦大會。', ref: 2023, gold: [['2012年以來', '2012/..'], ['後年', '2025']] },
    { name: 'mixed English', text: 'On 2023-08-27 (8月27日) the delegation arrived in Kashgar; G20 summit in 2023.', ref: 2023, gold: [['2023-08-27', '2023-08-27'], ['8月27日', '2023-08-27']] },
    { name: 'list of year-months', text: '分别是在2014年9月、2015年9月、2017年7月召开。', ref: null, gold: [['2014年9月', '2014-09'], ['2015年9月', '2015-09'], ['2017年7月', '2017-07']] },
    { name: 'explicit year in a range start carries to the end', text: '2020年9月25日至26日，第三次中央新疆工作座谈会召开。', ref: 2023, gold: [['2020年9月25日至26日', '2020-09-25/2020-09-26', 'explicit']] },
    { name: '2月30日 is not February 30', text: '2月30日', ref: 2023, gold: [['2月', '2023-02'], ['30日', '2023-XX-30', 'month unknown']] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assertDates(c.text, c.ref, c.gold);
    });
  }
});

describe('dates: an open span is valued by the date it names', () => {
  it('今年以来 is 2023 running on; 2018年以前 is 2018 up to it; a plain year is neither', () => {
    const [since, until, plain] = recognizeDates('今年以来，江西持续推进。2018年以前，这里是荒滩。2019年，大桥建成。', yearOnly(2023));
    assert.deepEqual([since.value, since.open], ['2023', 'after']);
    assert.deepEqual([until.value, until.open], ['2018', 'before']);
    assert.deepEqual([plain.value, plain.open], ['2019', undefined]);
  });
});

describe('dates: quantities and durations are not dates', () => {
  const negatives = [
    '93岁的村民', '(下转第5版)', '累计援建项目1500余个', '30万锭生产车间', '党的二十大', '“十四五”规划', '第十一批援疆工作',
    '19个援疆省市', '近1200亿元', '42个经济薄弱村', '第三次中央新疆工作座谈会', '“五个中心”', '十八大之后', '3年', '十年磨一剑',
    '三年来', '5年内', '时隔一年再次莅临', '8个月', '两个月内', '如今年轻人', '5000年文明', '3日游', '5日内完成', '一日千里',
    '第3年', '增长1.5年', '过去年份', '一年一度', '27号楼', '地铁3号线', 'COVID-19', '第5日', '2019-20赛季', '十二五期间', '2023',
  ];
  for (const text of negatives) {
    it(text, () => assert.deepEqual(recognizeDates(text, yearOnly(2023)), []));
  }
});

describe('dates: the reference date from the text', () => {
  it('a short dateline at the top wins over the option', () => {
    const text = '中央赋予的重任\n2023-08-29 10:15\n\n去年（2021年）以来……今年5月召开会议。';
    assert.deepEqual(referenceOf(text, '2020-01-01'), { kind: 'dateline', from: '2023-08-29', year: 2023, month: 8, day: 29 });
  });
  it('a 发布时间 line is a dateline', () => {
    const text = '# 标题\n发布时间：2022年3月5日 来源：四川日报\n今年5月，四川召开会议。';
    assert.deepEqual(referenceOf(text), { kind: 'dateline', from: '2022-03-05', year: 2022, month: 3, day: 5 });
  });
  it('a 去年 sentence with an explicit year', () => {
    const text = '标题\n\n去年（2022年）全省地区生产总值增长5%。今年将继续努力。';
    assert.deepEqual(referenceOf(text), { kind: 'yearInText', from: '去年（2022年…', year: 2023 });
  });
  it('falls back to the latest full date of the first lines', () => {
    const text = '2021年6月1日至2021年6月3日，青海省委召开全会，总结2021年5月以来的工作，并部署今后工作。\n正文';
    assert.deepEqual(referenceOf(text), { kind: 'firstLines', from: '2021-06-03', year: 2021, month: 6, day: 3 });
  });
  it('takes no period\'s start on a short line near the top for a dateline (…将自2023年4月1日起施行。): the file name dates the report', () => {
    const text = '某法实施座谈会\n全国人大常委会17日上午召开座谈会。\n委员长出席并讲话。\n某法于2022年10月通过，将自2023年4月1日起施行。\n会议结束。';
    const result = detectReference(text, { fileName: '20230217-01.txt' });
    assert.equal(result.reference?.kind, 'fileName');
    assert.deepEqual([result.reference?.year, result.reference?.month, result.reference?.day], [2023, 2, 17]);
  });
  it('falls back to the reference date, a year alone too, and rejects a malformed one', () => {
    assert.deepEqual(referenceOf('没有日期的文章。', '2023-09-01'), { kind: 'referenceDate', from: '2023-09-01', year: 2023, month: 9, day: 1 });
    assert.deepEqual(referenceOf('没有日期的文章。', '2023'), { kind: 'referenceDate', from: '2023', year: 2023 });
    assert.deepEqual(detectReference('没有日期的文章。', { referenceDate: 'yesterday' }), { reference: null, overridden: [], rejected: [{ kind: 'referenceDate', from: 'yesterday' }] });
    assert.equal(referenceOf('', undefined), null);
  });
  it('passes its source into the resolution', () => {
    const text = '2023-08-29 10:15\n8月27日，湖南省委书记赴疆。';
    const mentions = recognizeDates(text, referenceOf(text));
    assert.deepEqual(mentions[1].resolution, { kind: 'dateline', from: '2023-08-29' });
    assert.equal(mentions[1].resolvedBy, 'from dateline 2023-08-29');
  });
});

describe('dates: robustness', () => {
  it('empty and non-string input', () => {
    assert.deepEqual(recognizeDates('', yearOnly(2023)), []);
    assert.deepEqual(recognizeDates(undefined as unknown as string, yearOnly(2023)), []);
    assert.deepEqual(detectReference(null as unknown as string), { reference: null, overridden: [], rejected: [] });
  });

  it('lone surrogates do not shift offsets', () => {
    const text = '\uD8008月27日\uDC00至\uDBFF';
    assertDates(text, 2023, [['8月27日', '2023-08-27']]);
  });

  /**
   * Each function timed on its own, on a 5 MB single line and on a sixteenth of it: linear time is the ratio of
   * the two, which machine load moves far less than any absolute budget. No call may freeze for long either.
   */
  const linearTime = (name: string, text: string) =>
    it(`5 MB single line in linear time: ${name}`, function () {
      this.timeout(120_000);
      const inputs = new Map([[GROWTH, text], [1, text.slice(0, Math.ceil(text.length / GROWTH))]]);
      for (const [label, run] of [
        ['recognizeDates', (input: string) => recognizeDates(input, yearOnly(2023))],
        ['detectReference', (input: string) => detectReference(input)],
      ] as const) {
        const { ratio, smallMs, largeMs } = growthRatio((scale) => run(inputs.get(scale)!));
        assert.ok(ratio < LINEAR_BOUND, `${label}: ${smallMs.toFixed(0)} ms → ${largeMs.toFixed(0)} ms for ${GROWTH}× the text (ratio ${ratio.toFixed(2)})`);
      }
      for (const m of recognizeDates(text, yearOnly(2023)).slice(0, 50)) assert.equal(text.slice(m.start, m.end), m.text);
    });
  const fiveMB = (unit: string) => unit.repeat(Math.ceil(5_000_000 / unit.length));
  linearTime('news prose (357k dates)', fiveMB('8月27日至28日，上海市代表团在喀什考察，今年5月召开2023年会议，93岁老人。'));
  linearTime('digits', fiveMB('1'));
  linearTime('Chinese numerals', fiveMB('二'));
  linearTime('年年年', fiveMB('年'));
  linearTime('dashes between dates', fiveMB('2023年-'));
  linearTime('mixed English', fiveMB('On 2023-08-27 the G20 met; 8月27日 '));
  // 2.5 million mentions: the time goes into allocating the result, still linear.
  linearTime('今年今年 (2.5M dates)', fiveMB('今年'));

  it('never throws and always returns valid, ordered, non-overlapping spans (property)', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789２０年月日号至到—-~.今去明前后以来上午下旬初底代度十二〇○廿第个岁\r\n*，。 a\uD800\uDC00'.split(''),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.option(fc.integer({ min: 1900, max: 2099 })), (chars, ref) => {
        const text = chars.join('');
        const mentions = recognizeDates(text, yearOnly(ref));
        let last = 0;
        for (const m of mentions) {
          assert.ok(m.start >= last && m.end > m.start && m.end <= text.length);
          assert.equal(text.slice(m.start, m.end), m.text);
          assert.ok(m.value.length > 0 && m.resolvedBy.length > 0);
          last = m.end;
        }
        detectReference(text, { referenceDate: '2023-09-01', fileName: text });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dates: the reference date from where users keep it', () => {
  const text = '8月27日，江苏省委书记在南京调研。28日上午，座谈会召开。';
  const fromName = (fileName: string, body = text) => detectReference(body, { fileName });

  for (const [fileName, expected] of [
    ['20230324.txt', { year: 2023, month: 3, day: 24 }],
    ['news/2023-03-24-zhaoleji.md', { year: 2023, month: 3, day: 24 }],
    ['C:\\news\\2023_03_24.txt', { year: 2023, month: 3, day: 24 }],
    ['2023年3月24日 新闻联播.txt', { year: 2023, month: 3, day: 24 }],
    ['r09_2023_zhaoleji.txt', { year: 2023 }],
  ] as const) {
    it(`file name ${fileName}`, () => {
      const name = fileName.split(/[\\/]/).pop()!;
      assert.deepEqual(fromName(fileName).reference, { kind: 'fileName', from: name, ...expected });
    });
  }

  it('a lone number outside 1949–2100 or a longer digit run is no year', () => {
    assert.equal(fromName('report_1200.txt').reference, null);
    assert.equal(fromName('id_2023032401.txt').reference, null);
  });

  it('an impossible date in the file name is rejected, never thrown', () => {
    assert.deepEqual(fromName('20231345.txt'), { reference: null, overridden: [], rejected: [{ kind: 'fileName', from: '20231345.txt' }] });
  });

  it('front matter date: comes before the file name, and is no dateline', () => {
    const body = '---\ntitle: 调研\ndate: 2023-03-24\n---\n' + text;
    const result = detectReference(body, { fileName: '20230324.md' });
    assert.deepEqual(result.reference, { kind: 'frontMatter', from: '2023-03-24', year: 2023, month: 3, day: 24 });
    assert.deepEqual(result.overridden, []);
  });

  it('the text wins over the file name, which is kept as overridden', () => {
    const body = '发布时间：2022年5月6日\n' + text;
    const result = detectReference(body, { fileName: '20230324.txt' });
    assert.equal(result.reference?.kind, 'dateline');
    assert.deepEqual(result.overridden.map((r) => r.kind), ['fileName']);
  });

  it('a dateline outranks the file name; a date the report talks about does not', () => {
    const body = '3月2日出版的第5期《求是》杂志发表某某的文章。这是他2022年12月15日在一次会议上讲话的一部分。';
    const result = detectReference(body, { fileName: '20230302.txt' });
    assert.deepEqual(result.reference, { kind: 'fileName', from: '20230302.txt', year: 2023, month: 3, day: 2 });
    assert.deepEqual(result.overridden.map((r) => r.kind), ['firstLines']);
    assert.equal(detectReference(body).reference?.kind, 'firstLines', 'without a file name the body\'s date still serves');
  });

  it('a year from the text is completed by the file name\'s month and day', () => {
    const body = '今年是2023年，今年3月，浙江召开会议。' + text;
    assert.deepEqual(detectReference(body, { fileName: '20230324.txt' }).reference?.kind, 'fileName');
  });

  it('a bare day takes the file name\'s month; a later day the month before', () => {
    const ref = fromName('20230905.txt', '').reference;
    assertDates('3日下午，湖北召开会议。28日，会议闭幕。', ref, [['3日下午', '2023-09-03', 'from file name 20230905.txt'], ['28日', '2023-08-28']]);
  });

  it('a bare day right after the reference day is the coming one of its month (大会6日开幕 in a report of the 5th)', () => {
    const ref = fromName('20230905.txt', '').reference;
    assertDates('本次大会6日开幕。', ref, [['6日', '2023-09-06', 'from file name 20230905.txt']]);
  });

  it('a wire dateline gives the day, the file name its year; the paper\'s own date is kept as overridden', () => {
    const body = '市长会见客人\n新华社成都3月23日电（记者王明）市长张明今天在成都会见客人。昨天，客人抵达成都。';
    const result = detectReference(body, { fileName: 'paper20230324-01.txt' });
    assert.deepEqual(result.reference, { kind: 'dateline', from: '3月23日电', year: 2023, month: 3, day: 23 });
    assert.deepEqual(result.overridden.map((r) => r.kind), ['fileName']);
    assertDates(body, result.reference, [['3月23日', '2023-03-23'], ['今天', '2023-03-23', 'from dateline 3月23日电'], ['昨天', '2023-03-22', 'from dateline 3月23日电']]);
  });

  it('本报…讯 and Chinese numerals are wire datelines too; a December one in a January paper is last year\'s', () => {
    assert.deepEqual(fromName('20240102.txt', '本报西宁十二月三十一日讯 全省今天召开会议。').reference, { kind: 'dateline', from: '十二月三十一日讯', year: 2023, month: 12, day: 31 });
    assert.equal(fromName('20231230.txt', '据本报1月1日电 会议今天召开。').reference?.year, 2024);
  });

  it('a radio station\'s …消息 is a dateline too: its 今天 is that day, not the file\'s year alone', () => {
    const body = '主席将访问意大利\n中广网北京7月6日消息 据中国之声报道，主席今天上午抵达罗马。';
    const result = fromName('c09_2009_italy.txt', body);
    assert.deepEqual(result.reference, { kind: 'dateline', from: '7月6日消息', year: 2009, month: 7, day: 6 });
    assertDates(body, result.reference, [['7月6日', '2009-07-06'], ['今天上午', '2009-07-06', 'from dateline 7月6日消息']]);
  });

  it('a feature that closes with its dateline on a line of its own: 今天 and 昨天 count from it', () => {
    const body = '成都真热\n本报记者王明\n记者昨天还在北京，今天已到成都。\n６日下午，代表团抵达。\n（本报成都１月７日电）\n';
    const ref = fromName('pd20230108-05-003.txt', body).reference;
    assert.deepEqual(ref, { kind: 'dateline', from: '１月７日电', year: 2023, month: 1, day: 7 });
    assertDates(body, ref, [['昨天', '2023-01-06', 'from dateline １月７日电'], ['今天', '2023-01-07', 'from dateline １月７日电'], ['６日下午', '2023-01-06'], ['１月７日', '2023-01-07']]);
  });

  it('a month and day followed by 电 deep in the body is no dateline', () => {
    const body = '会议召开。\n\n\n\n\n第二段。\n第三段。\n第四段。\n第五段。\n第六段。\n新华社北京3月1日电，会议今天召开。';
    assert.equal(fromName('20230324.txt', body).reference?.kind, 'fileName');
  });

  it('12月 in a January broadcast is last year\'s', () => {
    assertDates('12月30日，福建召开会议。', fromName('20240105.txt', '').reference, [['12月30日', '2023-12-30']]);
  });

  it('the file name gives dates their year through analyse options too', () => {
    const ref = fromName('2023-03-24.txt').reference;
    assertDates(text, ref, [['8月27日', '2023-08-27'], ['28日上午', '2023-08-28', 'from earlier date 8月27日']]);
  });
});

describe('dates: relative days, times, weekdays, parts of months', () => {
  const ref: ReferenceDate = { kind: 'fileName', from: '20230828.txt', year: 2023, month: 8, day: 28 };
  const cases: { name: string; text: string; gold: Gold[] }[] = [
    { name: '今天 and 昨天 against the reference date', text: '今天，四川召开会议；昨天，代表团抵达成都。', gold: [['今天', '2023-08-28', 'from file name 20230828.txt'], ['昨天', '2023-08-27']] },
    { name: '今天（8月28日）下午 is one date', text: '今天（8月28日）下午，山西举行座谈会。', gold: [['今天（8月28日）下午', '2023-08-28']] },
    { name: '今天 in a paragraph of reported speech is the day the narrative last told', text: '当地时间8月26日下午，王强在曼谷会见新西兰总理。\n阿德恩表示，我赞赏王强主席今天上午发表的重要观点。\n阿德恩昨晚在会见时说，合作很重要。',
      gold: [['8月26日下午', '2023-08-26'], ['今天上午', '2023-08-26'], ['昨晚', '2023-08-27']] },
    { name: '昨天 and 今天 in words reported within a sentence are counted from the day the narrative last told; a later 当天 is that day', text: '8月25日下午，王强抵达成都。\n26日上午，王强来到街区考察。\n王强同大家一起观看表演，他对大家说，昨天我看了园区，今天又看了街区。\n当天下午，王强在德阳考察。',
      gold: [['8月25日下午', '2023-08-25'], ['26日上午', '2023-08-26'], ['昨天', '2023-08-25'], ['今天', '2023-08-26'], ['当天下午', '2023-08-26']] },
    { name: '昨天 in a paragraph of speech after a meeting\'s bare day counts from that day; a later 当天 is the meeting\'s', text: '市长王强26日会见客人。\n王强表示，昨天，省长同你举行了会谈。\n当天，客人还参观了园区。',
      gold: [['26日', '2023-08-26'], ['昨天', '2023-08-25'], ['当天', '2023-08-26']] },
    { name: 'an hour approached (临近10时，) is a clock time', text: '8月26日上午，临近10时，仪式开始。将近3点改为', gold: [['8月26日上午', '2023-08-26'], ['10时', '2023-08-26']] },
    { name: 'a time of day alone that opens a sentence (上午，) is on the day last told; not one inside a clause (上午和下午的)', text: '8月26日，省人大常委会会议在长沙闭幕。\n上午，会议听取了报告。分别主持上午和下午的全体会议。', gold: [['8月26日', '2023-08-26'], ['上午', '2023-08-26']] },
    { name: 'an hour of 时 alone that opens a sentence (10时，) is a clock time; 3点， is not', text: '8月26日上午，仪式开始。\n10时，王强前往主席台。3点，要加强领导。', gold: [['8月26日上午', '2023-08-26'], ['10时', '2023-08-26']] },
    { name: '即日起 from the day last named', text: '当地时间7月2日，节目开播。节目即日起在电视台播出。', gold: [['7月2日', '2023-07-02'], ['即日起', '2023-07-02/..']] },
    { name: '当天 and 次日 against the last date', text: '5月31日，代表团抵达拉萨。当天下午举行座谈；次日前往林芝。', gold: [['5月31日', '2023-05-31'], ['当天下午', '2023-05-31', 'from earlier date 5月31日'], ['次日', '2023-06-01']] },
    { name: 'a day a speaker says he will act on is no day a later 当天 means', text: '27日，王明会见了李华，李华表示将于30日回国。李华是当天早些时候抵达的。', gold: [['27日', '2023-08-27'], ['30日', '2023-08-30'], ['当天', '2023-08-27']] },
    { name: '同日 after a day', text: '9月2日，会议开幕。同日，展览揭幕。', gold: [['9月2日', '2023-09-02'], ['同日', '2023-09-02']] },
    { name: 'a bare day before the day of a date of an earlier month told goes on in the reference month (7月23日… 普京4日表示)', text: '禁化武组织称，7月23日样本已经提交。普京4日表示，希望理性的声音恢复。',
      gold: [['7月23日', '2023-07-23'], ['4日', '2023-08-04']] },
    { name: 'a bare day a future act opens is still to come (并将出席16号晚…开幕式)', text: '巴赫今天抵达南京，并将出席30号晚青奥会开幕式。',
      gold: [['今天', '2023-08-28'], ['30号晚', '2023-08-30']] },
    { name: '同一天 is the day the narrative told, not the day a message is about (就8月11日…袭击)', text: '13日，王强向总统致慰问电，就8月11日一座教堂遭遇袭击致以慰问。同一天，总理李华也致慰问电。',
      gold: [['13日', '2023-08-13'], ['8月11日', '2023-08-11'], ['同一天', '2023-08-13']] },
    { name: '号 for 日 with a time of day', text: '30号上午，云南省委召开会议。', gold: [['30号上午', '2023-07-30']] },
    { name: 'clock times', text: '8月20日上午9时30分，会议开始；下午3时，会议结束。', gold: [['8月20日上午9时30分', '2023-08-20'], ['下午3时', '2023-08-20']] },
    { name: 'a clock time alone, in full-width digits or with minutes, is on the last date; 三点 is none', text: '元旦清晨，大雪。９点钟，电话响了；10时30分，车队出发。他讲了三点意见。', gold: [['元旦清晨', '2024-01-01'], ['９点钟', '2024-01-01', 'from earlier date 元旦清晨'], ['10时30分', '2024-01-01']] },
    { name: 'Chinese-numeral month and day', text: '中新社成都六月十七日电 四川召开会议。', gold: [['六月十七日', '2023-06-17']] },
    { name: 'a Chinese-numeral day before an act', text: '中新社成都六月十七日电 省长李华十七日在成都会见客人。', gold: [['六月十七日', '2023-06-17'], ['十七日', '2023-06-17', 'from earlier date 六月十七日']] },
    { name: 'weekday that fits', text: '8月25日（星期五），会议召开。', gold: [['8月25日（星期五）', '2023-08-25']] },
    { name: '上旬, 下旬, 月初 and 月底 as ranges', text: '2月下旬、9月初、9月底', gold: [['2月下旬', '2023-02-21/2023-02-28'], ['9月初', '2023-09-01/2023-09-10'], ['9月底', '2023-09-21/2023-09-30']] },
    { name: 'a range ending in a part of a month (至9月底, 起到明年3月下旬) runs to that part\'s last day; a year start opens on its first day', text: '从4月1日至9月底，减免费用。2023年起到2024年3月下旬试行。',
      gold: [['4月1日至9月底', '2023-04-01/2023-09-30'], ['2023年起到2024年3月下旬', '2023-01-01/2024-03-31']] },
    { name: 'a range opening on a part of a month (2月底至5月, 3月中旬至4月底, 去年11月底至12月初) runs from that part\'s first day to the end\'s last', text: '今年2月底至5月开展检查。3月中旬至4月底试行。去年11月底至12月初访问美国。',
      gold: [['今年2月底至5月', '2023-02-21/2023-05-31'], ['3月中旬至4月底', '2023-03-11/2023-04-30'], ['去年11月底至12月初', '2022-11-21/2022-12-10']] },
    { name: '“五一” before a word of its holiday (假期, 期间, 小长假) is 1 May, not before any word', text: '推广“五一”假期防控做法，“五一”期间客流增加。五一广场人多。',
      gold: [['五一', '2023-05-01'], ['五一', '2023-05-01']] },
    { name: 'a range ending in a relative day (从昨晚到今天, 今天到明天) counts that day from the reference day, not a year alone', text: '从昨晚到今天，医疗队出发。今天到明天将有降雨。',
      gold: [['昨晚到今天', '2023-08-27/2023-08-28'], ['今天到明天', '2023-08-28/2023-08-29']] },
    { name: 'a year of the sexagenary cycle (庚子年, 甲辰龙年) is the last so named up to the coming year; 清明节 is a solar term\'s day; 甲午战争 is no year', text: '庚子年清明节，甲辰龙年春节，清明节，2008年清明节。甲午战争爆发。', gold: [['庚子年清明节', '2020-04-04'], ['甲辰龙年春节', '2024-02-10'], ['清明节', '2023-04-05'], ['2008年清明节', '2008-04-04']] },
    { name: 'holidays: stated year, else the nearest; lunar ones from the Chinese calendar', text: '2023年春节、元旦、春节、中秋节', gold: [['2023年春节', '2023-01-22'], ['元旦', '2024-01-01'], ['春节', '2024-02-10'], ['中秋节', '2023-09-29']] },
    { name: 'quarters with and without a year', text: '二季度经济回升，2022年第四季度', gold: [['二季度', '2023-04-01/2023-06-30'], ['2022年第四季度', '2022-10-01/2022-12-31']] },
    // 28 August 2023 was a Monday: its week runs to Sunday 3 September.
    {
      name: 'relative weeks (Monday to Sunday) against the reference date; a weekday after the week is that day, 末 its weekend',
      text: '本周，代表团抵达；上周三举行签约；下星期一开幕；上周末举行招商会。本周年会照常。',
      gold: [['本周', '2023-08-28/2023-09-03', 'from file name 20230828.txt'], ['上周三', '2023-08-23'], ['下星期一', '2023-09-04'], ['上周末', '2023-08-26/2023-08-27']],
    },
    {
      name: 'a year after an apostrophe (’９７) in the century nearest the reference; two consecutive months listed (２、３月份) are their span, two days apart are not',
      text: '’９７十大新闻评选揭晓，’２３—’２４赛季，决赛在２、３月份进行，5、8日两天',
      gold: [['’９７', '1997'], ['’２３—’２４', '2023/2024'], ['２、３月份', '2023-02/2023-03'], ['8日', '2023-08-08']],
    },
    { name: '这一天 is the last date', text: '9月1日是新学期开学的日子。这一天，省长王华来到学校。', gold: [['9月1日', '2023-09-01'], ['这一天', '2023-09-01', 'from earlier date 9月1日']] },
    {
      name: 'a relative day inside a quotation is not the day a later 这一天 of the narrative means',
      text: '9月1日上午，校长李明说：“新班子昨天公布。”这一天，王华来到学校。',
      gold: [['9月1日上午', '2023-09-01'], ['昨天', '2023-08-27'], ['这一天', '2023-09-01', 'from earlier date 9月1日上午']],
    },
    {
      name: 'a relative day inside a quotation counts from the day the narrative gave the words, when that day is recent',
      text: '8月26日上午，校长李明说：“新班子昨天公布。”\n2020年8月5日，学校建成。村民说：“今天很热。”',
      gold: [['8月26日上午', '2023-08-26'], ['昨天', '2023-08-25', 'from earlier date 8月26日上午'], ['2020年8月5日', '2020-08-05'], ['今天', '2023-08-28']],
    },
  ];
  for (const c of cases) it(c.name, () => void assertDates(c.text, ref, c.gold));

  it('a weekday that does not fit is reported, the date kept', () => {
    const [mention] = recognizeDates('8月25日（星期三），会议召开。', ref);
    assert.equal(mention.value, '2023-08-25');
    assert.equal(mention.weekdayMismatch, '星期三');
  });

  it('今天 with a reference of a year alone keeps the year', () => {
    assertDates('今天，河南召开会议。', 2022, [['今天', '2022-XX-XX', 'from reference date 2022']]);
  });

  it('lunar holidays: the month after a leap month (2020 had a leap fourth month), and 中秋 late in the year', () => {
    // Known days: 端午 2020 was 25 June (after 闰四月), 中秋 2020 1 October, 元宵 1998 11 February.
    assertDates('2020年端午节、2020年中秋节、1998年元宵节', ref, [['2020年端午节', '2020-06-25'], ['2020年中秋节', '2020-10-01'], ['1998年元宵节', '1998-02-11']]);
  });

  it('an hour alone is a clock time with 许, or with 整 before punctuation (20时整，); not 3点整改', () => {
    assertDates('8月28日晚，晚会在西宁举行。20时整，演出开始；９时许，观众离场。全市共有3点整改意见。', 2023, [['8月28日晚', '2023-08-28'], ['20时整', '2023-08-28'], ['９时许', '2023-08-28']]);
  });

  it('commemorations of a fixed day (烈士纪念日, 教师节) and lunar festivals (2020年重阳节) are dates', () => {
    assertDates('烈士纪念日前夕，教师节到来之际；2020年重阳节', 2022, [['烈士纪念日', '2022-09-30'], ['教师节', '2022-09-10'], ['2020年重阳节', '2020-10-25']]);
  });

  it('a holiday named as 佳节 is that holiday', () => {
    assertDates('2020年新春佳节、2020年中秋佳节', ref, [['2020年新春佳节', '2020-01-25'], ['2020年中秋佳节', '2020-10-01']]);
  });

  it('两天后 counts from the last date, 三天前 from the reference and is no day a later 当天 means; not after a happening', () => {
    const reference: ReferenceDate = { kind: 'referenceDate', from: '2009-07-05', year: 2009, month: 7, day: 5 };
    assertDates('他于6月28日抵港，两日后离港。3天后，他回到北京。', reference, [['6月28日', '2009-06-28'], ['两日后', '2009-06-30'], ['3天后', '2009-07-03']]);
    assertDates('他说，三天前撤离的小组将返回。当天，会议通过决议。', reference, [['三天前', '2009-07-02'], ['当天', '2009-07-05']]);
    assertDates('计划批准的两天后开始出口，选举21天前提名，劳累了一天之后休息。', reference, []);
  });

  it('a start written with 起 joined to its end by 至 is one range (即日起至12月31日, 3月1日起至今, …起至元宵节)', () => {
    const reference: ReferenceDate = { kind: 'referenceDate', from: '1998-01-23', year: 1998, month: 1, day: 23 };
    assertDates('活动即日起至12月31日举行。', reference, [['即日起至12月31日', '1998-01-23/1998-12-31']]);
    assertDates('今日起至元宵节，开展检查。', reference, [['今日起至元宵节', '1998-01-23/1998-02-11']]);
    assertDates('去年8月起至今年4月，开展活动。', reference, [['去年8月起至今年4月', '1997-08/1998-04']]);
  });

  it('相当天真 and 不可同日而语 are no dates', () => {
    assert.deepEqual(recognizeDates('他相当天真，两者不可同日而语。', ref), []);
  });
});

describe('dates: other outlets\' styles and relative words (snippets written for these tests)', () => {
  const ref: ReferenceDate = { kind: 'fileName', from: '20230612.txt', year: 2023, month: 6, day: 12 };
  const cases: { name: string; text: string; gold: Gold[] }[] = [
    { name: 'a Xinhua dateline and the day of the happening', text: '新华社北京3月5日电（记者王明）省长李华4日在成都会见客人。', gold: [['3月5日', '2023-03-05'], ['4日', '2023-03-04', 'from earlier date 3月5日']] },
    { name: 'after a date ahead in another month, a bare day soon to come is the reference month\'s', text: '新当选的代表将于7月24日投票。结果将于14日公布。', gold: [['7月24日', '2023-07-24'], ['14日', '2023-06-14']] },
    { name: 'after a date ahead in another month, a bare day already past is that month\'s', text: '代表团将于7月2日抵达。3日举行会谈。', gold: [['7月2日', '2023-07-02'], ['3日', '2023-07-03']] },
    { name: '上年 counts from the year the text last named, not from the reference year', text: '2021年全省税收增长，比上年增加三成；今年一季度比上年同期增长。', gold: [['2021年', '2021'], ['上年', '2020'], ['今年一季度', '2023-01-01/2023-03-31'], ['上年', '2022']] },
    { name: '大年初一 is the lunar new year; 中旬以来 is open from the 11th', text: '大年初一早晨，群众拜年。去年9月中旬以来，降雪不断。', gold: [['大年初一早晨', '2023-01-22'], ['去年9月中旬以来', '2022-09-11/..']] },
    { name: '中新网 dateline', text: '中新网6月11日电 据外交部网站消息，外交部长王强10日会见来宾。', gold: [['6月11日', '2023-06-11'], ['10日', '2023-06-10']] },
    { name: '本报讯 and 记者从…获悉 leave the words alone', text: '本报讯（记者李华）记者从省统计局获悉，今年一季度全省经济增长5%。', gold: [['今年一季度', '2023-01-01/2023-03-31']] },
    { name: '上月, 本月 and 下个月 count from the reference month', text: '上月，全省出口增长；本月起实行新规，下个月再评估。', gold: [['上月', '2023-05'], ['本月起', '2023-06/..'], ['下个月', '2023-07']] },
    { name: '上月下旬 and 本月初 are ranges of days', text: '上月下旬，张明到成都调研。本月初，李华到阿坝。', gold: [['上月下旬', '2023-05-21/2023-05-31'], ['本月初', '2023-06-01/2023-06-10']] },
    { name: '去年 and 前年 from the reference year', text: '去年同期增长3%，前年持平。', gold: [['去年', '2022'], ['前年', '2021']] },
    { name: '当晚 is the last date\'s evening', text: '12日下午，王强会见来宾。当晚，王强出席宴会。', gold: [['12日下午', '2023-06-12'], ['当晚', '2023-06-12', 'from earlier date 12日下午']] },
    { name: 'a bare day takes the reference month over a month named alone in what someone said', text: '王强表示，今年4月，总书记发表重要讲话。11日下午，王强在厦门座谈。', gold: [['今年4月', '2023-04'], ['11日下午', '2023-06-11']] },
    { name: 'a bare day after a full date takes that date\'s month', text: '5月9日至11日，代表团访问老挝。10日，代表团会见客人。', gold: [['5月9日至11日', '2023-05-09/2023-05-11'], ['10日', '2023-05-10']] },
    { name: '今晚 and 昨晚 count from the reference date; 《今晚报》 is a paper', text: '省长今晚会见客人，昨晚客人抵达。《今晚报》报道。', gold: [['今晚', '2023-06-12'], ['昨晚', '2023-06-11']] },
    { name: 'a bare day up to the reference day is not the day of last year\'s date told before it', text: '去年10月14日举行了市政选举。11日举行的选举结束后，结果将公布。', gold: [['去年10月14日', '2022-10-14'], ['11日', '2023-06-11']] },
    { name: '月底 and 月初 alone are this month\'s; 每月底 and the lunar 正月初三 are not', text: '月底将再次召开，月初已部署。每月底结算，正月初三拜年。', gold: [['月底', '2023-06-21/2023-06-30'], ['月初', '2023-06-01/2023-06-10']] },
    { name: 'an anniversary: 88年前的今天', text: '88年前的今天，卢沟桥事变爆发。', gold: [['88年前的今天', '1935-06-12']] },
    { name: 'the points a speaker announced (…三点希望：\\n一是…) go on with the speech: their 今天 is the day it was given', text: '6月11日下午，王强出席大会并讲话。\n王强强调，提出两点希望：\n一是今天的江城已经发生巨变。', gold: [['6月11日下午', '2023-06-11'], ['今天', '2023-06-11']] },
    { name: '两年前 counts two years back; 两日 stays two days', text: '两年前，代表团访问江城，停留两日。', gold: [['两年前', '2021']] },
    { name: 'a month written right after a date of another year is in that year (去年7月底8月初)', text: '去年7月底8月初，江城遭遇暴雨。', gold: [['去年7月底', '2022-07-21/2022-07-31'], ['8月初', '2022-08-01/2022-08-10']] },
    { name: 'a month listed later in the sentence of a past year\'s month is in that year, or the next one when it comes before; not in the next paragraph', text: '1980年2月，王强当选书记；同年3月兼任组长，4月任副总理。2019年11月动工，2月通车。\n5月，张明到江城。', gold: [['1980年2月', '1980-02'], ['同年3月', '1980-03'], ['4月', '1980-04'], ['2019年11月', '2019-11'], ['2月', '2020-02'], ['5月', '2023-05']] },
    { name: 'a month opening the next sentence of a past year\'s chronology goes on in that year', text: '1935年1月，在会议上，他拥护中央的领导。6月，他在两河口提出北上方针。1938年2月3日，部队登陆。2月5日，部队进城。', gold: [['1935年1月', '1935-01'], ['6月', '1935-06'], ['1938年2月3日', '1938-02-03'], ['2月5日', '1938-02-05']] },
    { name: 'a holiday told as an occasion ahead (劳动节到来之际) is no day a later time of day is on', text: '表彰大会11日上午在人民大会堂举行。在“五一”国际劳动节到来之际，王强致以节日问候。上午10时，大会开始。', gold: [['11日上午', '2023-06-11'], ['劳动节', '2023-05-01'], ['上午10时', '2023-06-11']] },
    { name: '10年前的这个时候 is the reference month that many years before', text: '10年前的这个时候，代表团访问江城。', gold: [['10年前的这个时候', '2013-06']] },
    { name: '30年前 alone is that many years before the reference year; 5000年前 and 10年前后 are none', text: '30年前，这里还是一片荒滩。5000年前已有先民居住，10年前后变化更大。', gold: [['30年前', '1993']] },
    { name: '登上月球 is no month', text: '宇航员登上月球。', gold: [] },
  ];
  for (const c of cases) it(c.name, () => void assertDates(c.text, ref, c.gold));

  it('上月 in a January broadcast is last December', () => {
    assertDates('上月，全省出口增长。', { kind: 'fileName', from: '20240110.txt', year: 2024, month: 1, day: 10 }, [['上月', '2023-12']]);
  });

  it('a year-less month well after a January broadcast is last year\'s; 去年12月 too', () => {
    assertDates('12月28日，省委召开常委会议。去年12月，张明到阿坝调研。', { kind: 'fileName', from: '20240110.txt', year: 2024, month: 1, day: 10 }, [['12月28日', '2023-12-28'], ['去年12月', '2023-12']]);
  });

  it('a date that opens a period in the first lines (将从…起施行) is not the report\'s date', () => {
    const reference = detectReference('学前教育法日前表决通过，将从2025年6月1日起施行。教育部今天（11月11日）召开新闻发布会。', { fileName: '20241111-10.txt' }).reference;
    assert.equal(reference?.kind, 'fileName');
    assert.equal(reference?.year, 2024);
  });

  it('新的一年 is the coming year late in December, this year in January', () => {
    assertDates('新的一年里，要继续努力。', { kind: 'fileName', from: '20221230.txt', year: 2022, month: 12, day: 30 }, [['新的一年', '2023']]);
    assertDates('新的一年里，要继续努力。', { kind: 'fileName', from: '20240104.txt', year: 2024, month: 1, day: 4 }, [['新的一年', '2024']]);
  });

  it('a part of the day alone before a comma or 在 is the last date\'s (下午，…; …展下午在…开幕), not one that qualifies a noun (主持上午的会议)', () => {
    const ref = { kind: 'fileName', from: '20150404.txt', year: 2015, month: 4, day: 4 } as const;
    assertDates('4日上午，大会开幕。下午，代表们分组审议。', ref, [['4日上午', '2015-04-04'], ['下午', '2015-04-04']]);
    assertDates('图片展今天下午在香港开幕。王五主持上午的会议。', ref, [['今天下午', '2015-04-04']]);
  });

  it('a part of the day opening a paragraph goes on with the day of the last one that did, over a background date of another year (上午，…\n1949年…\n下午，…), not over a new day of the narrative', () => {
    const ref = { kind: 'fileName', from: '20150404.txt', year: 2015, month: 4, day: 4 } as const;
    assertDates('会议4日在京举行。\n上午，举行第一次全体会议。\n1949年10月1日，中华人民共和国成立。\n下午，举行第二次全体会议。', ref,
      [['4日', '2015-04-04'], ['上午', '2015-04-04'], ['1949年10月1日', '1949-10-01'], ['下午', '2015-04-04']]);
    assertDates('会议4日在京举行。\n上午，举行第一次全体会议。\n5日，代表们分组审议。\n下午，举行第二次全体会议。', ref,
      [['4日', '2015-04-04'], ['上午', '2015-04-04'], ['5日', '2015-04-05'], ['下午', '2015-04-05']]);
  });

  it('“七一” in its own quotation marks is 1 July (a leader\'s “七一”重要讲话), not in a name (七一改革, 七一勋章); a year before a quoted holiday is its year (去年“七一”前夕)', () => {
    const ref = { kind: 'fileName', from: '20110822.txt', year: 2011, month: 8, day: 22 } as const;
    assertDates('学习胡锦涛同志“七一”重要讲话精神。推进“七一改革”。“七一勋章”获得者。', ref, [['七一', '2011-07-01']]);
    const january = { kind: 'fileName', from: '19980103.txt', year: 1998, month: 1, day: 3 } as const;
    assertDates('去年“七一”前夕，座谈会召开。', january, [['去年', '1997'], ['七一', '1997-07-01']]);
  });

  it('a holiday that names the gathering held for it (举行2015年春节团拜会) is no day a later time of day is on', () => {
    const ref = { kind: 'fileName', from: '20150217.txt', year: 2015, month: 2, day: 17 } as const;
    assertDates('王强17日上午在北京举行2015年春节团拜会。上午10时，团拜会开始。', ref, [['17日上午', '2015-02-17'], ['2015年春节', '2015-02-19'], ['上午10时', '2015-02-17']]);
  });

  it('去年 after a verb ending in 过 (超过去年, 经过去年) is last year; 过去年代 is none', () => {
    assertDates('增量超过去年，经过去年提速，列车更快。在过去年代里，人们步行。', 2016, [['去年', '2015'], ['去年', '2015']]);
  });

  it('“五一” in its own quotation marks before 节 is 1 May; “五一”国际劳动节 is read as 劳动节, 五一广场 is none', () => {
    assertDates('致以“五一”节问候。“五一”国际劳动节前夕，五一广场上人很多。', 2014, [['五一', '2014-05-01'], ['劳动节', '2014-05-01']]);
  });

  it('今春, 今夏, 今秋, 今冬 name this year and 去冬 last year; a range may end in a year\'s last month (今年10月1日至2023年底)', () => {
    assertDates('今夏，当地遭遇洪灾。去冬以来降水偏少。', 2013, [['今夏', '2013'], ['去冬以来', '2012/..']]);
    assertDates('政策实施期限为今年10月1日至2023年底。', 2020, [['今年10月1日至2023年底', '2020-10-01/2023-12']]);
  });

  it('a span of years in brackets after a plan\'s name is a date (行动计划（2021-2025）)', () => {
    assertDates('双方通过了合作行动计划（2026-2030），并发表声明。', 2025, [['2026-2030', '2026/2030']]);
  });

  it('a range between parts of two years keeps the end\'s year and part (今年下半年到明年年底)', () => {
    assertDates('从今年下半年到明年年底，完成全部试点。', 2016, [['今年下半年到明年年底', '2016-07-01/2017-12-31']]);
    assertDates('从今年到明年年底，完成全部试点。', 2016, [['今年到明年年底', '2016/2017-12']]);
    assertDates('1950年初至1951年底，工程分两期进行。', 2016, [['1950年初至1951年底', '1950-01/1951-12']]);
  });

  it('前7个月 opening a clause with no year is the year\'s first months, the last year\'s where they are not yet past', () => {
    const august = { kind: 'fileName', from: '20200817.txt', year: 2020, month: 8, day: 17 } as const;
    assertDates('会议指出，前7个月，全国经济持续恢复。', august, [['前7个月', '2020-01-01/2020-07-31']]);
    const january = { kind: 'fileName', from: '19980112.txt', year: 1998, month: 1, day: 12 } as const;
    assertDates('前11个月，商品房销售价格上涨。', january, [['前11个月', '1997-01-01/1997-11-30']]);
    assertDates('他在前7个月里走访了20个村。', august, []);
  });

  it('本月 without a reference month keeps the month unknown', () => {
    assertDates('本月，全省出口增长。', 2023, [['本月', '2023-XX']]);
  });
});
