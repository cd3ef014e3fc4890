/** `annotate --jsonl FILES|DIRS… [--jobs N]` and `annotate --stdin-jsonl`: a corpus, one JSON line per item. */
import { once } from 'node:events';
import { parseCorpusArgs } from './annotateOptions';
import { runCorpusPool } from './corpusPool';
import type { CorpusResult } from './corpusProtocol';
import { fileJobs, listCorpusFiles, stdinJobs } from './corpusSources';
import { ProgressBar } from './progressBar';
import { readCorrectionsConfig } from './readCorrectionsConfig';

/** Runs the corpus; exit code 0, or 1 when any item could not be analysed (each said on stderr as it came). */
export async function runAnnotateCorpus(argv: string[], workerScript: string): Promise<number> {
  const parsed = parseCorpusArgs(argv);
  if (!parsed) return 0;
  const { paths, options } = parsed;
  const files = options.stdinJsonl ? undefined : listCorpusFiles(paths);
  const jobs = files ? fileJobs(files) : stdinJobs(process.stdin);
  const progress = new ProgressBar(process.stderr, files?.length);
  const workerData = { corpusWorker: true as const, referenceDate: options.referenceDate, gazetteerExtension: readCorrectionsConfig(options.config) };
  let failed = 0;
  const emit = async (result: CorpusResult) => {
    if ('error' in result) {
      failed++;
      progress.message(`news-annotator: ${result.error}`);
    } else if (!process.stdout.write(result.line)) {
      await once(process.stdout, 'drain');
    }
    progress.tick(result.bytes);
  };
  await runCorpusPool(jobs, { jobs: options.jobs, workerScript, workerData }, emit);
  progress.finish();
  if (failed > 0) process.stderr.write(`news-annotator: ${failed} of ${progress.count} item(s) could not be analysed\n`);
  return failed > 0 ? 1 : 0;
}
