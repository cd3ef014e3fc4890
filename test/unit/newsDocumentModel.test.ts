// The VS Code features' pure logic, on hand-made analyses: the per-document model, the outline,
// date display, which documents are news, chunked analysis, and the debounced, cancellable analysis cache.
import * as assert from 'node:assert/strict';
import type { Analysis, Entity, NewsEvent } from '../../src/core/types';
import type { AnalysisResult, AnalysisRunner } from '../../src/documentModel/analysisRunner';
import { CancelledError, type CancellationSignal } from '../../src/documentModel/cancellation';
import { mergeChunkAnalyses, splitIntoChunks } from '../../src/core/chunks';
import { DocumentAnalysisCache } from '../../src/documentModel/documentAnalysisCache';
import { isMostlyChinese, isNewsDocument, isNewsPath } from '../../src/documentModel/newsDocumentFilter';
import { NewsDocumentModel } from '../../src/documentModel/newsDocumentModel';
import { describeDate, shortDate } from '../../src/languageFeatures/dateFormat';
import { dateHintLabel } from '../../src/languageFeatures/dateHints';
import { buildEventOutline, eventDetail } from '../../src/languageFeatures/eventOutline';
import { buildHoverCard } from '../../src/languageFeatures/hoverCard';

const TEXT = '8月27日至28日，上海市委书记陈吉宁率团在泽普县考察。27日下午，陈吉宁走访农户。陈吉宁说，要做好工作。';

function at(text: string, needle: string, occurrence = 0): number {
  let i = -1;
  for (let k = 0; k <= occurrence; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, needle);
  return i;
}

function entity(type: Entity['type'], needle: string, occurrence: number, extra: Partial<Entity> = {}): Entity {
  const start = at(TEXT, needle, occurrence);
  return { type, start, end: start + needle.length, text: needle, ...extra };
}

function event(label: string, date: string | null, participants: string[], places: string[], children?: number[]): NewsEvent {
  return { label, date, participants, places, start: 0, end: 5, children };
}

const ANALYSIS: Analysis = {
  referenceYear: 2023,
  headings: [],
  entities: [
    entity('date', '8月27日至28日', 0, { value: '2023-08-27/2023-08-28', resolvedBy: 'explicit' }),
    entity('person', '陈吉宁', 0, { role: '上海市委书记', roleStatedHere: true, official: true, canonical: '陈吉宁' }),
    entity('place', '泽普县', 0, { kind: '县', parent: '喀什地区' }),
    entity('date', '27日下午', 0, { value: '2023-08-27', resolvedBy: 'from earlier date 8月27日至28日', resolution: { kind: 'earlierDate', from: '8月27日至28日' } }),
    entity('person', '陈吉宁', 1, { role: '上海市委书记', roleStatedHere: false, official: true, canonical: '陈吉宁' }),
    entity('person', '陈吉宁', 2, { canonical: '陈吉宁', official: true }),
  ],
  events: [
    event('走访农户', '2023-08-27', ['陈吉宁'], ['泽普县']),
    event('上海市代表团在泽普县考察', '2023-08-27/2023-08-28', ['陈吉宁'], ['泽普县'], [0]),
    event('另一次会议', null, [], []),
  ],
};

const model = () =>
  new NewsDocumentModel('file:///a.news.txt', 1, TEXT, ANALYSIS, {
    pinyin: { 陈吉宁: 'chén jí níng' },
    placeChains: { 泽普县: [{ name: '泽普县', kind: '县' }, { name: '喀什地区', kind: '地区' }, { name: '新疆维吾尔自治区', kind: '自治区' }] },
  });

describe('NewsDocumentModel', () => {
  it('finds the entity at an offset (inside, and just after its end)', () => {
    const m = model();
    assert.equal(m.entityAt(at(TEXT, '泽普县') + 1)?.entity.text, '泽普县');
    assert.equal(m.entityAt(at(TEXT, '泽普县') + 3)?.entity.text, '泽普县');
    assert.equal(m.entityAt(at(TEXT, '考察') + 1), undefined);
  });

  it('groups mentions, gives the stated titles and the definition (the mention that states the title)', () => {
    const m = model();
    const last = m.entityAt(at(TEXT, '陈吉宁', 2))!.entity;
    assert.equal(m.mentionsOf(last).length, 3);
    assert.deepEqual(m.titlesOf(last), ['上海市委书记']);
    assert.equal(m.definitionOf(last).start, at(TEXT, '陈吉宁', 0));
  });

  it('finds the events of a person, a place and a day', () => {
    const m = model();
    const labels = (e: Entity) => m.eventsFor(e).map((r) => r.event.label);
    assert.deepEqual(labels(m.entityAt(at(TEXT, '陈吉宁'))!.entity), ['走访农户', '上海市代表团在泽普县考察']);
    assert.deepEqual(labels(m.entityAt(at(TEXT, '泽普县'))!.entity), ['走访农户', '上海市代表团在泽普县考察']);
    assert.deepEqual(labels(m.entityAt(at(TEXT, '27日下午'))!.entity), ['走访农户', '上海市代表团在泽普县考察']);
  });
});

