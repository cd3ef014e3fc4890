import type { ErrorObject } from 'ajv';
import schemaFile from '../../../schemas/news-annotator.schema.json';
import validateAgainstSchema from 'virtual:corrections-validator';
import { jsonPath, type CorrectionsProblem } from './model';

/** The part of JSON Schema the corrections schema uses, to name known keys and kinds of values in messages. */
export interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** The schema VS Code validates the file with (contributes.jsonValidation); ajv compiled the same file. */
export const CORRECTIONS_SCHEMA = schemaFile as unknown as SchemaNode;

/** One way the file breaks the schema, where it happens (path segments) and in words. */
export interface SchemaProblem extends CorrectionsProblem {
  segments: (string | number)[];
}

/** What a JSON value is, in words for messages: "a string", "an array", "null". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && Number.isInteger(value)) return `the number ${value}`;
  return typeof value === 'string' ? `the string ${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value)}` : `${typeof value} ${String(value)}`;
}

const ARTICLE: Record<string, string> = {
  object: 'an object', array: 'an array', string: 'a string', boolean: 'true or false', integer: 'a whole number', number: 'a number',
};

/** Every way `value` breaks the corrections schema (ajv, all errors), in words, each with its JSON path. */
export function schemaProblems(value: unknown): SchemaProblem[] {
  if (validateAgainstSchema(value)) return [];
  const errors = validateAgainstSchema.errors ?? [];
  // "nmae" already says what is wrong with a missing "name".
  const suggested = new Set<string>();
  const problems = errors.filter((e) => e.keyword !== 'required').map((error) => describeError(error, value, suggested));
  for (const error of errors.filter((e) => e.keyword === 'required')) {
    const segments = pointerSegments(error.instancePath);
    const missing = String(error.params.missingProperty);
    if (!suggested.has(`${jsonPath(segments)}.${missing}`)) problems.push(problem(segments, `is missing "${missing}"`));
  }
  return problems;
}

function problem(segments: (string | number)[], message: string): SchemaProblem {
  return { segments, path: jsonPath(segments), message };
}

function describeError(error: ErrorObject, root: unknown, suggested: Set<string>): SchemaProblem {
  const segments = pointerSegments(error.instancePath);
  const value = valueAt(root, segments);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'const': return problem(segments, `must be ${JSON.stringify(params.allowedValue)}, not ${describeValue(value)}`);
    case 'enum': return problem(segments, `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`);
    case 'type': return problem(segments, `must be ${ARTICLE[String(params.type)] ?? String(params.type)}, not ${describeValue(value)}`);
    case 'minLength': return problem(segments, params.limit === 1 ? 'must not be empty' : `must have at least ${params.limit} characters`);
    case 'maxLength': return problem(segments, `must have at most ${params.limit} characters (has ${[...String(value)].length})`);
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const near = nearKnownKey(key, schemaAt(segments));
      if (near) suggested.add(`${jsonPath(segments)}.${near}`);
      return problem([...segments, key], `has an unknown property "${key}"${near ? ` (did you mean "${near}"?)` : ''}`);
    }
    default: return problem(segments, error.message ?? `breaks the schema's "${error.keyword}"`);
  }
}

/** "/persons/0/name" → ['persons', 0, 'name'] (JSON Pointer, RFC 6901). */
function pointerSegments(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

function valueAt(root: unknown, segments: (string | number)[]): unknown {
  return segments.reduce<unknown>((value, s) => (value as Record<string | number, unknown> | undefined)?.[s], root);
}

function schemaAt(segments: (string | number)[]): SchemaNode | undefined {
  return segments.reduce<SchemaNode | undefined>((node, s) => (typeof s === 'number' ? node?.items : node?.properties?.[s]), CORRECTIONS_SCHEMA);
}

/** The known key one edit away from a misspelt one (rol → role), if any. */
function nearKnownKey(key: string, schema: SchemaNode | undefined): string | undefined {
  return Object.keys(schema?.properties ?? {}).find((known) => editDistanceAtMostOne(known.toLowerCase(), key.toLowerCase()));
}

/** One character changed, added, dropped, or two neighbours swapped (nmae → name). */
function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swapped || a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}
