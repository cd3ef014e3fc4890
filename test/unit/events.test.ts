import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core';
import { fitLabel } from '../../src/core/events/extractEvents';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';

const { segmenter } = loadSegmenter();
/** Snippets written for these tests (names made up); the file name carries the broadcast date. */
const eventsOf = (text: string, fileName = '20230612.txt') => analyzeText(text, segmenter, { fileName }).events;
/** The one event a text reports (asserted: exactly one). */
const oneEvent = (text: string, fileName = '20230612.txt') => {
  const events = eventsOf(text, fileName);
  assert.equal(events.length, 1, JSON.stringify(events));
  return events[0];
};

describe('events: meetings and their people', () => {
  it('a meeting named before its date, with those who chair it and speak at it in the next sentences', () => {
    const [meeting] = eventsOf('全省乡村振兴工作会议12日在成都召开。省委书记张明出席会议并讲话。省长李华主持会议。');
    assert.equal(meeting.date, '2023-06-12');
    assert.equal(meeting.label, '全省乡村振兴工作会议');
    assert.deepEqual(meeting.participants, ['张明', '李华']);
  });

  it('a date inside the meeting\'s name is not its date', () => {
    const events = eventsOf('12日，国务院总理王强主持召开稳增长三季度工作推进会议。');
    assert.ok(events.some((e) => e.date === '2023-06-12' && e.label.includes('推进会')), JSON.stringify(events));
    assert.ok(!events.some((e) => e.date?.startsWith('2023-07-01')));
  });

  it('会见 carries both sides, and a meeting word in a venue is none', () => {
    const [talks] = eventsOf('6月12日，国家主席王强在人民大会堂会见来华出席论坛的斐济总理拉布卡。');
    assert.match(talks.label, /会见/);
    assert.ok(talks.participants.includes('王强'));
  });

  it('a dated act with named people is an event', () => {
    const [act] = eventsOf('8日下午，省委书记张明、省长李华同代表团成员座谈。', '20230610.txt');
    assert.equal(act.date, '2023-06-08');
    assert.ok(act.participants.includes('张明') && act.participants.includes('李华'), JSON.stringify(act));
  });

  it('the dateline\'s date dates the report, not the happening', () => {
    const [visit] = eventsOf('本台成都6月12日消息 省委书记张明6月9日至11日在阿坝州考察。');
    assert.equal(visit.date, '2023-06-09/2023-06-11');
  });

  it('a day with 的 before the meeting dates it, and leaves the label (秦刚在6月30日的记者会上)', () => {
    const [press] = eventsOf('外交部发言人秦刚在6月30日的记者会上表示，中国不干涉别国内政。', 'c10_2009_x.txt');
    assert.equal(press.date, '2009-06-30');
    assert.equal(press.label, '秦刚在记者会上');
  });

  it('an act to come (将 in its clause) takes no past day from the sentences before it', () => {
    const events = eventsOf('新华网莫斯科6月16日电 中国外交部副部长李辉上周在中外媒体吹风会上说，相信此次访俄将增进互信。18日结束对俄罗斯访问后，胡锦涛将还对斯洛伐克、克罗地亚进行国事访问。', 'c04_2009_x.txt');
    const visit = events.find((e) => e.label.includes('斯洛伐克'));
    assert.ok(visit, JSON.stringify(events));
    assert.equal(visit.date, null);
  });

  it('two meetings in one paragraph stay apart', () => {
    const events = eventsOf('2020年9月25日至26日，第三次中央民族工作座谈会召开。2014年5月28日至29日，第二次中央民族工作座谈会召开。');
    assert.deepEqual(events.map((e) => e.date), ['2020-09-25/2020-09-26', '2014-05-28/2014-05-29']);
  });
});

describe('events: meetings named in full, and who attends them (snippets written for these tests)', () => {
  it('a meeting\'s name goes on to its head (论坛年会开幕式), and a list of guests attending joins it', () => {
    const events = eventsOf('国务院副总理王强12日在成都出席2023年西部发展论坛年会开幕式并致辞。法国前总理李华、斐济副总理拉布卡等出席开幕式并先后致辞。');
    assert.equal(events.length, 1, JSON.stringify(events));
    assert.equal(events[0].label, '2023年西部发展论坛年会开幕式');
    assert.deepEqual(events[0].participants, ['王强', '李华', '拉布卡']);
  });

  it('a year inside a meeting\'s name before its head (论坛2023年年会开幕式) keeps the name whole; 今年会 is no meeting', () => {
    const events = eventsOf('国务院副总理王强12日在京出席西部发展论坛2023年年会开幕式并致辞。副省长赵敏参加开幕式。李华说，今年会继续扩大开放。');
    assert.equal(events.length, 1, JSON.stringify(events));
    assert.equal(events[0].label, '西部发展论坛2023年年会开幕式');
    assert.deepEqual(events[0].participants, ['王强', '赵敏']);
  });

  it('a meeting word after a joining word or a verb starts another meeting (论坛并举行招待会)', () => {
    const events = eventsOf('12日，王强出席西部发展论坛并举行招待会。');
    assert.ok(events.some((e) => e.label.includes('论坛') && !e.label.includes('招待会')), JSON.stringify(events));
  });

  it('a long label of guests attending keeps the act\'s verb and the list\'s 等', () => {
    const events = eventsOf('12日，法国前总理李华、斐济政府副总理拉布卡、新西兰政府副总理张伟等在成都出席开幕式并先后致辞。');
    const attended = events.find((e) => e.participants.includes('李华'));
    assert.ok(attended, JSON.stringify(events));
    assert.ok(attended.label.length <= 30, attended.label);
    assert.equal(attended.label, '李华等在成都出席开幕式并先后致辞');
  });

  it('a sports report\'s wins are events of their winners', () => {
    const events = eventsOf('中国选手李华今晚在女子400米自由泳决赛中夺得冠军。张伟在男子100米自由泳决赛中夺冠。', '20230612.txt');
    assert.ok(events.some((e) => e.date === '2023-06-12' && e.participants.includes('李华') && e.label.includes('夺得冠军')), JSON.stringify(events));
    assert.ok(events.some((e) => e.participants.includes('张伟') && e.label.includes('夺冠')), JSON.stringify(events));
  });

  it('a headline naming the opening of a meeting dated in the text folds into it', () => {
    const events = eventsOf('王强出席第七届西部发展论坛开幕式\n第七届西部发展论坛12日在成都举行。国务院副总理王强出席开幕式并讲话。李华、张伟参加。');
    assert.equal(events.length, 1, JSON.stringify(events));
    assert.equal(events[0].date, '2023-06-12');
    assert.ok(['王强', '李华', '张伟'].every((p) => events[0].participants.includes(p)), JSON.stringify(events));
  });
});