describe('hover cards', () => {
  const none = { mentionsElsewhere: () => ({ mentions: 4, files: 1 }), language: 'zh-cn' };

  it('person: name, pinyin, title, official, mentions, events as command links', () => {
    const card = buildHoverCard(model(), at(TEXT, '陈吉宁', 2) + 1, none)!.markdown;
    assert.match(card, /\*\*陈吉宁\*\* · \*chén jí níng\*/);
    assert.match(card, /上海市委书记/);
    assert.match(card, /^Official$/m); // English labels when no l10n bundle is loaded (see l10n.test.ts)
    assert.match(card, /3 here · 4 in 1 other news file/);
    assert.match(card, /\(command:newsAnnotator\.revealRange\?/);
  });

  it('place: kind and parent chain', () => {
    const card = buildHoverCard(model(), at(TEXT, '泽普县') + 1, none)!.markdown;
    assert.match(card, /泽普县 → 喀什地区 → 新疆维吾尔自治区/);
  });

  it('date: value, weekday, how it was resolved; cached per mention', () => {
    const m = model();
    const card = buildHoverCard(m, at(TEXT, '27日下午') + 1, none)!.markdown;
    assert.match(card, /2023年8月27日 星期日/);
    assert.match(card, /Resolved by: from the earlier date `8月27日至28日`/);
    assert.equal(buildHoverCard(m, at(TEXT, '27日下午') + 2, none)!.markdown, card);
  });

  it('escapes document text so it cannot inject markdown links', () => {
    const text = '[x](command:evil)';
    const m = new NewsDocumentModel('u', 1, text, { referenceYear: null, headings: [], events: [], entities: [{ type: 'organization', start: 0, end: text.length, text }] });
    const card = buildHoverCard(m, 1, none)!.markdown;
    assert.ok(!card.includes('](command:evil)'), card);
  });
});

describe('outline and dates', () => {
  it('nests contained events and sorts by date, undated last', () => {
    const outline = buildEventOutline(ANALYSIS.events);
    assert.deepEqual(outline.map((r) => r.event.label), ['上海市代表团在泽普县考察', '另一次会议']);
    assert.deepEqual(outline[0].children.map((r) => r.event.label), ['走访农户']);
    assert.equal(eventDetail(ANALYSIS.events[1], 'zh-cn'), '2023-08-27–28 · 泽普县');
    assert.equal(eventDetail(ANALYSIS.events[2], 'en'), 'date unknown');
  });

  // [function, ISO value, language, expected (exact, or a pattern where ICU's spaces vary: thin or plain)]
  const dateFormats: [(value: string, language: string) => string, string, string, string | RegExp][] = [
    [shortDate, '2023-07-09/2023-07-11', 'zh-cn', '2023-07-09–11'],
    [shortDate, '2023-07-30/2023-08-02', 'en', '2023-07-30–08-02'],
    [shortDate, 'XXXX-08-27/XXXX-08-28', 'zh-cn', '8月27日—28日'],
    [shortDate, 'XXXX-08-27/XXXX-08-28', 'en', /^August 27\s–\s28$/],
    [describeDate, '2023-08-27', 'zh-cn', '2023年8月27日 星期日'],
    [describeDate, '2023-08', 'zh-cn', '2023年8月'],
    [describeDate, '2023-08-27', 'en', 'Sunday, August 27, 2023'],
    [describeDate, '2023-08-27/2023-08-28', 'en', /^August 27\s–\s28, 2023$/],
    [describeDate, 'XXXX-08-27', 'en', 'August 27 (year unknown)'],
  ];
  for (const [format, value, language, expected] of dateFormats) {
    it(`formats ${value} in ${language} (${format.name})`, () => {
      const formatted = format(value, language);
      if (typeof expected === 'string') assert.equal(formatted, expected);
      else assert.match(formatted, expected);
    });
  }

  it('hints day-only and relative dates only', () => {
    const d = (text: string, value: string): Entity => ({ type: 'date', start: 0, end: text.length, text, value });
    assert.equal(dateHintLabel(d('27日下午', '2023-08-27'), 'zh-cn'), '▸ 2023-08-27');
    assert.equal(dateHintLabel(d('今年', '2023'), 'zh-cn'), '▸ 2023');
    assert.equal(dateHintLabel(d('27日下午', 'XXXX-08-27'), 'zh-cn'), '▸ 8月27日');
    assert.equal(dateHintLabel(d('8月28日上午', '2023-08-28'), 'zh-cn'), undefined);
    assert.equal(dateHintLabel(d('2023年5月', '2023-05'), 'zh-cn'), undefined);
  });
});

describe('which documents are news', () => {
  it('by language, path, or mostly-Chinese text', () => {
    const doc = (languageId: string, path: string, text = '') => ({ languageId, path, getText: () => text });
    assert.ok(isNewsPath('/w/seeds/000.txt') && isNewsPath('/w/a.news.md') && !isNewsPath('/w/notes.txt'));
    assert.ok(isNewsDocument(doc('zh-news', '/x'), true));
    assert.ok(isNewsDocument(doc('plaintext', '/w/a.txt', TEXT), true));
    assert.ok(!isNewsDocument(doc('plaintext', '/w/a.txt', TEXT), false));
    assert.ok(!isNewsDocument(doc('typescript', '/w/a.ts', TEXT), true));
    assert.ok(!isMostlyChinese('An English README mentioning 陈吉宁 once. '.repeat(20)));
  });
});

describe('chunked analysis', () => {
  it('splits at paragraph breaks and merges with shifted offsets and event indexes', () => {
    const text = ('段落'.repeat(30) + '\n\n').repeat(10);
    const chunks = splitIntoChunks(text, 150);
    assert.equal(chunks.map((c) => c.text).join(''), text);
    assert.ok(chunks.every((c) => c.text.length <= 150 && c.text.endsWith('\n\n')));
    const part = (): Analysis => ({ referenceYear: 2023, headings: [], entities: [{ type: 'place', start: 1, end: 3, text: '落段' }], events: [event('e', null, [], [], [0]), event('f', null, [], [])] });
    const merged = mergeChunkAnalyses([{ start: 0, analysis: part() }, { start: 100, analysis: part() }]);
    assert.deepEqual(merged.entities.map((e) => e.start), [1, 101]);
    assert.deepEqual(merged.events[2].children, [2], "the second chunk's first event contains itself shifted: index 0 → 2");
  });
});

describe('DocumentAnalysisCache', () => {
  class FakeRunner implements AnalysisRunner {
    readonly description = 'fake';
    readonly texts: string[] = [];
    cancelled = 0;
    async analyze(text: string, _o: unknown, signal: CancellationSignal): Promise<AnalysisResult> {
      this.texts.push(text);
      await new Promise((r) => setTimeout(r, 20));
      if (signal.isCancellationRequested) {
        this.cancelled++;
        throw new CancelledError();
      }
      return { analysis: { referenceYear: null, entities: [], events: [], headings: [] }, facts: { pinyin: {}, placeChains: {} } };
    }
    dispose(): void {}
  }
  const doc = (uri: string, version: number, text: string) => ({ uri, version, getText: () => text });

  it('analyses a version once and answers later requests from the cache', async () => {
    const runner = new FakeRunner();
    const cache = new DocumentAnalysisCache(runner);
    const d = doc('u', 1, 'a');
    const [m1, m2] = await Promise.all([cache.getForDocument(d), cache.getForDocument(d)]);
    assert.ok(m1 && m1 === m2);
    assert.equal(cache.peek(d), m1);
    assert.equal(runner.texts.length, 1);
  });

  it('debounces edits and cancels the analysis of a superseded version', async () => {
    const runner = new FakeRunner();
    const cache = new DocumentAnalysisCache(runner, undefined, undefined, 30);
    const live = { uri: 'u', version: 1, text: 'v1', getText() { return this.text; } };
    const first = cache.getForDocument(live);
    for (let v = 2; v <= 5; v++) {
      live.version = v;
      live.text = `v${v}`;
      cache.onDocumentChanged(live);
      await new Promise((r) => setTimeout(r, 5));
    }
    assert.equal(await first, undefined, 'the v1 analysis was superseded');
    const latest = await cache.getForDocument(live);
    assert.equal(latest?.version, 5);
    assert.deepEqual(runner.texts, ['v1', 'v5'], 'typing bursts are analysed once, after the pause');
    assert.equal(runner.cancelled, 1);
  });

  it('stops waiting when the caller cancels', async () => {
    const cache = new DocumentAnalysisCache(new FakeRunner());
    const token = { isCancellationRequested: true, onCancellationRequested: () => ({ dispose() {} }) };
    assert.equal(await cache.getForDocument(doc('u', 1, 'a'), token), undefined);
  });
});
