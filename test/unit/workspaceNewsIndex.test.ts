import { strict as assert } from 'node:assert';
import type { Analysis, Entity } from '../../src/core/types';
import type { AnalysisRunner } from '../../src/documentModel/analysisRunner';
import { CancelledError } from '../../src/documentModel/cancellation';
import { NewsDocumentModel } from '../../src/documentModel/newsDocumentModel';
import { summarizeNewsFile } from '../../src/documentModel/newsFileSummary';
import { WorkspaceNewsIndex, type IndexingProgress, type NewsFileSource } from '../../src/documentModel/workspaceNewsIndex';

/** A stand-in analysis: every 李强 is a person, every 北京 a place, every "省长X" gives X the title 省长. */
function fakeAnalysis(text: string): Analysis {
  const entities: Entity[] = [];
  for (const [name, type] of [['李强', 'person'], ['北京', 'place'], ['王浩', 'person']] as const) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const role = text.slice(i - 2, i) === '省长' ? '省长' : undefined;
      entities.push({ type, text: name, canonical: name, start: i, end: i + name.length, ...(role ? { role, roleStatedHere: true } : {}) });
    }
  }
  return { referenceYear: null, entities, events: [{ label: '会见', date: null, participants: ['李强'], places: ['北京'], start: 0, end: 2 }], headings: [] };
}

class FakeRunner implements AnalysisRunner {
  readonly description = 'fake';
  analyzed = 0;
  async analyze(text: string, _options: object, signal: { isCancellationRequested: boolean }) {
    await new Promise((resolve) => setImmediate(resolve));
    if (signal.isCancellationRequested) throw new CancelledError();
    this.analyzed++;
    return { analysis: fakeAnalysis(text), facts: { pinyin: {}, placeChains: {} } };
  }
  dispose(): void {}
}

class MemorySource implements NewsFileSource {
  constructor(readonly files: Map<string, string>) {}
  async listNewsFiles() { return [...this.files.keys()].sort(); }
  async readNewsText(uri: string) { return this.files.get(uri); }
}

const person: Entity = { type: 'person', text: '李强', canonical: '李强', start: 0, end: 2 };

describe('workspace index: summaries that follow the disk', () => {
  function makeIndex(files: Record<string, string>, open: NewsDocumentModel[] = []) {
    const source = new MemorySource(new Map(Object.entries(files)));
    const runner = new FakeRunner();
    const index = new WorkspaceNewsIndex(source, runner, () => ({}), () => open);
    return { source, runner, index };
  }

  it('keeps typed per-file summaries: people with roles, places, events, and where each mention is', async () => {
    const { index } = makeIndex({ 'file:///a.txt': '李强在北京。\n省长王浩说，李强……' });
    await index.ensureIndexed();
    const summary = index.summaryOf('file:///a.txt')!;
    assert.deepEqual(summary.people.map((p) => [p.name, p.roles, p.mentions]), [['李强', [], 2], ['王浩', ['省长'], 1]]);
    assert.deepEqual(summary.places.map((p) => p.name), ['北京']);
    assert.deepEqual(summary.events, [{ label: '会见', date: null, participants: ['李强'], places: ['北京'] }]);
    assert.deepEqual(summary.mentions.get('person:李强')!.map((m) => [m.startLine, m.startCharacter, m.endCharacter]), [[0, 0, 2], [1, 6, 8]]);
    assert.ok(!('text' in summary), 'the text is not kept');
  });

  it('follows created, changed, deleted and renamed files', async () => {
    const { source, index } = makeIndex({ 'file:///a.txt': '李强', 'file:///b.txt': '北京' });
    await index.ensureIndexed();
    const files = async () => (await index.mentionsEverywhere(person)).map((f) => `${f.uri}:${f.mentions.length}`);
    assert.deepEqual(await files(), ['file:///a.txt:1']);
    source.files.set('file:///b.txt', '李强和李强');
    await index.refreshFile('file:///b.txt');
    assert.deepEqual(await files(), ['file:///a.txt:1', 'file:///b.txt:2']);
    source.files.set('file:///c.txt', '李强');
    await index.refreshFile('file:///c.txt');
    assert.deepEqual(index.mentionsElsewhere(person, 'file:///a.txt'), { mentions: 3, files: 2 });
    source.files.delete('file:///a.txt');
    index.removeFile('file:///a.txt');
    // A rename: the old name deleted, the new one created.
    source.files.set('file:///d.txt', source.files.get('file:///c.txt')!);
    source.files.delete('file:///c.txt');
    index.removeFile('file:///c.txt');
    await index.refreshFile('file:///d.txt');
    assert.deepEqual(await files(), ['file:///b.txt:2', 'file:///d.txt:1']);
  });

  it('answers for open documents from their live model', async () => {
    const live = new NewsDocumentModel('file:///a.txt', 3, '李强李强李强', fakeAnalysis('李强李强李强'));
    const { index } = makeIndex({ 'file:///a.txt': '李强' }, [live]);
    await index.ensureIndexed();
    assert.deepEqual((await index.mentionsEverywhere(person)).map((f) => f.mentions.length), [3]);
    assert.equal(index.fileSummaries()[0].people[0].mentions, 3);
  });

  it('reports progress file by file, and a cancelled pass keeps what it read', async () => {
    const files = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`file:///${String(i).padStart(2, '0')}.txt`, '李强']));
    const { index, runner } = makeIndex(files);
    const seen: IndexingProgress[] = [];
    index.onDidProgress((p) => {
      seen.push(p);
      if (p.done === 5) index.cancelIndexing();
    });
    await index.ensureIndexed();
    assert.deepEqual(seen.slice(0, 2), [{ done: 1, total: 20, indexing: true }, { done: 2, total: 20, indexing: true }]);
    assert.equal(seen[seen.length - 1].indexing, false);
    assert.ok(runner.analyzed <= 6, `stopped after ${runner.analyzed}`);
    assert.ok(index.isReady);
    assert.deepEqual(index.mentionsElsewhere(person, ''), { mentions: runner.analyzed, files: runner.analyzed });
  });

  it('a summary of a model keeps the first stated title of each person', () => {
    const text = '省长王浩。王浩';
    const summary = summarizeNewsFile(new NewsDocumentModel('file:///x.txt', 1, text, fakeAnalysis(text)));
    assert.deepEqual(summary.people, [{ name: '王浩', roles: ['省长'], official: undefined, mentions: 2 }]);
  });
});