describe('events: wire copy of papers (snippets written for these tests)', () => {
  const wire = (text: string) => eventsOf(text, 'pd20230613-04-002.txt');

  it('a dated announcement and the dated act it announces after its colon are two events; 论坛主席 is no meeting', () => {
    const events = wire('新华社北京６月１２日电外交部发言人李华今天在此间宣布：应西部发展论坛主席张伟邀请，国务院副总理王强将于６月２０日至２１日出席西部发展论坛年会。');
    assert.ok(events.some((e) => e.date === '2023-06-12' && e.participants.includes('李华') && e.label.includes('宣布')), JSON.stringify(events));
    assert.ok(events.some((e) => e.date === '2023-06-20/2023-06-21' && e.participants.includes('王强') && e.label.includes('西部发展论坛')), JSON.stringify(events));
    assert.ok(!events.some((e) => e.label.startsWith('应')), JSON.stringify(events));
  });

  it('a date that is the whole of a name between marks stays in the label (发行《甲辰年》特种邮票)', () => {
    const events = wire('新华社北京６月１２日电邮电部今天发行《甲辰年》特种邮票１套２枚。');
    assert.ok(events.some((e) => e.label.includes('《甲辰年》')), JSON.stringify(events));
  });

  it('who speaks after a meeting decided on a coming session speaks at the meeting held, not at the session to come', () => {
    const events = eventsOf('全国政协第六次主席会议18日在北京召开。全国政协主席王强主持。\n会议决定8月22日至24日在北京召开全国政协常委会第三次会议。\n全国政协副主席张伟、李华围绕学习贯彻讲话精神发言。', '20230718-05.txt');
    const held = events.find((e) => e.date === '2023-07-18');
    const coming = events.find((e) => e.date === '2023-08-22/2023-08-24');
    assert.ok(held?.participants.includes('张伟') && held.participants.includes('李华'), JSON.stringify(events));
    assert.ok(coming && !coming.participants.includes('张伟'), JSON.stringify(events));
  });

  it('a coming act dated by 今年 alone is dated by the year, not by the report\'s day', () => {
    const events = eventsOf('副总理王强11日在北京出席峰会。\n王强表示，我们欢迎各方。今年，中国将在昆明举办第十五次缔约方大会。', '20210112-03.txt');
    assert.ok(events.some((e) => e.label.includes('缔约方大会') && e.date === '2021'), JSON.stringify(events));
  });

  it('闭幕会后 is after the meeting held, not after a session to come announced since', () => {
    const events = eventsOf('全国人大常委会第十九次会议27日上午在北京闭幕。\n会议决定，全国人大四次会议于2026年3月5日在北京召开。\n闭幕会后，全国人大常委会举行专题讲座。', '20251227-03.txt');
    assert.ok(events.some((e) => e.label.includes('专题讲座') && e.date === '2025-12-27'), JSON.stringify(events));
  });

  it('部长会议成员 and 代表大会代表 name people, not a meeting: the act of the clause is the vote', () => {
    const events = wire('新当选的代表将于７月２４日投票选举国务委员会委员和部长会议成员。');
    assert.ok(events.some((e) => e.date === '2023-07-24' && e.label.includes('投票')), JSON.stringify(events));
  });

  it('a briefing held 日前 is undated, with who spoke and who attended; a record set is its setter\'s act', () => {
    const events = wire('局长李华在日前举行的全省工业情况通报会上说，产量大增。副部长张伟也出席了情况通报会。');
    assert.ok(events.some((e) => e.date === null && e.participants.includes('李华') && e.participants.includes('张伟')), JSON.stringify(events));
    const record = wire('新华社北京６月１２日电运动员王强今天以１分１６秒的成绩刷新了全国纪录。');
    assert.ok(record.some((e) => e.date === '2023-06-12' && e.participants.includes('王强')), JSON.stringify(record));
  });

  it('dated acts of institutions (揭晓, 发出, 成立) are events; 成立70周年 is an anniversary, 激发出 no act', () => {
    const events = wire('本报讯十大新闻评选１０日在京揭晓。省指挥部今天发出紧急令。省邮局元旦成立了投递公司。今年是协会成立70周年。');
    assert.ok(events.some((e) => e.date === '2023-06-10' && e.label.includes('揭晓')), JSON.stringify(events));
    assert.ok(events.some((e) => e.label.includes('发出紧急令')), JSON.stringify(events));
    assert.ok(events.some((e) => e.date === '2023-01-01' && e.label.includes('成立')), JSON.stringify(events));
    assert.ok(!events.some((e) => e.label.includes('周年')), JSON.stringify(events));
    assert.ok(!wire('６月１２日，王强指出，要激发出全民族的创造活力。').some((e) => e.label.includes('激发出')));
  });

  it('a colon that opens what a speaker says cuts nothing', () => {
    const events = wire('新华社北京６月１２日电外交部发言人李华今天说：“王强将于６月２０日出席论坛。”');
    assert.ok(!events.some((e) => e.date === '2023-06-20'), JSON.stringify(events));
  });

  it('a date in a clause that says when (…结束后，) does not date the next clause\'s dated act', () => {
    const events = wire('１１日举行的选举结束后，新当选的代表将于７月２４日投票选举省长。');
    assert.ok(events.some((e) => e.date === '2023-07-24' && e.label.includes('投票')), JSON.stringify(events));
  });

  it('总统先生 in a host\'s account is the guest the 会见 named; 接见 is an act of its own', () => {
    const events = eventsOf('国务院总理李华12日在京会见来华访问的斐济总统拉布卡。李华表示，昨天，王强主席同总统先生共同宣布建立战略伙伴关系。王强随后亲切接见斐济青年代表。');
    const declared = events.find((e) => e.label.includes('宣布'));
    assert.deepEqual(declared?.participants, ['王强', '拉布卡'], JSON.stringify(events));
    assert.ok(events.some((e) => e.label.includes('接见')), JSON.stringify(events));
  });

  it('a sentence opened by the last actor\'s bare title is theirs; a span in a sentence with no act and no one is a flashback', () => {
    const events = eventsOf('中共中央总书记王强12日在四川考察。王强来到青川县。去年7月底8月初，当地遭遇洪水。总书记走进村民李华家。', '20230612.txt');
    const home = events.find((e) => e.label.includes('李华家'));
    assert.equal(home?.label, '王强总书记走进村民李华家', JSON.stringify(events));
    assert.equal(home?.date, '2023-06-12', JSON.stringify(events));
    assert.ok(home?.participants.includes('王强'), JSON.stringify(events));
  });

  it('在讲话中指出 reports no act; the last meeting\'s bare head noun (大会为…颁奖, 在大会上) is that meeting; 重要会晤 is told by who held it', () => {
    const events = eventsOf('全省劳动模范表彰大会12日在成都召开。省委书记张明出席大会并讲话。张明在讲话中指出，要弘扬劳模精神。大会为劳模代表颁奖。劳模代表李华在大会上发言。去年5月，王强主席同他举行重要会晤。');
    assert.equal(events.filter((e) => e.label.includes('大会')).length, 1, JSON.stringify(events));
    assert.ok(!events.some((e) => e.label.includes('讲话中')), JSON.stringify(events));
    assert.ok(events.some((e) => e.label === '王强主席同他举行重要会晤'), JSON.stringify(events));
  });

  it('takes no date from inside a document\'s subject (关于…2013年立法会产生办法…的决定) for the act on the document', () => {
    const events = eventsOf('全国人大常委会第二十五次会议29日上午在北京闭幕。会议表决通过了全国人大常委会关于澳门特别行政区2013年立法会产生办法有关问题的决定。', '20120229-02.txt');
    assert.ok(!events.some((e) => e.date?.startsWith('2013')), JSON.stringify(events));
  });

  it('an official whose title and name open the sentence right after a meeting\'s and who speaks spoke at it; not one a paragraph later', () => {
    const meeting = (text: string) => eventsOf(text).find((e) => e.label.includes('座谈会'));
    assert.deepEqual(meeting('中共中央统战部8日在京召开座谈会，学习贯彻讲话精神。中央统战部部长孙春兰指出，要凝聚共识。')?.participants, ['孙春兰']);
    assert.deepEqual(meeting('中共中央统战部8日在京召开座谈会，学习贯彻讲话精神。\n中央统战部部长孙春兰指出，要凝聚共识。')?.participants, []);
  });

  it('会议听取… after a meeting is that meeting\'s act; a meeting only cited (…会议精神, …会议以来) is none', () => {
    const events = eventsOf('省人大常委会第十次会议12日在成都举行，主任张明主持。会议听取了副主任李华作的关于草案的说明。会议要求深入贯彻全省组织工作会议精神。会前，张明会见了外省代表。');
    const meeting = events.find((e) => e.label.includes('第十次会议'));
    assert.deepEqual(meeting?.participants, ['张明', '李华'], JSON.stringify(events));
    assert.ok(!events.some((e) => e.label.includes('组织工作会议') || e.label.startsWith('会议')), JSON.stringify(events));
    assert.ok(events.some((e) => e.label.includes('会见')), JSON.stringify(events));
  });

  it('a past year after 于 (X于1996年成为…) dates an act as a day does; 计划于今年开通的 does not', () => {
    const events = eventsOf('该党主席李明华于2016年成为联合政府总理。斐济与汤加于1990年断绝了外交关系。计划于今年开通的高速公路全长283公里。', '20230612.txt');
    assert.ok(events.some((e) => e.date === '2016' && e.participants.includes('李明华') && e.label.includes('成为')), JSON.stringify(events));
    assert.ok(events.some((e) => e.date === '1990' && e.label.includes('断绝')), JSON.stringify(events));
    assert.equal(events.length, 2, JSON.stringify(events));
  });

  it('after a date alone, a noun phrase a numeral or an adjective opens is a subject; a span from a day on dates an act, not a state', () => {
    const events = eventsOf('6月3日，一辆辆满载粮食的卡车开出成都机场。6月9日起，强降雪面积进一步扩大到山区。从6月10日起，各种报纸都能送到家门口。', '20230612.txt');
    assert.ok(events.some((e) => e.date === '2023-06-03' && e.label.includes('卡车开出')), JSON.stringify(events));
    assert.ok(events.some((e) => e.date === '2023-06-09' && e.label.includes('扩大')), JSON.stringify(events));
    assert.equal(events.length, 2, JSON.stringify(events));
  });

  it('dates before 分别 (于昨天和今天分别访问了甲和乙) give one event each, with the subject\'s people', () => {
    const events = eventsOf('以副省长王强为团长的省代表团，于昨天和今天分别访问了西部日报社和东方通讯社。', '20230612.txt');
    assert.ok(events.some((e) => e.date === '2023-06-11' && e.label.includes('西部日报社') && e.participants.includes('王强')), JSON.stringify(events));
    assert.ok(events.some((e) => e.date === '2023-06-12' && e.label === '访问了东方通讯社' && e.participants.includes('王强')), JSON.stringify(events));
  });

  it('the guests a 会见 names are those a later 客人 sentence speaks of; 他 is the last actor', () => {
    const events = wire('新华社北京６月１２日电国家副主席王强今天上午在人民大会堂会见了斐济国防部长拉布卡一行。斐济客人应李华邀请，于６月９日抵京访问。他将于本月底离开北京。');
    const arrival = events.find((e) => e.date === '2023-06-09');
    assert.ok(arrival && arrival.participants.includes('拉布卡') && !arrival.participants.includes('王强'), JSON.stringify(events));
    const leaving = events.find((e) => e.label.includes('离开'));
    assert.ok(leaving && leaving.label.startsWith('拉布卡') && leaving.date === '2023-06-21/2023-06-30', JSON.stringify(events));
  });

  it('indirect speech that dates an act of its own reports it (院长说，法院当天下午举行全体会议)', () => {
    const events = wire('新华社北京６月１２日电最高法院院长李华１２日宣布，法院决定撤销此案。李华说，法院当天下午举行全体法官会议，以九票赞成通过决定。');
    assert.ok(events.some((e) => e.date === '2023-06-12' && e.label.includes('全体法官会议')), JSON.stringify(events));
    const quoted = wire('新华社北京６月１２日电李华说，做好下半年工作要举行会议。');
    assert.ok(!quoted.some((e) => e.label.includes('会议')), JSON.stringify(quoted));
  });
});

