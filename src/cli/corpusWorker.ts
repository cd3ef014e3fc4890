/** A worker thread of the corpus pool: loads the segmenter once, then analyses job after job. */
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../core';
import { toJson } from '../core/export/json';
import { loadSegmenter } from '../core/segment/loadSegmenter';
import type { CorpusJob, CorpusResult, CorpusWorkerData } from './corpusProtocol';
import { readNewsFile } from './readNewsFile';

const utf8 = new TextEncoder();
/** Bytes alone in their buffer (TextEncoder does not pool): the buffer can move to the main thread. */
const ownsBuffer = (bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> =>
  bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
const lineOf = (document: object) => utf8.encode(`${JSON.stringify(document)}\n`);

/** The output line of one job: the `annotate --json` document on one line (`id` in place of `file` for stdin). */
export function annotateJob(job: CorpusJob, analyze: (text: string, referenceDate?: string, fileName?: string) => ReturnType<typeof analyzeText>): CorpusResult {
  try {
    if (job.kind === 'invalid') return { index: job.index, error: job.error, bytes: 0 };
    if (job.kind === 'file') {
      const text = readNewsFile(job.path);
      return { index: job.index, line: lineOf(toJson(job.path, analyze(text, undefined, job.path))), bytes: Buffer.byteLength(text) };
    }
    const { referenceYear, entities, events } = toJson('', analyze(job.text, job.referenceDate));
    return { index: job.index, line: lineOf({ id: job.id, referenceYear, entities, events }), bytes: Buffer.byteLength(job.text) };
  } catch (error) {
    return { index: job.index, error: error instanceof Error ? error.message : String(error), bytes: 0 };
  }
}

export function runCorpusWorker(data: CorpusWorkerData): void {
  const port = parentPort;
  if (!port) throw new Error('runCorpusWorker must run in a worker thread');
  const { segmenter } = loadSegmenter();
  const analyze = (text: string, referenceDate = data.referenceDate, fileName?: string) =>
    analyzeText(text, segmenter, { referenceDate, fileName, gazetteerExtension: data.gazetteerExtension });
  port.on('message', (job: CorpusJob) => {
    const result = annotateJob(job, analyze);
    port.postMessage(result, 'line' in result && ownsBuffer(result.line) ? [result.line.buffer] : []);
  });
}
