import { jsonPath, type CorrectionsProblem } from './model';

/** The part of JSON Schema the corrections schema uses; the same file drives VS Code's editor validation. */
export interface SchemaNode {
  type?: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  const?: unknown;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  items?: SchemaNode;
}

/** What a JSON value is, in words for messages: "a string", "an array", "null". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && Number.isInteger(value)) return `the number ${value}`;
  return typeof value === 'string' ? `the string ${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value)}` : `${typeof value} ${String(value)}`;
}

const ARTICLE: Record<NonNullable<SchemaNode['type']>, string> = {
  object: 'an object', array: 'an array', string: 'a string', boolean: 'true or false', integer: 'a whole number', number: 'a number',
};

function hasType(value: unknown, type: NonNullable<SchemaNode['type']>): boolean {
  switch (type) {
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array': return Array.isArray(value);
    case 'integer': return Number.isInteger(value);
    default: return typeof value === type;
  }
}

/** Every way `value` breaks `schema`, each with the JSON path where it happens. Never throws. */
export function checkAgainstSchema(value: unknown, schema: SchemaNode, path: (string | number)[] = []): CorrectionsProblem[] {
  const problem = (message: string, at = path) => ({ path: jsonPath(at), message });
  if ('const' in schema && value !== schema.const) return [problem(`must be ${JSON.stringify(schema.const)}, not ${describeValue(value)}`)];
  if (schema.enum && !schema.enum.includes(value)) return [problem(`must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`)];
  if (schema.type && !hasType(value, schema.type)) return [problem(`must be ${ARTICLE[schema.type]}, not ${describeValue(value)}`)];
  const problems: CorrectionsProblem[] = [];
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) problems.push(problem(schema.minLength === 1 ? 'must not be empty' : `must have at least ${schema.minLength} characters`));
    if (schema.maxLength !== undefined && length > schema.maxLength) problems.push(problem(`must have at most ${schema.maxLength} characters (has ${length})`));
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => problems.push(...checkAgainstSchema(item, schema.items!, [...path, i])));
  }
  if (hasType(value, 'object')) {
    const object = value as Record<string, unknown>;
    const misspelt = new Set<string>();
    for (const [key, child] of Object.entries(object)) {
      const childSchema = schema.properties?.[key];
      if (childSchema) problems.push(...checkAgainstSchema(child, childSchema, [...path, key]));
      else if (schema.additionalProperties === false) {
        const near = nearKnownKey(key, schema);
        if (near) misspelt.add(near);
        problems.push(problem(`has an unknown property "${key}"${near ? ` (did you mean "${near}"?)` : ''}`, [...path, key]));
      }
    }
    // "nmae" already says what is wrong with a missing "name".
    for (const key of schema.required ?? []) if (!(key in object) && !misspelt.has(key)) problems.push(problem(`is missing "${key}"`));
  }
  return problems;
}

/** The known key one edit away from a misspelt one (rol → role), if any. */
function nearKnownKey(key: string, schema: SchemaNode): string | undefined {
  return Object.keys(schema.properties ?? {}).find((known) => editDistanceAtMostOne(known.toLowerCase(), key.toLowerCase()));
}

/** One character changed, added, dropped, or two neighbours swapped (nmae → name). */
function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swapped || a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}