describe('events: undated happenings and the document\'s own characters', () => {
  it('近日 gives an event with no date rather than none', () => {
    const [event] = eventsOf('国家主席王强近日在湖南考察调研。', 'notes.txt');
    assert.equal(event.date, null);
    assert.match(event.label, /考察/);
  });

  it('an act a speaker spoke during is the happening (近日在湖南考察时强调), and what follows it undated is within it', () => {
    const events = eventsOf('标题\n国家主席王强近日在湖南考察时强调，要抓好春耕。\n此次考察的第一站，王强来到长沙市一家工厂。');
    assert.deepEqual(events.map((e) => [e.date, e.label]), [[null, '王强近日在湖南考察'], [null, '王强来到长沙市一家工厂']], JSON.stringify(events));
    const [dated] = eventsOf('国家主席王强8日在湖南考察时强调，要抓好春耕。');
    assert.deepEqual([dated.date, dated.label], ['2023-06-08', '王强在湖南考察']);
  });

  it('a date after an occasion\'s clause (…之际，) sets the scene for the next undated act; 发来贺信 is an act; the occasion, someone\'s act, is one undated', () => {
    const events = eventsOf('在王强对哈萨克斯坦进行国事访问之际，当地时间7月2日，由总台制作的纪录片在当地播出。哈萨克斯坦总统托卡耶夫发来贺信。', '20240703.txt');
    assert.deepEqual(events.map((e) => [e.date, e.label]), [[null, '王强对哈萨克斯坦进行国事访问'], ['2024-07-02', '托卡耶夫发来贺信']], JSON.stringify(events));
    const [eve, article] = eventsOf('在国家主席王强对法国进行国事访问前夕，法国总统杜邦20日在《人民日报》发表署名文章。', '20240320.txt');
    assert.deepEqual([eve?.date, eve?.participants, article?.date], [null, ['王强'], '2024-03-20'], JSON.stringify([eve, article]));
    // The occasion's own acts (出席…庆典) are not the sentence's: 发表 is.
    const [signed] = eventsOf('央视网消息：5月7日，在赴莫斯科出席纪念活动庆典之际，国家主席王强在俄罗斯报纸发表署名文章。', '20250507.txt');
    assert.deepEqual([signed?.date, signed?.label], ['2025-05-07', '王强在俄罗斯报纸发表署名文章'], JSON.stringify(signed));
    // An occasion nobody acts in (春节来临之际) is no happening.
    assert.deepEqual(eventsOf('在春节来临之际，省长李华20日看望慰问困难群众。', '20240120.txt').map((e) => e.date), ['2024-01-20']);
  });

  it('a meeting that holds another (主席会议举行了…集体学习) is its subject: the one held is a happening of its own, named with its holder', () => {
    const events = eventsOf('市政协第五次主席会议17日在杭州召开。市政协主席王强主持并讲话。\n主席会议举行了2023年第三次集体学习。市财政局局长李华应邀作报告。', '20231117.txt');
    assert.deepEqual(events.map((e) => [e.date, e.label, e.participants]),
      [['2023-11-17', '市政协第五次主席会议', ['王强']], ['2023-11-17', '主席会议举行了2023年第三次集体学习', ['李华']]], JSON.stringify(events));
    // A headline telling the session that held the plenary folds into the plenary.
    const plenary = eventsOf('市人大常委会第九次会议举行第二次全体会议\n市人大常委会第九次会议22日上午在杭州举行第二次全体会议。王强出席。', '20241222.txt');
    assert.deepEqual(plenary.map((e) => [e.date, e.label]), [['2024-12-22', '第二次全体会议']], JSON.stringify(plenary));
  });

  it('both sides of the last talk (两国总理, 双方) are who sign or state after it; the guest of 同…会谈 stands before the act', () => {
    const events = eventsOf('欢迎仪式后，李明同杜邦会谈。李明表示，两国关系很好。\n会谈后，两国总理共同见证签署多项双边合作文件。\n双方发表联合声明。', '20230628.txt');
    assert.deepEqual(events.map((e) => [e.date, e.label, e.participants]), [
      ['2023-06-28', '李明同杜邦会谈', ['李明', '杜邦']],
      ['2023-06-28', '两国总理共同见证签署多项双边合作文件', ['李明', '杜邦']],
      ['2023-06-28', '双方发表联合声明', ['李明', '杜邦']],
    ], JSON.stringify(events));
    // 参加上述活动: who attended all the acts of that day told before, not the last alone.
    const above = eventsOf('李明同杜邦会谈。会谈后，两国总理共同见证签署多项双边合作文件。\n王立等参加上述活动。', '20230628.txt');
    assert.deepEqual(above.map((e) => e.participants.includes('王立')), [true, true], JSON.stringify(above));
    // 会见后，两国总理共同出席…仪式: a ceremony both sides attend after the meeting is a happening of its own.
    const ceremony = eventsOf('国务院总理李明在上海会见甲国总理安德森。\n会见后，两国总理共同出席合作规划等文本交换仪式。', '20230628.txt');
    assert.deepEqual(ceremony.map((e) => e.participants), [['李明', '安德森'], ['李明', '安德森']], JSON.stringify(ceremony));
    assert.equal(ceremony[1].label, '合作规划等文本交换仪式');
    // Not a meeting both sides speak of.
    const spoken = eventsOf('李明同杜邦会谈。双方表示要为将于4月在伦敦召开的峰会取得成功进行合作。', '20230628.txt');
    assert.ok(spoken.every((e) => e.label.includes('会谈') || e.participants.length === 0), JSON.stringify(spoken));
  });

  it('the bare 会议 opening a sentence is the meeting reported, whatever that one\'s head noun (大会, 座谈会)', () => {
    const events = eventsOf('全省服务业大会4月7日在杭州召开。省长王强出席会议并讲话。\n会议以电视电话会议形式召开。', '20260408.txt');
    assert.deepEqual(events.map((e) => [e.date, e.label]), [['2026-04-07', '全省服务业大会']], JSON.stringify(events));
  });

  it('a debate, a gala or a ceremony is a meeting: who attends it (出席会议并发言) joins it', () => {
    const events = eventsOf('20日，中国倡议联合国安理会举行公开辩论会。印度尼西亚等70余国代表出席会议并发言。', '20231121.txt');
    assert.deepEqual(events.map((e) => [e.date, e.label]), [['2023-11-20', '公开辩论会']], JSON.stringify(events));
  });

  it('a title or a pronoun opening the act\'s own clause, after a clause that only dates it, is the last actor', () => {
    const events = eventsOf('党的十八大以来，王强总书记两次到湖南考察调研。\n2021年6月，总书记来到洞庭湖考察调研。', '20230703.txt');
    assert.deepEqual(events.map((e) => e.participants), [['王强'], ['王强']], JSON.stringify(events));
  });

  it('a sentence opened by the act it is within (会见中，审议中，) tells no act of its own', () => {
    const events = eventsOf('20日，王强在中南海会见英国外交大臣杜邦。\n会见中，王强说，两国关系很好。李明参加了会见。', '19980120.txt');
    assert.deepEqual(events.map((e) => e.label), ['王强在中南海会见英国外交大臣杜邦'], JSON.stringify(events));
  });

  it('an act done a number of times (两次到…考察) is undated, not the report\'s day; an ordinal (第二次集体学习) is no count', () => {
    const events = eventsOf('央视网消息：党的十八大以来，王强总书记两次到湖南考察调研。', '20230703.txt');
    assert.deepEqual(events.map((e) => e.date), [null], JSON.stringify(events));
    const [study] = eventsOf('央视网消息：主席会议举行了2023年第三次集体学习。', '20231117.txt');
    assert.equal(study?.date, '2023-11-17', JSON.stringify(study));
  });

  it('meetings held many times (多次会面) or in recent years (近年来) are undated, not the day of the report\'s own meeting', () => {
    const events = eventsOf('央视网消息：王强8日在北京会见了李明率领的代表团。近年来张三主席与赵六总统多次会面，为两国关系发展指明了方向。', '20150709.txt');
    assert.deepEqual(events.map((e) => e.date), ['2015-07-08', null], JSON.stringify(events));
  });

  it('a long label leaves out who the guests met are by the meeting they came for (会见了出席“…”的台湾工商界代表)', () => {
    const [event] = eventsOf('央视网消息：全国政协主席王强7日下午在北京会见了出席“第十四届京台科技论坛暨2011年北京台湾名品博览会”的台湾工商界代表。', '20111107.txt');
    assert.equal(event?.label, '王强在北京会见了台湾工商界代表', JSON.stringify(event));
  });

  it('a month before a meeting\'s name held by a verb is the meeting\'s date (出席今年9月…峰会), not a part of its name', () => {
    const events = eventsOf('央视网消息：王强28日在北京会见李明。中方愿同布方携手努力。中方欢迎布方出席今年9月中非合作论坛北京峰会。', '20180528.txt');
    assert.deepEqual(events.map((e) => e.date), ['2018-05-28', '2018-09'], JSON.stringify(events));
  });

  it('an interview (专访) is the interviewee\'s act', () => {
    const [event] = eventsOf('央视网消息：今天来看总台记者对湖南省委书记王强的专访。', '20250329.txt');
    assert.deepEqual([event?.date, event?.participants], ['2025-03-29', ['王强']], JSON.stringify(event));
  });

  it('a headline\'s label stops before the 时 that times a speech', () => {
    const [event] = eventsOf('王强在湖南农村调研时强调坚定信心发展农业\n新华社长沙1月21日电');
    assert.equal(event?.label, '王强在湖南农村调研', JSON.stringify(event));
  });

  it('连日来 dates nothing, and the undated acts after it are within those days; a headline of the same words folds in', () => {
    const events = eventsOf('驻外使馆举办国庆招待会\n连日来，我驻多国使馆举办国庆招待会。\n中国驻匈牙利使馆举行国庆招待会。\n26日晚，中国常驻日内瓦代表团举办招待会。', '20240928.txt');
    assert.deepEqual(events.map((e) => e.date), [null, '2024-09-26'], JSON.stringify(events));
  });

  it('a written instruction, a notice issued or a document printed 日前 is an undated act; a date in what a notice requires is not its', () => {
    const [instruction] = eventsOf('全国金融工作会议21日在京召开。国务院总理王强日前对做好金融工作作出重要批示。', '20240521.txt').filter((e) => e.label.includes('批示'));
    assert.equal(instruction?.date, null, JSON.stringify(instruction));
    const [notice] = eventsOf('中共中央组织部近日下发通知，要求各级党组织在元旦春节期间开展走访慰问活动。', '20231227.txt');
    assert.deepEqual([notice?.date, notice?.label], [null, '中共中央组织部近日下发通知']);
  });

  it('a coming act (将会见) with no date of its own is not on a past date the sentences before it told', () => {
    const events = eventsOf('王强表示，去年，两国元首互致贺电并通电话。\n访德期间，王强将会见德国总统施泰因迈尔。', '20230619.txt');
    assert.deepEqual(events.map((e) => e.date), ['2022', null], JSON.stringify(events));
  });

  it('a meeting named in part after 在 and before 上 is the last meeting, whose name holds it', () => {
    const events = eventsOf('7月17日，书展首日举办了新书发布会暨出版座谈会。\n有关负责人在新书发布会上接受赠书。', '20240717.txt');
    assert.deepEqual(events.map((e) => e.label), ['新书发布会暨出版座谈会'], JSON.stringify(events));
  });

  it('a headline folds into the 近日 act it announces, which keeps no date', () => {
    const events = eventsOf('王强对防汛工作作出重要指示\n国家主席王强近日对防汛工作作出重要指示强调，要压实责任。');
    assert.deepEqual(events.map((e) => e.date), [null], JSON.stringify(events));
  });

  it('an undated act of a broadcast is of the broadcast\'s day, and its headline folds into it', () => {
    const events = eventsOf('王强同斐济总理会谈\n欢迎仪式后，王强同拉布卡举行会谈。');
    assert.equal(events.length, 1);
    assert.equal(events[0].date, '2023-06-12');
  });

  it('labels and names of a Traditional report stay Traditional; labels are short, the clause is kept', () => {
    const text = '6月12日，廣東省委書記黃明在廣州市主持召開全省優化營商環境暨招商引資工作推進大會並講話，部署下一步工作。';
    const [event] = eventsOf(text);
    assert.ok(!/[广东书记]/.test(event.label), event.label);
    assert.ok(event.label.length <= 30);
    assert.ok(event.clause?.startsWith('6月12日，廣東省委書記'));
  });
});

