import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';

const { segmenter } = loadSegmenter();
/** Snippets written for these tests (names made up); the file name carries the broadcast date. */
const eventsOf = (text: string, fileName = '20230612.txt') => analyzeText(text, segmenter, { fileName }).events;

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

  it('two meetings in one paragraph stay apart', () => {
    const events = eventsOf('2020年9月25日至26日，第三次中央民族工作座谈会召开。2014年5月28日至29日，第二次中央民族工作座谈会召开。');
    assert.deepEqual(events.map((e) => e.date), ['2020-09-25/2020-09-26', '2014-05-28/2014-05-29']);
  });
});

describe('events: undated happenings and the document\'s own characters', () => {
  it('近日 gives an event with no date rather than none', () => {
    const [event] = eventsOf('国家主席王强近日在湖南考察调研。', 'notes.txt');
    assert.equal(event.date, null);
    assert.match(event.label, /考察/);
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
