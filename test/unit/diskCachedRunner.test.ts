/** Analyses kept on disk: read back by the same build for the same text and options, never otherwise. */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzeOptions } from '../../src/core/types';
import { InProcessAnalysisRunner, type AnalysisResult, type AnalysisRunner } from '../../src/documentModel/analysisRunner';
import { CancellationSource, CancelledError } from '../../src/documentModel/cancellation';
import { DiskCachedRunner } from '../../src/documentModel/diskCachedRunner';
import { loadSegmenter } from '../../src/core/segment/loadSegmenter';

const TEXT = '新华社北京3月5日电 国务院总理李强在人民大会堂会见法国总统马克龙。';

/** A runner that counts its analyses and answers with the text's length. */
class CountingRunner implements AnalysisRunner {
  calls = 0;
  readonly description = 'counting';
  async analyze(text: string): Promise<AnalysisResult> {
    this.calls++;
    return { analysis: { referenceYear: text.length, entities: [], events: [], headings: [] }, facts: { placeChains: {}, pinyin: {} } } as unknown as AnalysisResult;
  }
  dispose(): void {}
}

describe('analyses kept on disk', () => {
  let storage: string;
  const never = new CancellationSource().signal;
  beforeEach(() => (storage = mkdtempSync(join(tmpdir(), 'analyses-'))));
  afterEach(() => rmSync(storage, { recursive: true, force: true }));
  const entries = () => readdirSync(storage).flatMap((folder) => readdirSync(join(storage, folder)).filter((f) => f.endsWith('.bin')));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('answers the same text and options from disk, and analyses other options or another build again', async () => {
    const inner = new CountingRunner();
    let build = 'build-one';
    const cached = () => new DiskCachedRunner(inner, storage, async () => build);
    const options: AnalyzeOptions = { fileName: '20240305.txt' };
    const first = await cached().analyze(TEXT, options, never);
    await settle();
    const again = await cached().analyze(TEXT, options, never); // a new session: a new runner over the same folder
    assert.equal(inner.calls, 1);
    assert.deepEqual(again, first);
    await cached().analyze(TEXT, { fileName: '20240306.txt' }, never);
    assert.equal(inner.calls, 2);
    await settle();
    build = 'build-two';
    await cached().analyze(TEXT, options, never);
    assert.equal(inner.calls, 3);
    assert.deepEqual(readdirSync(storage), ['analyses-build-two'], 'the folder of the old build is gone');
  });

  it('analyses again when an entry is corrupt, and never stores texts over the limit', async () => {
    const inner = new CountingRunner();
    const runner = new DiskCachedRunner(inner, storage, async () => 'b', undefined, { bytes: 1e9, textLength: 100, pruneEvery: 100 });
    await runner.analyze(TEXT, {}, never);
    await settle();
    const [folder] = readdirSync(storage);
    for (const entry of entries()) writeFileSync(join(storage, folder, entry), 'not a serialised value');
    await runner.analyze(TEXT, {}, never);
    assert.equal(inner.calls, 2);
    await settle();
    const long = '中'.repeat(101);
    await runner.analyze(long, {}, never);
    await runner.analyze(long, {}, never);
    assert.equal(inner.calls, 4);
  });

  it('never keeps a provisional answer (jieba-wasm while nodejieba loads): the next session analyses again', async () => {
    const inner = new CountingRunner();
    const provisional: AnalysisRunner = { description: 'provisional', analyze: async (text) => ({ ...(await inner.analyze(text)), provisional: true }), dispose: () => undefined };
    await new DiskCachedRunner(provisional, storage, async () => 'build').analyze(TEXT, {}, never);
    await settle();
    assert.equal(entries().length, 0);
    await new DiskCachedRunner(inner, storage, async () => 'build').analyze(TEXT, {}, never);
    assert.equal(inner.calls, 2);
  });

  it('keeps the most recently used entries within its byte budget', async () => {
    const inner = new CountingRunner();
    const runner = new DiskCachedRunner(inner, storage, async () => 'b', undefined, { bytes: 1, textLength: 1000, pruneEvery: 3 });
    for (let i = 0; i < 6; i++) {
      await runner.analyze(`${TEXT}${i}`, {}, never);
      await settle();
    }
    assert.ok(entries().length < 6, `${entries().length} entries kept`);
  });

  it('gives up a cancelled request', async () => {
    const runner = new DiskCachedRunner(new CountingRunner(), storage, async () => 'b');
    const source = new CancellationSource();
    await runner.analyze(TEXT, {}, never);
    await settle();
    source.cancel();
    await assert.rejects(runner.analyze(TEXT, {}, source.signal), CancelledError);
  });

  it('reads back exactly what the real analysis gives (entities, events, hover facts, summaries)', async function () {
    this.timeout(30000);
    const segmenter = loadSegmenter().segmenter;
    const runner = () => new DiskCachedRunner(new InProcessAnalysisRunner(() => segmenter), storage, async () => 'real');
    const fresh = await runner().analyze(TEXT, {}, never);
    const summary = await runner().summarize('file:///a.txt', TEXT, {}, never);
    await settle();
    assert.deepEqual(await runner().analyze(TEXT, {}, never), fresh);
    assert.deepEqual(await runner().summarize('file:///a.txt', TEXT, {}, never), summary);
    assert.ok(fresh.analysis.entities.some((e) => e.text === '李强'));
  });
});