describe('events: what real reports of other kinds hold (snippets written for these tests)', () => {
  it('a meeting held during a tour is an event of its own, on the tour\'s dates', () => {
    const events = eventsOf('6月9日至11日，省委书记张明在阿坝州调研。9日，张明来到马尔康市。调研中，张明主持召开座谈会。');
    const forum = events.find((e) => e.label.includes('座谈会'));
    assert.ok(forum, JSON.stringify(events));
    assert.equal(forum.date, '2023-06-09/2023-06-11');
    assert.ok(forum.participants.includes('张明'));
  });

  it('an act before an attendance word is no attendance (会见了参加论坛的…)', () => {
    const events = eventsOf('第五届川渝论坛12日在成都开幕。省长李华出席并致辞。论坛开始前，李华会见了参加论坛的企业家代表。');
    const meeting = events.find((e) => e.label.includes('会见'));
    assert.ok(meeting, JSON.stringify(events));
    assert.equal(meeting.date, '2023-06-12');
    assert.deepEqual(meeting.participants, ['李华']);
  });

  it('a second dated act of one sentence is kept apart and keeps its subject', () => {
    const events = eventsOf('国家副主席王强10日在雅加达出席就职仪式，并于9日至11日访问印尼，会见总统苏班德里奥。');
    assert.ok(events.some((e) => e.date === '2023-06-10' && e.label.includes('就职仪式')), JSON.stringify(events));
    const visit = events.find((e) => e.label.includes('访问'));
    assert.equal(visit?.date, '2023-06-09/2023-06-11');
    assert.ok(visit?.participants.includes('王强'), JSON.stringify(visit));
  });

  it('a day to come between a subject and its verb dates a happening (本届天元赛的决赛6月15日进行); one that a 的 qualifies does not', () => {
    const events = eventsOf('本届天元赛的决赛6月15日进行。居民们都在为即将到来的端午节做准备。', '20230612.txt');
    assert.ok(events.some((e) => e.date === '2023-06-15' && e.label.includes('决赛')), JSON.stringify(events));
    assert.equal(events.length, 1, JSON.stringify(events));
  });

  it('a dated source (据当地媒体今天报道，) opens the act it reports; the time zone before a date leaves the label', () => {
    const events = eventsOf('据当地媒体今天报道，财政部长王强已经批准一项计划。边境停火协议将于当地时间6月13日8时开始执行。', '20230612.txt');
    const plan = events.find((e) => e.label.includes('批准'));
    assert.equal(plan?.date, '2023-06-12', JSON.stringify(events));
    assert.ok(plan?.participants.includes('王强'), JSON.stringify(events));
    assert.ok(events.some((e) => e.date === '2023-06-13' && e.label === '边境停火协议将开始执行'), JSON.stringify(events));
  });

  it('a leader only cited (学习贯彻…讲话精神) is no participant; a meeting named as where cited words were said is no event', () => {
    const meeting = oneEvent('国务院总理王强12日主持召开国务院常务会议，深入学习贯彻国家主席张明重要讲话精神。各地干部表示，要贯彻落实张明主席在西部发展座谈会上的重要讲话精神。');
    assert.deepEqual(meeting.participants, ['王强'], JSON.stringify(meeting));
  });

  it('a date that is only the background of its clause dates nothing (高考在即, 将于明年通车的)', () => {
    const events = eventsOf('6月1日至2日，副总理王强在四川调研。2023年高考在即，王强在成都七中检查高考准备情况。将于明年通车的大桥气势恢宏，王强来到施工现场。', '20230603.txt');
    const check = events.find((e) => e.label.includes('检查'));
    const site = events.find((e) => e.label.includes('施工现场'));
    assert.equal(check?.date, '2023-06-01/2023-06-02', JSON.stringify(events));
    assert.equal(site?.date, '2023-06-01/2023-06-02', JSON.stringify(events));
  });

  it('dated statements of international news are events: a person\'s 称, an organisation\'s 发表声明', () => {
    const events = eventsOf('美国国防部长史密斯11日称，封锁将持续。哈马斯11日发表声明称，协议已达成。');
    assert.ok(events.some((e) => e.date === '2023-06-11' && e.participants.includes('史密斯') && e.label.includes('称')), JSON.stringify(events));
    assert.ok(events.some((e) => e.date === '2023-06-11' && e.label.includes('发表声明')), JSON.stringify(events));
  });

  it('a Xinhua dateline is not part of the meeting\'s label', () => {
    const [meeting] = eventsOf('新华社北京3月5日电（记者王明）十四届全国人大二次会议5日上午开幕。', '20240305.txt');
    assert.equal(meeting.date, '2024-03-05');
    assert.equal(meeting.label, '十四届全国人大二次会议');
  });

  it('a meeting the sentence does not name is told by who held it, not as the bare meeting word', () => {
    const events = eventsOf('6月12日，国家主席王强同总统先生举行会晤。次日，省长李华主持召开座谈会。', '20230613.txt');
    assert.deepEqual(events.map((e) => [e.date, e.label]), [['2023-06-12', '王强同总统先生举行会晤'], ['2023-06-13', '李华主持召开座谈会']]);
    // No person acts in its clause: the body that holds it names it.
    const held = eventsOf('浙江省委常委会3月4日召开会议，研究部署当前工作。省委书记王建华主持会议。', '20240305.txt');
    assert.deepEqual(held.map((e) => [e.date, e.label]), [['2024-03-04', '浙江省委常委会召开会议']]);
  });

  it('nor part of an act\'s label', () => {
    const events = eventsOf('新华社澳门4月8日电（记者李明）澳门特区政府7日宣布，第八届立法会选举将于9月举行。', '20240409.txt');
    const announced = events.find((e) => e.date === '2024-04-07');
    assert.ok(announced, JSON.stringify(events));
    assert.equal(announced.label, '澳门特区政府宣布');
  });

  it('a speaker\'s own words after 指出 report no happening, though dated (去年9月，我同…); 我国 is narrative', () => {
    const events = eventsOf('6月11日，国家主席王强向论坛致贺信。王强指出，论坛成立25年来成果丰硕。去年9月，我同非洲领导人在北京峰会上一致同意携手推进合作。我国考察队11日抵达秦岭站。');
    assert.ok(events.some((e) => e.date === '2023-06-11' && e.label.includes('贺信')), JSON.stringify(events));
    assert.ok(!events.some((e) => e.date?.startsWith('2022-09')), JSON.stringify(events));
    assert.ok(events.some((e) => e.label.includes('抵达秦岭站')), JSON.stringify(events));
  });

  it('当晚 dates the banquet by the talks\' day', () => {
    const events = eventsOf('12日下午，王强在人民大会堂会见来访的斐济总理。当晚，王强出席欢迎宴会。');
    assert.ok(events.some((e) => e.date === '2023-06-12' && e.label.includes('欢迎宴会')), JSON.stringify(events));
  });
});

describe('events: the subject of wire copy', () => {
  it('the name closing the clause before the date\'s is the actor; the one after 向 is the object', () => {
    const events = eventsOf('昨晚面对记者承认监督不严的财政部长张明，今天上午向总理李华提交了辞呈。', '20230612.txt');
    const resignation = events.find((e) => e.label.includes('辞呈'));
    assert.ok(resignation, JSON.stringify(events));
    assert.equal(resignation.date, '2023-06-12');
    assert.ok(resignation.label.startsWith('张明'), resignation.label);
    assert.ok(resignation.participants.includes('张明'), JSON.stringify(resignation));
  });
});

describe('events: speakers of a seminar or a reception', () => {
  it('those who take the floor (登台演讲) or speak at the reception (在酒会上致词) are its participants', () => {
    const [seminar] = eventsOf('全省文化产业研讨会12日在成都召开。省委宣传部部长张明、作家李华等嘉宾登台演讲。');
    assert.ok(seminar.participants.includes('张明') && seminar.participants.includes('李华'), JSON.stringify(seminar));
    const [reception] = eventsOf('省外办今天晚上在成都举行迎春酒会。省外办主任王强在酒会上致词。');
    assert.ok(reception.participants.includes('王强'), JSON.stringify(reception));
  });
});

describe('events: short labels (who + act + where), cut at a word or clause', () => {
  it('an aside (位于…的) is left out of a long label, and the label ends on a whole word', () => {
    const events = eventsOf('12日，省委书记张明来到位于高新区的成都“智算中心”人工智能创新生态产业园区调研，察看算力平台建设。');
    const visit = events.find((e) => e.label.includes('调研'));
    assert.ok(visit, JSON.stringify(events));
    assert.ok(!visit.label.includes('位于') && visit.label.length <= 30, visit.label);
    assert.ok(visit.clause?.includes('位于高新区的'), 'the clause keeps the whole sentence');
  });

  it('a journal publishing an article: the title chain and the date\'s attributive leave, the name stays', () => {
    const events = eventsOf('6月1日出版的第11期《时事》杂志发表中共四川省委书记、省人大常委会主任张明的重要文章《坚定不移推进高质量发展开创全省工作新局面》。');
    const article = events.find((e) => e.label.includes('发表'));
    assert.ok(article, JSON.stringify(events));
    assert.ok(article.label.length <= 30, article.label);
    assert.ok(!article.label.startsWith('出版的'), article.label);
    assert.ok(!/《[^》]*$/.test(article.label), `no unclosed 《 in ${article.label}`);
    assert.match(article.label, /发表张明的重要文章/);
  });

  it('a Traditional report\'s label leaves its aside (位於…的) out and stays Traditional', () => {
    const events = eventsOf('12日，省委書記張明來到位於高新區的成都“智算中心”人工智能創新生態產業園區調研，察看算力平台建設。');
    const visit = events.find((e) => e.label.includes('調研'));
    assert.ok(visit && !visit.label.includes('位於') && visit.label.startsWith('張明'), JSON.stringify(events));
  });

  it('a comma inside a title in 《》 ends no clause; 议会议长 holds no meeting', () => {
    const events = eventsOf('12日，省长张明在《四川日报》发表题为《坚持创新驱动，推动高质量发展》的署名文章。');
    const article = events.find((e) => e.label.includes('发表'));
    assert.ok(article && !/《[^》]*$/.test(article.label), JSON.stringify(events));
    const [talks] = eventsOf('12日，省长张明在成都同法国国民议会议长李华举行会谈。');
    assert.match(talks.label, /会谈$/);
  });

  it('fitLabel never ends on a particle or inside a name in marks', () => {
    const words = (label: string) => label.match(/《[^》]*》|“[^”]*”|[^《“]{1,2}/g) ?? [];
    const label = fitLabel('张明来到成都市高新区的“某某人工智能创新生态产业园区”调研并同企业负责人座谈', words);
    assert.ok(label.length <= 30, label);
    assert.ok(!/[的和“]$/.test(label), label);
    assert.ok(!/“[^”]*$/.test(label), label);
    assert.equal(fitLabel('王强会见客人'), '王强会见客人');
  });

  it('a meeting word inside a document\'s title in 《》 names no meeting', () => {
    const events = eventsOf('5日，江城市政协常委会会议在江城开幕。会议听取关于《江城市政治协商会议章程（修订草案）》起草情况的说明。', '20240605.txt');
    assert.ok(!events.some((e) => /《[^》]*$/.test(e.label)), JSON.stringify(events.map((e) => e.label)));
  });

  it('fitLabel closes a quoted title opened too early to cut before it', () => {
    const label = fitLabel('听取关于《江城市人民代表大会常务委员会议事规则和代表工作条例修订草案》起草情况的说明');
    assert.equal(label, '听取关于《江城市人民代表大会常务委员会议事规则和代表工作…》');
  });

  it('an act in a clause framed as a time (在认真听取大家发言后，…) is not the act: the next clause\'s is', () => {
    const events = eventsOf('6月12日，省委书记王建华主持召开座谈会。在认真听取大家发言后，王建华发表了讲话。', '20230613.txt');
    assert.deepEqual(events.map((e) => e.label), ['王建华主持召开座谈会', '王建华发表了讲话']);
  });

  it('a sentence set at the meeting just reported (座谈会上，…) adds its people to that meeting, no event of its own', () => {
    const events = eventsOf('委员长王建华25日上午同代表座谈。\n座谈会上，代表们提出意见建议。\n李红主持座谈会。', '20240425.txt');
    assert.deepEqual(events.map((e) => [e.label, e.participants]), [['王建华同代表座谈', ['王建华', '李红']]]);
  });

  it('an event\'s places are where it happened, not a place in a title or a document\'s name', () => {
    const [visit] = eventsOf('5月12日，四川省委书记王建华在绵阳市调研。');
    assert.deepEqual(visit.places, ['绵阳市']);
    const [talks] = eventsOf('5月12日，国家主席王建华在北京会见法国总统李华。');
    assert.deepEqual(talks.places, ['北京市']);
  });

  it('fitLabel keeps a long clause\'s last words after an ellipsis (…座谈会), not a cut name\'s characters', () => {
    // Two-character words counted back from the given last words: what a segmenter makes of the clause.
    const segmented = (clause: string, last: string[]) => (label: string) => {
      const head = label === clause ? label.slice(0, label.length - last.join('').length) : label;
      const pairs: string[] = [];
      for (let end = head.length; end > 0; end -= 2) pairs.unshift(head.slice(Math.max(0, end - 2), end));
      return [...pairs, ...(label === clause ? last : [])];
    };
    const meeting = '书记王建华在江城市考察并主持召开推进城乡融合发展和乡村全面振兴工作座谈会后';
    const label = fitLabel(meeting, segmented(meeting, ['座谈会', '后']));
    assert.ok(label.endsWith('…座谈会') && label.length <= 30, label);
    const visit = '王强在京会见来华出席江城国际合作论坛和纪念活动的某国总统米尔济约';
    assert.ok(!fitLabel(visit, segmented(visit, ['米', '尔', '济', '约'])).includes('…'));
  });

  it('fitLabel leaves out a quoted title a long label introduces (题为《…》的)', () => {
    assert.equal(fitLabel('王强在《江城日报》发表题为《携手共进，开创两国友好合作新篇章》的署名文章'), '王强在《江城日报》发表署名文章');
  });
});

