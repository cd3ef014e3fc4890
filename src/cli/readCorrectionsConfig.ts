import { summarizeProblems } from '../core/corrections/model';
import { parseCorrections } from '../core/corrections/parseCorrections';
import type { GazetteerExtension } from '../core/types';
import { InputError, readNewsFile } from './readNewsFile';

/**
 * `--config PATH`: the corrections file the extension keeps in `.vscode/news-annotator.json`. The CLI is
 * strict where the editor is lenient: any problem is one line on stderr and exit code 2, so a script never
 * runs on half a configuration.
 */
export function readCorrectionsConfig(path: string | undefined): GazetteerExtension | undefined {
  if (path === undefined) return undefined;
  const { corrections, problems } = parseCorrections(readNewsFile(path));
  if (problems.length > 0) throw new InputError(`${path}: invalid corrections file: ${summarizeProblems(problems)}`);
  return corrections;
}
