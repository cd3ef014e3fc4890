import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { CORRECTIONS_VERSION, emptyCorrections, jsonPath, type Corrections, type CorrectionsProblem, type ParsedCorrections } from './model';
import { describeValue, schemaProblems, type SchemaProblem } from './schemaProblems';

export { CORRECTIONS_SCHEMA } from './schemaProblems';

/** Lists of the file that feed the analysis (the schema's array properties). */
const LIST_KEYS = ['persons', 'places', 'organizations', 'notEntities', 'titles'] as const;
type ListKey = (typeof LIST_KEYS)[number];

/** Line and column (1-based) of a UTF-16 offset, for syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** Syntax error codes in words (jsonc-parser names them InvalidSymbol, CloseBraceExpected …). */
function syntaxMessage(error: ParseError, text: string): string {
  const words = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${words} at ${lineAndColumn(text, error.offset)}`;
}

/**
 * Reads a corrections file (JSON with comments and trailing commas allowed, as VS Code's own .vscode files).
 * Never throws: what is wrong is listed with its JSON path, and every valid entry is still used, so one bad
 * entry costs only itself and a broken file costs only the user's additions, never the built-in recognition.
 */
export function parseCorrections(text: string): ParsedCorrections {
  const body = text.replace(/^\uFEFF/, '');
  // An empty file is no corrections yet, not a broken one: a file just created, or read between an editor's
  // truncate and its write, must not raise the "malformed" warning.
  if (body.trim() === '') return validateCorrections({ version: CORRECTIONS_VERSION });
  const errors: ParseError[] = [];
  const value: unknown = parse(body, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    return unusable(errors.slice(0, 5).map((e) => ({ path: '$', message: `not valid JSON: ${syntaxMessage(e, text)}` })));
  }
  return validateCorrections(value);
}

/** Checks an already parsed value against the schema and keeps its valid entries. */
export function validateCorrections(value: unknown): ParsedCorrections {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return unusable([{ path: '$', message: `must be an object such as {"version": ${CORRECTIONS_VERSION}}, not ${describeValue(value)}` }]);
  }
  const file = value as Record<string, unknown>;
  if (!('version' in file)) return unusable([{ path: '$', message: `is missing "version" (write "version": ${CORRECTIONS_VERSION})` }]);
  const found = schemaProblems(file);
  const versionProblems = found.filter((p) => p.segments[0] === 'version');
  if (versionProblems.length > 0) return unusable(versionProblems.map(({ path, message }) => ({ path, message: `${message} (this version of News Annotator reads version ${CORRECTIONS_VERSION})` })));

  const corrections: Corrections = emptyCorrections();
  const problems: CorrectionsProblem[] = [];
  for (const key of LIST_KEYS) {
    if (!(key in file)) continue;
    const list = file[key];
    if (!Array.isArray(list)) {
      problems.push({ path: jsonPath([key]), message: `must be an array, not ${describeValue(list)}` });
      continue;
    }
    // One bad entry costs only itself: an item with a problem is left out, the others are used.
    const inList = found.filter((p) => p.segments[0] === key && typeof p.segments[1] === 'number');
    const broken = new Set(inList.map((p) => p.segments[1]));
    problems.push(...inList.sort(byItem).map(({ path, message }) => ({ path, message })));
    setList(corrections, key, list.filter((_, i) => !broken.has(i)).map(trimStrings));
  }
  return { corrections, problems, usable: true };
}

/** Problems in item order, as a reader goes through the file. */
function byItem(a: SchemaProblem, b: SchemaProblem): number {
  return (a.segments[1] as number) - (b.segments[1] as number);
}

function unusable(problems: CorrectionsProblem[]): ParsedCorrections {
  return { corrections: emptyCorrections(), problems, usable: false };
}

function setList(corrections: Corrections, key: ListKey, items: unknown[]): void {
  (corrections as unknown as Record<ListKey, unknown[]>)[key] = items;
}

/** " 李政 " matches nothing in a report: names are used without the spaces around them. */
function trimStrings<T>(item: T): T {
  if (typeof item === 'string') return item.trim() as T;
  if (typeof item !== 'object' || item === null) return item;
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])) as T;
}