describe('events: acts read as subject and verb, and dates that date no happening', () => {
  it('a dated act with no act word and no person: the subject before the date, then its verb', () => {
    const events = eventsOf('西江市体育中心今天（6月12日）举行龙舟比赛，吸引数千名市民观看。', '20230612.txt');
    assert.ok(events.some((e) => e.date === '2023-06-12' && e.label.startsWith('西江市体育中心') && e.label.includes('龙舟比赛')), JSON.stringify(events));
  });

  it('a date standing alone in its clause dates the subject and verb of the next one', () => {
    const events = eventsOf('11日，联合国安理会就一项决议草案进行表决。', '20230612.txt');
    assert.ok(events.some((e) => e.date === '2023-06-11' && e.label.startsWith('联合国安理会') && e.label.includes('表决')), JSON.stringify(events));
  });

  it('no act is read into a state the date holds, nor into a reported speaker\'s words', () => {
    assert.deepEqual(eventsOf('今天，我们的城市正在日益走向繁荣。', '20230612.txt').filter((e) => e.date === '2023-06-12'), []);
    const speech = eventsOf('市长王强在讲话中指出，30年前的今天，西江大桥建成通车。', '20230612.txt');
    assert.ok(!speech.some((e) => e.date === '1993-06-12'), JSON.stringify(speech));
  });

  it('a dated statement by a subject the tagger reads as nouns is an event', () => {
    const events = eventsOf('西江省卫生部门11日称，当地暴雨已造成3人受伤。', '20230612.txt');
    assert.ok(events.some((e) => e.date === '2023-06-11' && e.label.includes('卫生部门')), JSON.stringify(events));
  });

  it('a half-year that qualifies the work discussed does not date the meeting; a year opening a quoted title does not either', () => {
    const events = eventsOf('就下半年经济工作 省委召开专家座谈会\n省委12日召开专家座谈会，听取对下半年经济工作的意见。', '20230612.txt');
    assert.ok(!events.some((e) => e.date === '2023-07-01/2023-12-31'), JSON.stringify(events));
    assert.ok(events.some((e) => e.date === '2023-06-12' && e.label.includes('座谈会')), JSON.stringify(events));
    const award = eventsOf('日前，省环保厅在西江市授予20家企业“2022年度环境保护先进企业”称号。', '20230612.txt');
    assert.ok(!award.some((e) => e.date === '2022'), JSON.stringify(award));
  });

  it('a cut-off date (截至…) does not date a later happening told by context', () => {
    const events = eventsOf('省人大常委会会议12日在西江闭幕。截至5月底，全省共整改问题300多个。会议听取了副省长王强作的关于整改情况的报告。', '20230612.txt');
    assert.ok(!events.some((e) => e.date?.startsWith('2023-05-2')), JSON.stringify(events));
  });

  it('a label that opens with a place name keeps its first character, though it is an adverb (也门)', () => {
    const events = eventsOf('也门卫生部门11日称，空袭已造成3人受伤。', '20230612.txt');
    assert.ok(events.some((e) => e.date === '2023-06-11' && e.label.startsWith('也门')), JSON.stringify(events));
  });

  it('the person in the act\'s own clause is its actor, not one from an earlier clause of the sentence', () => {
    const events = eventsOf('昨天晚上，女子跳水决赛在西江举行。最终，选手李小红以高分摘取冠军，选手王小芳夺得亚军。', '20230612.txt');
    const silver = events.find((e) => e.label.includes('夺得亚军'));
    assert.ok(silver && silver.label.startsWith('王小芳'), JSON.stringify(events));
  });

  it('a past day alone at the head of a sentence dates the undated acts after it, though its sentence tells none', () => {
    const events = eventsOf('北京时间昨天晚上，游泳馆里展开了激烈的争夺。最终，选手王小芳夺得冠军。', '20230612.txt');
    assert.ok(events.some((e) => e.date === '2023-06-11' && e.label.includes('王小芳')), JSON.stringify(events));
  });

  it('a statement\'s clause holds what it says, so its content is found in the hover', () => {
    const events = eventsOf('外交部发言人李明15日表示，两国已就航运路线图达成协议。');
    const statement = events.find((e) => e.participants.includes('李明'));
    assert.ok(statement?.label.includes('表示') && statement.clause?.includes('达成协议'), JSON.stringify(events));
  });

  it('an attendance word that opens an attributive (出席阅兵式的…) hides no act: the actor\'s own act is the event; a list of attendees still joins the meeting', () => {
    const events = eventsOf('广场12日举行庆祝大会。出席大会的总统王大伟发表讲话说，胜利永被铭记。出席大会的嘉宾还有：李小军、张建华。');
    assert.ok(events.some((e) => e.date === '2023-06-12' && e.label.includes('王大伟发表讲话')), JSON.stringify(events));
    assert.ok(events.some((e) => e.participants.includes('李小军') && e.label.includes('庆祝大会')), JSON.stringify(events));
  });

  it('a sentence opening with 此前 tells an earlier happening: undated, not folded into the meeting reported', () => {
    const events = eventsOf('市委12日召开会议，书记王大伟主持会议。\n此前，王大伟主持召开常委会会议，听取汇报。', '20230612.txt');
    assert.ok(events.some((e) => e.date === null && e.label.includes('常委会会议')), JSON.stringify(events));
    assert.ok(events.some((e) => e.date === '2023-06-12'), JSON.stringify(events));
  });

  it('a speaker dated the same day as the act his words report (当天) does not hide the act', () => {
    const events = eventsOf('国防部13日说，总参谋长王大伟当天举行会议，批准了作战计划。', '20230614.txt');
    assert.ok(events.some((e) => e.date === '2023-06-13' && e.participants.includes('王大伟') && e.label.includes('会议')), JSON.stringify(events));
  });

  it('a meeting named as the date\'s subject is the happening, its chair and speakers join it, and what the speaker names in his paragraph is none', () => {
    const text = '全省青年读书交流会24日在成都召开，省委书记王大伟出席会议并讲话。\n王大伟指出，要抓好学习。大会闭幕以来，各地积极行动。要发挥理论学习座谈会的作用。\n交流会上，李小军、张建华在主会场作了发言。副省长刘明主持会议。';
    const events = eventsOf(text, '20230625.txt');
    assert.equal(events.length, 1, JSON.stringify(events));
    assert.equal(events[0].label, '全省青年读书交流会');
    assert.deepEqual(events[0].participants, ['王大伟', '李小军', '张建华', '刘明']);
  });

  it('a headline told in other words (看望慰问 for 看望, an abbreviated meeting name) folds into the dated event; a year opening a meeting\'s name is the name\'s', () => {
    const visit = eventsOf('王大伟看望慰问暑期休假专家\n央视网消息：王大伟3日在海滨看望暑期休假专家。', '20230604.txt');
    assert.equal(visit.length, 1, JSON.stringify(visit));
    const fair = eventsOf('李小军出席2023年全省招商大会\n央视网消息：2023年全省招商大会14日在成都举行。省长李小军出席并致辞。', '20230615.txt');
    assert.equal(fair.length, 1, JSON.stringify(fair));
    assert.equal(fair[0].date, '2023-06-14');
  });

  it('a clause cut off at its date takes the person of the sentence\'s first clause as its actor', () => {
    const events = eventsOf('公司副总经理王大伟作为董事会的代表，6月1日也开始走进医院的办公室。', '20230605.txt');
    assert.ok(events.some((e) => e.date === '2023-06-01' && e.participants.includes('王大伟')), JSON.stringify(events));
  });

  it('分别于 A 和 B: each subject its own event on its own date', () => {
    const events = eventsOf('央视网消息：全省人民代表大会第二次会议和全省政协第三次会议，将分别于2023年7月5日和7月4日在成都开幕。', '20230612.txt');
    assert.ok(events.some((e) => e.date === '2023-07-05' && e.label === '全省人民代表大会第二次会议在成都开幕'), JSON.stringify(events));
    assert.ok(events.some((e) => e.date === '2023-07-04' && e.label === '全省政协第三次会议在成都开幕'), JSON.stringify(events));
  });

  it('a recent happening (日前) done by an organisation is an event with no date', () => {
    const events = eventsOf('本报北京６月１２日讯日前中国科学院在京授予２０名青年学者“优秀青年科学家”称号。', '20230612.txt');
    assert.ok(events.some((e) => e.date === null && e.label.includes('授予')), JSON.stringify(events));
  });

  it('who speaks right after a happening (会谈结束后，…表示) took part in it; a speaker with no such opening does not', () => {
    const events = eventsOf('12日，甲国和乙国代表团在日内瓦举行会谈。会谈结束后，甲国外交部长王明华表示，双方同意恢复磋商。另据报道，乙国总理李东生表示，将继续观察。', '20230612.txt');
    const talks = events.find((e) => e.label.includes('会谈'));
    assert.ok(talks && talks.date === '2023-06-12' && talks.participants.includes('王明华'), JSON.stringify(events));
    assert.ok(!talks.participants.includes('李东生'), JSON.stringify(events));
  });

  it('a dated statement and the dated plan it announces (表示，计划于19日…举行会议) are two events, the speaker in both', () => {
    const events = eventsOf('甲国总统王明华18日表示，计划于19日与邻国领导人举行紧急会议。', '20230619.txt');
    assert.ok(events.some((e) => e.date === '2023-06-18' && e.participants.includes('王明华')), JSON.stringify(events));
    assert.ok(events.some((e) => e.date === '2023-06-19' && e.label.includes('紧急会议') && e.participants.includes('王明华')), JSON.stringify(events));
  });

  it('the first happening below the headline may be done by organisations with no date (the report\'s day); not a plan', () => {
    const events = eventsOf('湖南省民政厅向全省优抚对象致慰问信\n央视网消息：新春佳节来临之际，湖南省民政厅、湖南省军区政治工作部向全省优抚对象发出慰问信，致以节日问候。', '20230113.txt');
    assert.ok(events.some((e) => e.date === '2023-01-13' && e.label.includes('慰问信')), JSON.stringify(events));
    const plans = eventsOf('研究所的新任务\n本报讯：湖南省电子技术研究所将着重研究遥控检修卫星的技术。', '20230113.txt');
    assert.deepEqual(plans, []);
  });

  it('a sentence with no date ending in a speech act (…书记李明华讲话。) names a speaker of the meeting just reported', () => {
    const meeting = oneEvent('全省纪律检查委员会第六次全体会议，于2023年6月12日在长沙举行。全会由常务委员会主持。省纪委书记李明华讲话。', '20230612.txt');
    assert.ok(meeting.participants.includes('李明华'), JSON.stringify(meeting));
  });

  it('who gives a report to the meeting last told (…厅长赵明华作了关于…的报告。) speaks at it; a report with no meeting before it, or the 作 of 工作, is none', () => {
    const meeting = oneEvent('省人大常委会第十次会议12日在长沙举行第一次全体会议。李建国主持会议。受省政府委托，省财政厅厅长赵明华作了关于全省预算执行情况的报告。省教育厅厅长孙立新作关于教育工作情况的报告。', '20230612.txt');
    assert.deepEqual(meeting.participants, ['李建国', '赵明华', '孙立新'], JSON.stringify(meeting));
    const noMeeting = eventsOf('省长王建华12日在长沙考察。省教育厅厅长孙立新作了关于教育工作情况的报告。', '20230612.txt');
    assert.ok(!noMeeting.some((e) => e.participants.includes('孙立新')), JSON.stringify(noMeeting));
  });

  it('a headline announcing a coming session (…委员长会议 决定…第十一次会议9月10日至13日在京举行) dates only its own clause and gives the body no month; a report goes to the meeting held, and both numberings of one session are one event', () => {
    const events = eventsOf('王建华主持召开省人大常委会第二十九次主任会议 决定省人大常委会第十一次会议9月10日至13日在长沙举行\n省人大常委会第29次主任会议27日在长沙举行。王建华主任主持。会议决定，省人大常委会第11次会议9月10日至13日在长沙举行。受主任会议委托，秘书长李明华作了关于代表资格审查情况的报告。', '20240827.txt');
    const held = events.find((e) => e.label.includes('主任会议'));
    assert.ok(held && held.date === '2024-08-27' && held.participants.includes('王建华') && held.participants.includes('李明华'), JSON.stringify(events));
    const coming = events.filter((e) => e.label.includes('第十一次会议') || e.label.includes('第11次会议'));
    assert.equal(coming.length, 1, JSON.stringify(events));
    assert.ok(coming[0].date === '2024-09-10/2024-09-13' && !coming[0].label.startsWith('决定') && !coming[0].participants.includes('李明华'), JSON.stringify(events));
  });

  it('a lede that tells the headline\'s meeting as recent (近日…主持召开…座谈会) leaves it undated, and the stops told after it too', () => {
    const events = eventsOf('王建华在巴彦淖尔考察并主持召开生态工程建设座谈会在干部群众中引起强烈反响\n央视网消息：省委书记王建华近日在巴彦淖尔市考察并主持召开生态工程建设座谈会。\n王建华考察的第一站来到林场。', '20230607.txt');
    assert.ok(events.length > 0 && events.every((e) => e.date === null), JSON.stringify(events));
  });

  it('a headline\'s date dates only its own clause (…“六一”国际儿童节快乐 王建华出席开幕会: the opening is the body\'s day)', () => {
    const events = eventsOf('李明华致信祝贺少先队代表大会召开 祝全省小朋友们“六一”国际儿童节快乐 王建华出席开幕会\n央视网消息：省少先队第九次代表大会27日上午在长沙开幕。王建华出席开幕会。', '20250527.txt');
    assert.ok(!events.some((e) => e.date === '2025-06-01'), JSON.stringify(events));
    assert.ok(events.some((e) => e.date === '2025-05-27' && e.participants.includes('王建华')), JSON.stringify(events));
  });

  it('a message sent to a meeting (31日致电祝贺…首脑会议在麦加召开) is dated by the day before its verb, which is no part of the meeting\'s name', () => {
    const events = eventsOf('王强向首脑会议致贺电\n央视网消息：国家主席王强31日致电祝贺第14届合作组织首脑会议在麦加召开。', '20190601.txt');
    assert.ok(events.some((e) => e.date === '2019-05-31' && e.participants.includes('王强')), JSON.stringify(events));
  });

  it('a headline\'s clauses stand apart by spaces: the last one\'s act is its own subject\'s, not the first clause\'s', () => {
    const events = eventsOf('王建华就机关党建作出重要指示强调 推动机关党建高质量发展 李明华出席座谈会并讲话\n央视网消息：座谈会31日在京召开。李明华出席会议并讲话。', '20240731.txt');
    const meeting = events.find((e) => e.label.includes('座谈会'));
    assert.ok(meeting && meeting.participants.includes('李明华') && !meeting.participants.includes('王建华'), JSON.stringify(events));
  });

  it('a talk\'s sides stay those a later 两国领导人 or 双方 means when a speaker recalls an act of an earlier year in between', () => {
    const events = eventsOf('国务院总理王建华16日在北京同瑞士联邦主席阿姆赫德举行会谈。\n王建华表示，两国关系取得长足发展。2016年，习近平主席与瑞方领导人共同宣布建立创新战略伙伴关系。\n双方宣布完成自贸协定升级联合可研。\n会谈后，两国领导人共同见证签署双边经贸合作文件。', '20240116.txt');
    const signing = events.find((e) => e.label.includes('签署'));
    assert.ok(signing && signing.participants.includes('王建华') && signing.participants.includes('阿姆赫德') && !signing.participants.includes('习近平'), JSON.stringify(events));
    // …and when the speaker tells of a talk held the same day (今天上午习近平主席同首相先生举行会晤).
    const sameDay = eventsOf('国务院总理王建华11日在北京同西班牙首相桑切斯举行会谈。\n王建华表示，今天上午，习近平主席同首相先生举行会晤。\n会谈后，两国总理共同见证签署经贸合作文件。', '20250411.txt');
    const signed = sameDay.find((e) => e.label.includes('签署'));
    assert.ok(signed && signed.participants.includes('王建华') && signed.participants.includes('桑切斯') && !signed.participants.includes('习近平'), JSON.stringify(sameDay));
  });

  it('a meeting held during a summit (出席…峰会期间会见…) is the act, so the signing after it has both sides as actors', () => {
    const events = eventsOf('6月17日上午，国家主席王建华在阿斯塔纳出席第二届中国—中亚峰会期间会见吉尔吉斯斯坦总统扎帕罗夫。\n会见后，两国元首共同见证双方宣布签署多份双边合作文件。', '20250617.txt');
    assert.ok(events.some((e) => e.date === '2025-06-17' && e.label.includes('签署') && e.participants.includes('扎帕罗夫')), JSON.stringify(events));
  });

  it('those who make speeches to a plenary (…等3位常委作大会发言。) take part in it: 大会 of 大会发言 names no meeting', () => {
    const meeting = oneEvent('省政协常委会第九次会议10日上午举行全体会议。省政协主席王建华出席。\n李明华、户思社、孙立新等3位常委作大会发言。', '20241010.txt');
    assert.deepEqual(meeting.participants, ['王建华', '李明华', '户思社', '孙立新'], JSON.stringify(meeting));
    // …代表各民主党派中央致贺词。: a congratulatory speech too.
    const congress = oneEvent('省农工党第九次代表大会7日在长沙开幕。省委书记王建华出席开幕会并致贺词。省政协副主席李明华代表各民主党派致贺词。', '20221207.txt');
    assert.deepEqual(congress.participants, ['王建华', '李明华'], JSON.stringify(congress));
  });

  it('one who speaks in a speech (谌贻琴在讲话中指出，…) with no date of their own takes part in the meeting last told', () => {
    const meeting = oneEvent('第十五次全省民政会议10月25日至26日在长沙召开。省长王建华出席会议并讲话。\n副省长李明华在讲话中指出，要深入学习贯彻重要指示精神。', '20241026.txt');
    assert.deepEqual(meeting.participants, ['王建华', '李明华'], JSON.stringify(meeting));
  });

  it('a clause of a sequencing adverb alone and no subject of its own (随后，在现场指挥部主持召开会议) is the last actor\'s act; not one that names its own subject', () => {
    const events = eventsOf('王建华先后来到灾情最严重的马坡乡、旧庄沟村，详细了解人员搜救情况。随后，在现场指挥部主持召开会议，研究部署抢险救灾工作。', '20250808.txt');
    assert.ok(events.some((e) => e.label.includes('主持召开会议') && e.participants.includes('王建华')), JSON.stringify(events));
    const own = eventsOf('李明华说，过去的一年极不平凡。随后，中国共产党召开第十五次全国代表大会。', '19980126.txt');
    assert.ok(own.every((e) => !e.participants.includes('李明华') || !e.label.includes('代表大会')), JSON.stringify(own));
  });

  it('a stop told with 还 (王建华还来到…, 还到…) is another stop, not a restatement of the first; a verb glued to 调研期间 is the tour\'s actor\'s act', () => {
    const text = '省委书记王建华8日至10日到江城调研。\n王建华来到江城机械集团有限公司，与干部群众深入交流。王建华还来到江城市司法局，了解工作情况。\n调研期间主持召开座谈会，听取意见建议。';
    const events = eventsOf(text, '20260610.txt');
    assert.ok(events.some((e) => e.label.includes('还来到江城市司法局') && e.participants.includes('王建华')), JSON.stringify(events));
    assert.ok(events.some((e) => e.label.includes('来到江城机械集团')), JSON.stringify(events));
    assert.ok(events.some((e) => e.label.includes('主持召开座谈会') && e.participants.includes('王建华')), JSON.stringify(events));
    const more = eventsOf('省委书记王建华8日至10日到江城调研。\n王建华来到江城机械集团有限公司，与干部群众深入交流。王建华还到江城市公安局指挥中心，了解情况。', '20260610.txt');
    assert.ok(more.some((e) => e.label.includes('还到江城市公安局') && e.participants.includes('王建华')), JSON.stringify(more));
    assert.ok(eventsOf('王建华把各地跑了个遍，有些地方还到了不止一次。', '20260610.txt').length === 0);
  });

  it('who conveys an instruction at the meeting (在会上传达…重要指示) takes part in the meeting on its day, not in the instruction, and the one instructing is cited, not present', () => {
    const text = '省委书记王建华近日对政法工作作出重要指示。\n全省政法工作会议7日至8日在江城召开。省委常委、政法委书记李明华在会上传达王建华重要指示并讲话。';
    const events = eventsOf(text, '20230108.txt');
    const meeting = events.find((e) => e.label.includes('政法工作会议'));
    assert.ok(meeting?.participants.includes('李明华') && !meeting.participants.includes('王建华'), JSON.stringify(events));
    assert.ok(!events.find((e) => e.label.includes('重要指示'))?.participants.includes('李明华'), JSON.stringify(events));
  });

  it('a holiday that heads a quoted name stays in the label (在“中国人民警察节”到来之际), not cut to 中国', () => {
    const events = eventsOf('王建华对政法工作作出重要指示强调 坚持改革创新 在“中国人民警察节”到来之际向全省人民警察致以节日祝贺和慰问\n央视网消息：省委书记王建华近日对政法工作作出重要指示。', '20230108.txt');
    assert.ok(events.some((e) => e.label.includes('“中国人民警察节”')), JSON.stringify(events));
  });

  it('who gives the work arrangements (作工作布置，强调…) at the meeting just reported takes part in it', () => {
    const text = '全省宣传部长会议3日至4日在江城召开。省委书记王建华出席会议并讲话。\n省委常委、宣传部部长李明华作工作布置，强调要提高舆论引导水平。';
    const meeting = eventsOf(text, '20250104.txt').find((e) => e.label.includes('宣传部长会议'));
    assert.ok(meeting?.participants.includes('李明华'), JSON.stringify(eventsOf(text, '20250104.txt')));
  });

  it('an act told 访卢期间 (访 and the place\'s short form) is within the visit just told, on its days', () => {
    const text = '6月20日至21日，省委书记王建华对卢森堡进行正式访问。\n20日，王建华出席合作论坛并致辞。\n访卢期间，王建华还考察了货航总部。';
    const stop = eventsOf(text, '20240622.txt').find((e) => e.label.includes('货航总部'));
    assert.equal(stop?.date, '2024-06-20/2024-06-21', JSON.stringify(eventsOf(text, '20240622.txt')));
  });

  it('reports given after a meeting to come is named (为召开…会议作准备) are given to the meeting held, not the one to come', () => {
    const text = '省人大常委会第三十九次会议23日上午在长沙举行第一次全体会议。王建华主任主持。\n这次常委会会议的一项重要任务是为召开省十四届人大一次会议作准备。\n会议听取了省人大常委会秘书长李明华作的关于代表选举工作情况的报告。';
    const plenary = eventsOf(text, '20230223.txt').find((e) => e.label.includes('全体会议'));
    assert.ok(plenary?.participants.includes('李明华'), JSON.stringify(eventsOf(text, '20230223.txt')));
  });

  it('who reports at a meeting a sentence opens by naming (委员长会议上，…作了汇报) takes part in that meeting, not in one to come; 会议议程草案 names no happening', () => {
    const text = '省人大常委会第一百三十三次主任会议16日上午在长沙举行，王建华主任主持。会议决定，省人大常委会第三十九次会议2月23日至24日在长沙举行。\n第三十九次会议的一项重要任务是为即将召开的省十四届人大一次会议作准备。\n主任会议上，省人大常委会秘书长李明华就第三十九次会议议程草案和列席人员名单草案等作了汇报。';
    const events = eventsOf(text, '20230216.txt');
    const council = events.find((e) => e.label.includes('主任会议'));
    assert.ok(council?.participants.includes('李明华'), JSON.stringify(events));
    assert.ok(events.every((e) => e.label.includes('主任会议') || !e.participants.includes('李明华')), JSON.stringify(events));
  });

  it('a tour the report dates only as recent (近日在宁夏考察) spans the days of its actor\'s dated acts after it', () => {
    const events = eventsOf('王建华在宁夏考察\n省委书记王建华近日在宁夏考察。6月19日，王建华结束在青海的考察后，来到宁夏吴忠市考察。20日上午，王建华听取宁夏回族自治区党委和政府工作汇报。', '20230621.txt');
    assert.ok(events.some((e) => e.date === '2023-06-19/2023-06-20' && e.label.includes('近日在宁夏考察')), JSON.stringify(events));
  });

  it('who accompanies an act (他在…书记李明华陪同下，到银川市调研) takes part in it; the pronoun\'s person does it', () => {
    const events = eventsOf('6月19日，王建华来到宁夏。当天下午，他在自治区党委书记李明华和自治区政府主席孙立新陪同下，到银川市调研。', '20230620.txt');
    const tour = events.find((e) => e.label.includes('银川市调研'));
    assert.ok(tour && tour.label.startsWith('王建华') && ['王建华', '李明华', '孙立新'].every((name) => tour.participants.includes(name)), JSON.stringify(events));
  });

  it('a day told in someone\'s words (王建华表示，…昨天（5月16日）在北京会晤) sets no scene; an act yet to come (将) is undated', () => {
    const events = eventsOf('王建华出席博览会开幕式\n5月17日，王建华在哈尔滨出席第八届博览会开幕式并致辞。王建华表示，两国领导人昨天（5月16日）在北京会晤。开幕式后，王建华一同巡视博览会展馆。王建华还将访问俄罗斯。', '20240517.txt');
    assert.ok(events.some((e) => e.date === '2024-05-17' && e.label.includes('巡视')), JSON.stringify(events));
    assert.ok(events.some((e) => e.date === null && e.label.includes('将访问俄罗斯')), JSON.stringify(events));
  });

  it('who reads out an order or a letter at the meeting just told (…副主席王建华宣读了晋升命令) takes part in it', () => {
    const meeting = oneEvent('全省表彰大会25日在长沙举行。省委副书记王建华宣读了表彰决定。', '20231225.txt');
    assert.ok(meeting.participants.includes('王建华'), JSON.stringify(meeting));
  });

  it('a member named with the title after the name who speaks (王建华常委建议，…) speaks at the meeting last told; a head of state cited is not', () => {
    const meeting = oneEvent('省政协常委会第五次会议1日在长沙举行全体会议。李明主持会议。王建华常委建议，要加强协商。孙立新常委代表民盟省委提出，要凝聚共识。习近平主席指出，要团结。', '20221101.txt');
    assert.ok(['王建华', '孙立新'].every((name) => meeting.participants.includes(name)) && !meeting.participants.includes('习近平'), JSON.stringify(meeting));
  });

  it('a meeting to come (为召开…会议作准备) is undated, not on the day of the session preparing it', () => {
    const events = eventsOf('省人大常委会第十次会议26日在长沙举行第一次全体会议。这次会议的一项重要任务是为召开省十四届人大二次会议作准备。', '20240226.txt');
    assert.ok(events.some((e) => e.date === null && e.label.includes('二次会议')), JSON.stringify(events));
    assert.ok(!events.some((e) => e.date === '2024-02-26' && e.label.includes('二次会议')), JSON.stringify(events));
  });

  it('posts filled at the meeting just reported (全会选举甲同志为…) are an event of its day with the appointed; an election spoken of is none', () => {
    const events = eventsOf('全省纪律检查委员会第六次全体会议，于2023年6月12日在长沙举行。全会选举赵明华同志为省纪律检查委员会副书记。这次换届选举将产生新一届领导人。', '20230612.txt');
    assert.ok(events.some((e) => e.date === '2023-06-12' && e.label.includes('选举') && e.participants.includes('赵明华')), JSON.stringify(events));
    assert.equal(events.length, 2, JSON.stringify(events));
  });

  it('a communiqué\'s opening (…全体会议，于2023年6月12日在长沙举行) is the meeting, named by the clause before its date', () => {
    const events = eventsOf('公报\n中共湖南省委第六次全体会议，于2023年6月12日在长沙举行。出席全会的有委员60人。', '20230612.txt');
    assert.ok(events.some((e) => e.date === '2023-06-12' && e.label === '中共湖南省委第六次全体会议'), JSON.stringify(events));
  });

  it('a past year a speaker recalls opens a happening of its own (表示，去年，…进行国事访问); this year does not', () => {
    const events = eventsOf('标题\n王建华25日在北京会见甲国议长。王建华表示，去年，习近平主席成功对甲国进行国事访问。今年，两国关系持续发展。', '20250626.txt');
    assert.ok(events.some((e) => e.date === '2024' && e.participants.includes('习近平') && e.label.includes('国事访问')), JSON.stringify(events));
    assert.equal(events.length, 2, JSON.stringify(events));
  });

  it('a speaker recalls an act of a past month: dated in the words\' first clause after its doers, or opened by a past time and 我们; no one attends it', () => {
    const events = eventsOf('标题\n6月12日，王建华在北京会见甲国议长李大卫。\n王建华表示，习近平主席同甲国总理张明去年11月在乙市举行重要会晤。\n李大卫指出，去年10月，我们在丙市会见，开启了两国合作的新局面。\n刘洋参加会见。', '20260612.txt');
    const recalled = events.filter((e) => e.date === '2025-11' || e.date === '2025-10');
    assert.deepEqual(recalled.map((e) => [e.date, e.participants]), [['2025-11', ['习近平', '张明']], ['2025-10', ['李大卫']]], JSON.stringify(events));
    assert.ok(events.find((e) => e.date === '2026-06-12')!.participants.includes('刘洋'), JSON.stringify(events));
  });

  it('a talk the speaker recalls someone named holding is an event the text does not date, or dated by a past year opening its sentence', () => {
    const events = eventsOf('标题\n6月12日，王建华在北京会见甲国总统李大卫。\n王建华表示，两国友谊源远流长。习近平主席同你举行会谈，规划了两国关系。\n刘洋参加会见。\n赵明表示，去年两国共同庆祝建交，习近平主席同张伟总理举行重要会晤。', '20260612.txt');
    assert.deepEqual(events.filter((e) => e.label.includes('习近平')).map((e) => [e.date, e.participants]), [[null, ['习近平']], ['2025', ['习近平', '张伟']]], JSON.stringify(events));
    assert.ok(events.find((e) => e.date === '2026-06-12')!.participants.includes('刘洋'), JSON.stringify(events));
  });

  it('a past time in the words with no doer before it, or 我们 with no past time, is no recalled act', () => {
    const events = eventsOf('标题\n6月12日，王建华在北京会见甲国议长李大卫。\n王建华说，在刚刚过去的2025年，全省各族人民战胜了干旱。\n李大卫指出，我们在丙市会见，开启了新局面。', '20260612.txt');
    assert.deepEqual(events.map((e) => e.date), ['2026-06-12'], JSON.stringify(events));
  });

  it('who accompanies an inspection (陪同考察) accompanies the whole tour the report opens with; a headline restating a stop is the tour', () => {
    const events = eventsOf('王强在甲省考察\n7月5日至7日，王强在甲省省委书记李华陪同下，先后来到乙市、丙市等地进行调研。\n6日下午，王强在丙市考察调研。他来到实验室。\n7日上午，王强听取了甲省工作汇报。\n刘明陪同考察。', '20230707.txt');
    const tour = events.find((e) => e.date === '2023-07-05/2023-07-07')!;
    assert.ok(tour.participants.includes('刘明') && tour.participants.includes('李华'), JSON.stringify(events));
    assert.ok(events.every((e) => e === tour || !e.participants.includes('刘明')), JSON.stringify(events));
  });

  it('a headline telling who attended the meeting the text dates (…在出席全省干部会议时强调) folds into that meeting', () => {
    const events = eventsOf('王建华在出席全省干部会议时强调 认真抓好落实\n央视网消息：省委书记王建华12日下午出席全省干部会议并发表重要讲话。', '20230612.txt');
    assert.equal(events.length, 1, JSON.stringify(events));
    assert.ok(events[0].label.includes('全省干部会议') && events[0].date === '2023-06-12', JSON.stringify(events));
  });

  it('a past year alone (11年前) sets no scene over the trip a later 此访期间 is in', () => {
    const signed = eventsOf('7月2日至6日，国家主席王强对某国进行国事访问。特别值得一提的是，11年前，王强正是在某国首次提出倡议。此访期间，两国元首签署联合声明。', '20240707.txt').find((e) => e.label.includes('签署'));
    assert.equal(signed?.date, '2024-07-02/2024-07-06');
  });

  it('a games its clause holds (…23日晚在江城开幕) is a happening: the headline telling who attended it undated takes its day', () => {
    const events = eventsOf('第九届全省运动会在江城开幕 王建华出席开幕式\n第九届全省运动会23日晚在江城隆重开幕。省委书记王建华出席开幕式并宣布运动会开幕。运动员积极备战奥运会。', '20230924.txt');
    const attended = events.find((e) => e.participants.includes('王建华'));
    assert.equal(attended?.date, '2023-09-23', JSON.stringify(events));
    assert.ok(!events.some((e) => e.label.includes('备战')), JSON.stringify(events));
  });

  it('自我 is no first person: a meeting whose sentence holds 批评和自我批评 is reported', () => {
    const events = eventsOf('省委常委会于12月26日至27日召开民主生活会，开展批评和自我批评。', '20241227.txt');
    assert.ok(events.some((e) => e.label.includes('民主生活会') && e.date === '2024-12-26/2024-12-27'), JSON.stringify(events));
  });

  it('the paragraphs after 文章全文如下： are the author\'s words: a past time opening a clause with 我 recalls the author\'s act', () => {
    const events = eventsOf('5月7日，国家主席王强在《江城日报》发表署名文章。文章全文如下：\n今年是合作30周年。\n10年前的这个时候，我赴江城出席博览会开幕式，会见了老朋友。\n我们要继续努力。', '20250507.txt');
    assert.ok(events.some((e) => e.date === '2015-05' && e.participants.includes('王强')), JSON.stringify(events));
    assert.ok(!events.some((e) => e.label.includes('努力')), JSON.stringify(events));
  });

  it('王强指出，昨天，我同…宣布: the speaker recalls an act of their own, the day before; who attends after it attends the speech', () => {
    const events = eventsOf('当地时间12月13日下午，国家主席王强在江城出席友好人士代表大会并发表重要讲话。王强指出，昨天，我同李华总理一道宣布建立伙伴关系。赵明等参加上述活动。', '20231214.txt');
    const recalled = events.find((e) => e.date === '2023-12-12');
    assert.ok(recalled && recalled.participants[0] === '王强' && recalled.participants.includes('李华'), JSON.stringify(events));
    assert.ok(!recalled.participants.includes('赵明'), JSON.stringify(events));
  });

  it('会议…，决定今年10月在江城召开全体会议: the meeting decided on is an event of its own month', () => {
    const events = eventsOf('省委常委会7月30日召开会议，决定今年10月在江城召开省委十二届五次全体会议。', '20260730.txt');
    assert.ok(events.some((e) => e.date === '2026-10' && e.label.includes('全体会议')), JSON.stringify(events));
  });

  it('a headline\'s act told within the lede\'s first dated happening by the same actor is that happening, not one of the broadcast day', () => {
    const events = eventsOf('王强会见某国总统\n当地时间11月3日，国家副主席王强在多哈出席峰会期间会见某国总统阿里。\n王强转达了问候。', '20251104-08.txt');
    assert.deepEqual(events.map((e) => e.date), ['2025-11-03'], JSON.stringify(events));
  });

  it('临近春节: a holiday to come dates none of the happenings told near it; they keep the visit\'s days', () => {
    const events = eventsOf('王强在江西看望慰问基层干部群众\n国务院总理王强2月9日至10日在江西赣州调研并看望慰问基层干部群众。\n临近春节，处处洋溢着喜庆气氛。王强来到瑞金市叶坪镇朱坊村，走进老党员家中。', '20260211-03.txt');
    assert.ok(events.length > 0 && events.every((e) => e.date === '2026-02-09/2026-02-10'), JSON.stringify(events.map((e) => [e.date, e.label])));
  });

  it('a person only named (纪念张明同志诞辰) is no participant of the event told', () => {
    const [symposium] = eventsOf('纪念张明同志诞辰110周年座谈会12日在京举行。中共中央政治局常委李华出席座谈会。');
    assert.ok(symposium.participants.includes('李华') && !symposium.participants.includes('张明'));
  });
  it('a time remembered (回忆起2013年初…) dates a recalled act and sets no scene: the tour\'s next stops keep their day', () => {
    const events = eventsOf('11日上午，王强前往江城苹果基地考察。他真切地回忆起2013年初来施工现场考察的情景。王强走进果林，了解种植情况。随后，王强来到麦积山石窟参观。', '20240913-01.txt');
    assert.deepEqual(events.filter((e) => e.date !== '2013-01' && e.label.includes('王强')).map((e) => e.date), ['2024-09-11', '2024-09-11', '2024-09-11'], JSON.stringify(events.map((e) => [e.date, e.label])));
  });

  it('two stops of one actor on one day at places with none in common are two events, not one restated', () => {
    const events = eventsOf('11日上午，王强来到麦积山石窟参观。11日下午，王强来到兰州市考察。', '20240913-01.txt');
    assert.equal(events.filter((e) => e.date === '2024-09-11').length, 2, JSON.stringify(events.map((e) => [e.date, e.label])));
  });
  it('春节前夕, 春节即将到来之际: the holiday approached dates none of the happenings told near it', () => {
    const events = eventsOf('王强春节前夕赴江西看望慰问基层干部群众\n春节即将到来之际，国务院总理王强来到江西，看望慰问基层干部群众。', '20250124-01.txt');
    assert.ok(events.length > 0 && events.every((e) => e.date !== '2025-01-29'), JSON.stringify(events.map((e) => [e.date, e.label])));
  });
  it('分别会见甲、乙: one meeting with each guest; who attends, and what is said at each, go to that one', () => {
    const events = eventsOf('王强分别会见越南国家主席武文、泰国总理赛塔\n全国人大常委会委员长王强17日在北京分别会见越南国家主席武文、泰国总理赛塔。\n在会见武文时，王强表示，两国是好邻居。\n在会见赛塔时，王强表示，两国是好伙伴。\n丁明参加会见。', '20231017-14.txt');
    assert.deepEqual(events.map((e) => [e.label, e.participants]), [['王强在北京会见越南国家主席武文', ['王强', '武文', '丁明']], ['王强在北京会见泰国总理赛塔', ['王强', '赛塔', '丁明']]], JSON.stringify(events));
  });
  it('a sub-headline line tells the body\'s news: it folds into its actor\'s act there, not an event of the broadcast day', () => {
    const events = eventsOf('中共中央召开党外人士座谈会 王强主持并发表重要讲话\n中共中央召开党外人士座谈会\n王强主持并发表重要讲话\n央视网消息（新闻联播）：12月3日，中共中央在中南海召开党外人士座谈会。王强主持座谈会并发表重要讲话。', '20251208-02.txt');
    assert.ok(events.every((e) => e.date === '2025-12-03'), JSON.stringify(events.map((e) => [e.date, e.label])));
  });
  it('同来华出席…峰会并进行国事访问的总统…会谈: the summit that describes the guest is no happening; the label leaves it out', () => {
    const events = eventsOf('王建华同哈萨克斯坦总统会谈\n5月17日下午，国家主席王建华在西安同来华出席中国－中亚峰会并进行国事访问的哈萨克斯坦总统托卡耶夫会谈。', '20230518-01.txt');
    assert.deepEqual(events.map((e) => [e.date, e.label]), [['2023-05-17', '王建华在西安同托卡耶夫会谈']], JSON.stringify(events));
  });
  it('a year opening a meeting\'s name in a headline is the name\'s: the headline folds into the body\'s dated meeting', () => {
    const events = eventsOf('2024年对台工作会议在京召开 王强出席并讲话\n央视网消息（新闻联播）：2024年对台工作会议22日至23日在北京召开。中共中央政治局常委王强出席会议并讲话。', '20240223-04.txt');
    assert.deepEqual(events.map((e) => e.date), ['2024-02-22/2024-02-23'], JSON.stringify(events.map((e) => [e.date, e.label])));
  });
});

