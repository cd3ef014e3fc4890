import type { GazetteerExtension } from '../types';

/** The format version this code reads and writes. */
export const CORRECTIONS_VERSION = 1;

/**
 * The user's corrections file (`.vscode/news-annotator.json`, or the CLI's `--config`): additions to the
 * recognition and overrides of it. Keys this version does not know are kept when the file is rewritten.
 */
export interface Corrections extends GazetteerExtension {
  version: typeof CORRECTIONS_VERSION;
}

/** One thing wrong with a corrections file: where (a JSON path such as `$.persons[2].name`) and what. */
export interface CorrectionsProblem {
  path: string;
  message: string;
}

/** The usable part of a corrections file and everything wrong with the rest. */
export interface ParsedCorrections {
  /** Valid entries only; entries with a problem are left out (never the whole file for one bad entry). */
  corrections: Corrections;
  problems: CorrectionsProblem[];
  /** False when nothing of the file could be used (not JSON, not an object, another version). */
  usable: boolean;
}

export function emptyCorrections(): Corrections {
  return { version: CORRECTIONS_VERSION };
}

/** Whether the corrections change nothing (the analysis can skip them). */
export function isEmptyExtension(extension: GazetteerExtension | undefined): boolean {
  if (!extension) return true;
  return !extension.persons?.length && !extension.places?.length && !extension.organizations?.length
    && !extension.notEntities?.length && !extension.titles?.length;
}

/** `$.persons[2].name` from path segments. */
export function jsonPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((path, s) => (typeof s === 'number' ? `${path}[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `${path}.${s}` : `${path}[${JSON.stringify(s)}]`), '$');
}

/** The first problems of a file on one line, for a notification or the CLI's error. */
export function summarizeProblems(problems: readonly CorrectionsProblem[], max = 3): string {
  const shown = problems.slice(0, max).map((p) => `${p.path}: ${p.message}`).join('; ');
  return problems.length > max ? `${shown}; and ${problems.length - max} more` : shown;
}
