/** The inputs of a corpus run: files and directories in argument order, or `{"id","text"}` lines on stdin. */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { CorpusJob } from './corpusProtocol';
import { newsFilesUnder, pathKind } from './newsFiles';

/**
 * FILES as given; a DIR becomes its .txt / .md files, at any depth, sorted by path (newsFiles.ts). A path that does not exist
 * stays in the list: its worker reports it in its place, and the run goes on.
 */
export function listCorpusFiles(paths: string[]): string[] {
  return paths.flatMap((path) => (pathKind(path) === 'folder' ? newsFilesUnder(path) : [path]));
}

export async function* fileJobs(files: string[]): AsyncGenerator<CorpusJob> {
  for (const [index, path] of files.entries()) yield { index, kind: 'file', path };
}

/** One stdin line as a job: `{"id": any, "text": string, "referenceDate"?: "YYYY-MM-DD"}`. */
export function parseStdinLine(line: string, index: number, lineNumber: number): CorpusJob {
  const invalid = (why: string): CorpusJob => ({ index, kind: 'invalid', error: `stdin line ${lineNumber}: ${why}` });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return invalid('not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid('not a JSON object');
  const { id, text, referenceDate } = value as Record<string, unknown>;
  if (typeof text !== 'string') return invalid('"text" is missing or not a string');
  if (referenceDate !== undefined && (typeof referenceDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate))) {
    return invalid('"referenceDate" must be YYYY-MM-DD');
  }
  return { index, kind: 'text', id: id ?? null, text, ...(referenceDate === undefined ? {} : { referenceDate }) };
}

/** Non-blank lines of `input` as jobs, read as the pool asks for them (a huge stdin is never held whole). */
export async function* stdinJobs(input: Readable): AsyncGenerator<CorpusJob> {
  let index = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    yield parseStdinLine(line, index++, lineNumber);
  }
}