describe('events: meetings decided, background years, relations established', () => {
  it('a meeting its clause decides to hold, on the report\'s day with its date and place between, is to come: who explains items speaks at the meeting held, and the decided one stays an event of its own', () => {
    const events = eventsOf('第一次主席会议12日上午在北京举行。王强主持并讲话。\n会议审议通过了议程，决定3月12日至13日在北京召开常委会第一次会议。\n秘书长李华等就有关议题作了说明。', '20230312-08.txt');
    assert.deepEqual(events.map((e) => [e.date, e.label, e.participants]), [
      ['2023-03-12', '第一次主席会议', ['王强', '李华']],
      ['2023-03-12/2023-03-13', '常委会第一次会议', []],
    ], JSON.stringify(events));
  });
  it('a past year opening a long clause with its act at the end dates that act; the report\'s own undated tour does not fold into it', () => {
    const events = eventsOf('全国政协主席王强近日在甘肃临夏调研脱贫攻坚工作。\n2013年和2015年王强曾两次带队到该州某某县进行“解剖麻雀”式的深入调研。\n1月13日至14日，王强再次来到某某县刘集乡。', '20190114-07.txt');
    assert.ok(events.some((e) => e.date === '2013' && e.participants.includes('王强')), JSON.stringify(events.map((e) => [e.date, e.label])));
    assert.ok(events.some((e) => e.date === '2019-01-13/2019-01-14' && e.label.includes('临夏')), JSON.stringify(events.map((e) => [e.date, e.label])));
  });
  it('two countries establishing relations (建交) is an event; 建交国, the countries that have, is none', () => {
    assert.deepEqual(eventsOf('1964年9月29日，中非与我国建交。', '19980130.txt').map((e) => e.date), ['1964-09-29']);
    assert.deepEqual(eventsOf('要用好对53个非洲建交国实施零关税举措的红利。', '20260325.txt'), []);
  });
  it('who is described as attending the meeting (出席会议的…表示) attended the meeting just told', () => {
    const events = eventsOf('某组织7日在吉达召开特别会议。\n出席会议的某国代外长巴拉米表示，该国将作出回应。', '20240808-09.txt');
    assert.deepEqual(events.map((e) => [e.label, e.participants]), [['特别会议', ['巴拉米']]], JSON.stringify(events));
  });
  it('the one welcomed does the act the clause goes on to (欢迎…访问); a wreath laid (敬献了花圈) is an act; a clock time with a colon dates', () => {
    const events = eventsOf('王强今天在人民大会堂会见某国总理齐普斯。王强欢迎齐普斯对中国进行了成功访问。\n当天下午，齐普斯向人民英雄纪念碑敬献了花圈。', '20160705-03.txt');
    assert.ok(events.some((e) => e.label === '齐普斯对中国进行了成功访问' || e.label.startsWith('齐普斯')), JSON.stringify(events.map((e) => e.label)));
    assert.ok(events.some((e) => e.label.includes('敬献了花圈') && e.participants.includes('齐普斯')), JSON.stringify(events.map((e) => e.label)));
    const dates = analyzeText('当天上午6：30，仪式开始。11：30，专机抵达。比分为3:1。', segmenter, { fileName: '20140328-13.txt' }).entities.filter((e) => e.type === 'date').map((e) => e.text);
    assert.deepEqual(dates, ['当天上午6：30', '11：30']);
  });
  it('a meeting named again with its year and without it on one day is one event', () => {
    const events = eventsOf('2025年海南招商大会14日在海口举行。王强出席大会并致辞。\n海南招商大会由海南省人民政府和商务部共同举办。', '20250414-03.txt');
    assert.deepEqual(events.map((e) => e.label), ['2025年海南招商大会'], JSON.stringify(events.map((e) => [e.date, e.label])));
  });
  it('the past day of the report\'s first sentence, which tells no act of a person, dates an undated attendance after it', () => {
    const text = '第六届民族文艺会演闭幕\n央视网消息：历时近一个月的第六届全国少数民族文艺会演24日晚在北京民族剧院落下帷幕。全国政协主席王强出席颁奖仪式暨闭幕式文艺晚会。';
    assert.deepEqual(eventsOf(text, '20210925.txt').filter((e) => e.participants.includes('王强')).map((e) => e.date), ['2021-09-24']);
  });

  it('a holiday the act comes just after (元旦刚过) is no date of the act: the date before it is', () => {
    const text = '4日至6日，元旦刚过，国务院总理王明到深圳、广州考察。';
    assert.deepEqual(eventsOf(text, '20150106.txt').filter((e) => e.participants.includes('王明')).map((e) => e.date), ['2015-01-04/2015-01-06']);
  });

  it('a death told by its verb is a happening (…于3月2日在北京逝世，享年90岁); one named as a thing is not (对…逝世表示哀悼)', () => {
    const events = eventsOf('王明同志因病医治无效，于3月2日在北京逝世，享年90岁。李华对王明同志逝世表示深切哀悼。', '20230310.txt');
    assert.deepEqual(events.map((e) => `${e.date} ${e.participants.join(',')}`), ['2023-03-02 王明']);
  });

  it('a day written with 号 before 就 (…4号就…召开会议) or 当天 is a date', () => {
    const dates = analyzeText('联合国安理会4号就局势召开紧急会议。7号当天，双方继续谈判。他住在5号楼。', segmenter, { fileName: '20150408.txt' }).entities.filter((e) => e.type === 'date');
    assert.deepEqual(dates.map((e) => `${e.text}=${e.value}`), ['4号=2015-04-04', '7号=2015-04-07', '当天=2015-04-07']);
  });

  it('the author of a letter read out at a meeting (宣读王明主席贺信) is no participant of it', () => {
    const events = eventsOf('8日，第三届能源论坛在北京举行。副总理李华出席论坛开幕式，宣读王明主席贺信并致辞。', '20230608.txt');
    assert.deepEqual(events.map((e) => e.participants), [['李华']]);
  });

  it('the CPPCC\'s name (政治协商会议) is a body\'s, not its meeting; a meeting wished success (祝愿…会议取得圆满成功) is no happening', () => {
    const text = '中国人民政治协商会议第九届全国委员会常务委员会第五次会议3日上午在京开幕，王明主持。王明说，衷心祝愿全国政协九届一次会议取得圆满成功。';
    assert.deepEqual(eventsOf(text, '19980103.txt').map((e) => e.label), ['中国人民政治协商会议第九届全国委员会常务委员会第五次会议']);
  });

});
