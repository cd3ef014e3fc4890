import { applyEdits, modify, parseTree, findNodeAtLocation, getNodeValue, type FormattingOptions, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { CORRECTIONS_VERSION } from './model';

export type MarkableType = 'person' | 'place' | 'organization';

/** The new file text, or why the file cannot be edited safely (then it is left as it is). */
export type EditResult = { ok: true; text: string; changed: boolean } | { ok: false; problem: string };

export const NEW_CORRECTIONS_FILE = `{\n  "version": ${CORRECTIONS_VERSION}\n}\n`;

const LIST_OF: Record<MarkableType, 'persons' | 'places' | 'organizations'> = { person: 'persons', place: 'places', organization: 'organizations' };
const NAME_LISTS = ['persons', 'places', 'organizations', 'notEntities'] as const;

/** A name in a list: a string, or an object's `name`. */
const isEntryFor = (name: string) => (item: unknown) =>
  item === name || (typeof item === 'object' && item !== null && (item as { name?: unknown }).name === name);

/**
 * Text edits of the corrections file that keep everything else of it: comments, formatting, unknown keys and
 * entries (even invalid ones). Each edit is read-modify-write on the file's current text.
 */
class CorrectionsText {
  private constructor(public text: string, private readonly formatting: FormattingOptions, public changed = false) {}

  static open(existing: string | undefined): CorrectionsText | string {
    const text = existing === undefined || existing.trim() === '' ? NEW_CORRECTIONS_FILE : existing;
    const formatting: FormattingOptions = { insertSpaces: !/^\t/m.test(text), tabSize: 2, eol: text.includes('\r\n') ? '\r\n' : '\n' };
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0 || !root) return 'it is not valid JSON';
    if (root.type !== 'object') return 'it is not a JSON object';
    const version = findNodeAtLocation(root, ['version']);
    if (version && getNodeValue(version) !== CORRECTIONS_VERSION) return `it has version ${JSON.stringify(getNodeValue(version))}, not ${CORRECTIONS_VERSION}`;
    const file = new CorrectionsText(text, formatting);
    if (!version) file.apply(['version'], CORRECTIONS_VERSION);
    return file;
  }

  private apply(path: (string | number)[], value: unknown, isArrayInsertion = false): void {
    this.text = applyEdits(this.text, modify(this.text, path, value, { formattingOptions: this.formatting, isArrayInsertion }));
    this.changed = true;
  }

  /** The list's items, [] when the key is absent; a string when the key holds something else. */
  items(key: string): unknown[] | string {
    const node = findNodeAtLocation(parseTree(this.text, [], { allowTrailingComma: true })!, [key]);
    if (!node) return [];
    return node.type === 'array' ? (getNodeValue(node) as unknown[]) : `"${key}" is not a list`;
  }

  remove(key: string, matches: (item: unknown) => boolean): string | undefined {
    const items = this.items(key);
    if (typeof items === 'string') return items;
    for (let i = items.length - 1; i >= 0; i--) if (matches(items[i])) this.apply([key, i], undefined);
    return undefined;
  }

  append(key: string, value: unknown): string | undefined {
    const items = this.items(key);
    if (typeof items === 'string') return items;
    if (items.length === 0 && !findNodeAtLocation(parseTree(this.text)!, [key])) this.apply([key], [value]);
    else this.apply([key, -1], value, true);
    return undefined;
  }

  has(key: string, matches: (item: unknown) => boolean): boolean {
    const items = this.items(key);
    return typeof items !== 'string' && items.some(matches);
  }
}

/** Runs edits on the file; the first refusal leaves the file untouched. */
function edit(existing: string | undefined, steps: (file: CorrectionsText) => (string | undefined)[]): EditResult {
  const file = CorrectionsText.open(existing);
  if (typeof file === 'string') return { ok: false, problem: file };
  for (const problem of steps(file)) if (problem) return { ok: false, problem };
  return { ok: true, text: file.text, changed: file.changed };
}

/** `name` is a person / place / organisation: listed there, and taken out of the other lists and notEntities. */
export function markAs(existing: string | undefined, type: MarkableType, name: string): EditResult {
  const own = LIST_OF[type];
  return edit(existing, (file) => [
    ...NAME_LISTS.filter((key) => key !== own).map((key) => file.remove(key, isEntryFor(name))),
    file.has(own, isEntryFor(name)) ? undefined : file.append(own, type === 'organization' ? name : { name }),
  ]);
}

/** `text` is never an entity: listed in notEntities and taken out of the user's persons, places, organisations. */
export function markNotEntity(existing: string | undefined, text: string): EditResult {
  return edit(existing, (file) => [
    ...NAME_LISTS.filter((key) => key !== 'notEntities').map((key) => file.remove(key, isEntryFor(text))),
    file.has('notEntities', isEntryFor(text)) ? undefined : file.append('notEntities', text),
  ]);
}

/**
 * The title shown for `name` at every mention (an empty title removes the override). With `ensurePerson`, the
 * name is also made a person, for a selection the analysis had not recognised.
 */
export function setTitle(existing: string | undefined, name: string, title: string, ensurePerson = false): EditResult {
  const withTitle = edit(existing, (file) => [
    file.remove('titles', isEntryFor(name)),
    title.trim() ? file.append('titles', { name, title: title.trim() }) : undefined,
  ]);
  if (!withTitle.ok || !ensurePerson) return withTitle;
  const asPerson = markAs(withTitle.text, 'person', name);
  return asPerson.ok ? { ...asPerson, changed: asPerson.changed || withTitle.changed } : asPerson;
}
