import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { AnalyzeOptions } from '../core/types';
import type { AnalysisResult, AnalysisRunner } from './analysisRunner';
import { CancelledError, type CancellationSignal } from './cancellation';
import { summarizeAnalysis, type NewsFileSummary } from './newsFileSummary';

/** How much the folder keeps (the least recently used go first), and the largest text worth keeping. */
export const DISK_CACHE_LIMITS = { bytes: 200 * 1024 * 1024, textLength: 2_000_000, pruneEvery: 100 };

/**
 * Keeps analyses on disk, keyed by everything that determines them: the text, the options and the analyser's
 * build. A report analysed once — in an earlier session, or by the workspace index — is answered from disk in
 * milliseconds when VS Code opens it again, before the segmenter's dictionary (1–2 s) is even loaded; the result
 * is the one the analysis gives, so nothing moves when the segmenter is ready. Node only (the folder is
 * the extension's global storage); a missing, unreadable or corrupt entry is simply analysed again.
 */
export class DiskCachedRunner implements AnalysisRunner {
  private folder: Promise<string | undefined> | undefined;
  private writes = 0;

  constructor(
    private readonly inner: AnalysisRunner,
    private readonly storage: string,
    /** Names the analyser's build: a result made by another build is never read. */
    private readonly buildId: () => Promise<string>,
    private readonly log: (message: string) => void = () => undefined,
    private readonly limits = DISK_CACHE_LIMITS,
  ) {}

  get description(): string | undefined {
    return this.inner.description;
  }

  async analyze(text: string, options: AnalyzeOptions, signal: CancellationSignal): Promise<AnalysisResult> {
    return this.cached('analysis', [text, JSON.stringify(options)], text.length, () => this.inner.analyze(text, options, signal), signal);
  }

  async summarize(uri: string, text: string, options: AnalyzeOptions, signal: CancellationSignal): Promise<NewsFileSummary> {
    const summarize = this.inner.summarize
      ? () => this.inner.summarize!(uri, text, options, signal)
      : async () => summarizeAnalysis(uri, text, (await this.inner.analyze(text, options, signal)).analysis);
    return this.cached('summary', [uri, text, JSON.stringify(options)], text.length, summarize, signal);
  }

  private async cached<T>(kind: string, parts: string[], textLength: number, compute: () => Promise<T>, signal: CancellationSignal): Promise<T> {
    if (textLength > this.limits.textLength) return compute();
    const folder = await this.getFolder();
    if (!folder) return compute();
    const file = join(folder, entryName(kind, parts));
    const stored = await readEntry<T>(file);
    if (signal.isCancellationRequested) throw new CancelledError();
    if (stored !== undefined) return stored;
    const result = await compute();
    if (!isProvisional(result)) void this.store(folder, file, result);
    return result;
  }

  /** This build's folder, made once; folders of other builds are removed (their results can never be read). */
  private getFolder(): Promise<string | undefined> {
    this.folder ??= (async () => {
      try {
        const build = await this.buildId();
        const folder = join(this.storage, `analyses-${build.slice(0, 16)}`);
        await mkdir(folder, { recursive: true });
        for (const other of await readdir(this.storage)) {
          if (other.startsWith('analyses-') && join(this.storage, other) !== folder) await rm(join(this.storage, other), { recursive: true, force: true });
        }
        return folder;
      } catch (error) {
        this.log(`analysis cache off: ${String(error)}`);
        return undefined;
      }
    })();
    return this.folder;
  }

  private async store(folder: string, file: string, result: unknown): Promise<void> {
    try {
      // Written aside then renamed, so a reader never sees half an entry.
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, serialize(result));
      await rename(partial, file);
      if (++this.writes % this.limits.pruneEvery === 0) await this.prune(folder);
    } catch (error) {
      this.log(`analysis cache: could not store ${file}: ${String(error)}`);
    }
  }

  /** Keeps the most recently used entries within the byte budget (a read refreshes an entry's time). */
  private async prune(folder: string): Promise<void> {
    const names = (await readdir(folder)).filter((name) => name.endsWith('.bin'));
    const entries = await Promise.all(names.map(async (name) => {
      const info = await stat(join(folder, name)).catch(() => undefined);
      return { name, time: info?.mtimeMs ?? 0, size: info?.size ?? 0 };
    }));
    let total = entries.reduce((sum, e) => sum + e.size, 0);
    for (const entry of entries.sort((a, b) => a.time - b.time)) {
      if (total <= this.limits.bytes) break;
      await rm(join(folder, entry.name), { force: true });
      total -= entry.size;
    }
  }

  dispose(): void {
    this.inner.dispose();
  }
}

/** An answer given while the main segmenter was loading (AnalysisResult.provisional): not the one to keep. */
function isProvisional(result: unknown): boolean {
  return typeof result === 'object' && result !== null && 'provisional' in result && result.provisional === true;
}

function entryName(kind: string, parts: string[]): string {
  const hash = createHash('sha256').update(kind);
  for (const part of parts) hash.update('\u0000').update(part);
  return `${kind}-${hash.digest('hex').slice(0, 40)}.bin`;
}

async function readEntry<T>(file: string): Promise<T | undefined> {
  try {
    const value = deserialize(await readFile(file)) as T;
    const now = new Date();
    utimes(file, now, now).catch(() => undefined);
    return value;
  } catch {
    return undefined;
  }
}

/** The build id of the analyser: a hash of the bundle that holds it. */
export async function bundleHash(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}
