/**
 * brat standoff (https://brat.nlplab.org/standoff.html): a .txt and an .ann of
 *   T1<TAB>Person 12 15<TAB>陈吉宁                      text-bound annotation (entity)
 *   T9<TAB>Place 1652 1655;1657 1662<TAB>新疆维 吾尔自治区  discontinuous: one fragment per line
 *   A1<TAB>Role T1 上海市委书记                          attribute (type, target, value)
 *   #1<TAB>AnnotatorNotes T9<TAB>canonical=新疆维吾尔自治区  note, free text
 * Offsets are code points into the exported .txt (see StandoffText). The .ann is line-oriented, so an
 * entity across a line break (a page break inside 新疆维吾尔自治区) is written as fragments on either side of
 * it, and its text as brat itself writes such text: the fragments joined by one space (brat's DISCONT_SEP).
 */
import type { Analysis, Entity } from '../types';
import { BRAT_TYPES, entityTypeOf } from './formats';
import { StandoffText } from './standoffText';
import { byPosition } from './entities';

export interface BratFiles {
  txt: string;
  ann: string;
}

/** brat's separator between the texts of a discontinuous annotation's fragments. */
const FRAGMENT_SEPARATOR = ' ';
/** A line break with the white space around it: where an entity is cut into fragments. */
const LINE_BREAK = /\s*[\r\n]\s*/g;

/**
 * Entity facts written as brat attributes: values without white space (titles, ISO dates, kinds), so brat's
 * `A<TAB>NAME TARGET VALUE` stays unambiguous. brat users declare them in annotation.conf [attributes].
 */
const ATTRIBUTES: readonly { name: string; read(e: Entity): string | undefined; write(e: Entity, value: string): void }[] = [
  { name: 'Official', read: (e) => (e.official === undefined ? undefined : String(e.official)), write: (e, v) => { e.official = v === 'true'; } },
  { name: 'Role', read: (e) => e.role, write: (e, v) => { e.role = v; } },
  { name: 'PlaceKind', read: (e) => e.kind, write: (e, v) => { e.kind = v; } },
  { name: 'DateValue', read: (e) => e.value, write: (e, v) => { e.value = v; } },
];

/** Free-text facts, written as one AnnotatorNotes line (`key=value; key=value`): brat shows it on hover. */
const NOTE_FIELDS = ['canonical', 'parent', 'resolvedBy'] as const;
const NOTE_SEPARATOR = '; ';
const isNoteField = (key: string): key is (typeof NOTE_FIELDS)[number] => (NOTE_FIELDS as readonly string[]).includes(key);

/** Why a .ann (or its .txt) cannot be read; `line` is 1-based (0: the files as a whole). */
export class BratFormatError extends Error {
  constructor(readonly line: number, message: string) {
    super(line > 0 ? `.ann line ${line}: ${message}` : message);
  }
}

/** The pieces of `entity` between line breaks (UTF-16 offsets into `text`). */
export function bratFragments(text: string, entity: Entity): { start: number; end: number }[] {
  const fragments: { start: number; end: number }[] = [];
  let from = entity.start;
  for (const match of text.slice(entity.start, entity.end).matchAll(LINE_BREAK)) {
    const at = entity.start + match.index;
    if (at > from) fragments.push({ start: from, end: at });
    from = at + match[0].length;
  }
  if (entity.end > from) fragments.push({ start: from, end: entity.end });
  return fragments;
}

const oneLine = (value: string) => value.replace(/[\t\r\n]+/g, ' ');

function noteOf(entity: Entity): string | undefined {
  const parts = NOTE_FIELDS.filter((key) => entity[key] !== undefined && !(key === 'canonical' && entity.canonical === entity.text))
    .map((key) => `${key}=${oneLine(String(entity[key]))}`);
  return parts.length ? parts.join(NOTE_SEPARATOR) : undefined;
}

/** The analysis of `text` as brat's .txt (LF line endings) and .ann. */
export function toBrat(text: string, analysis: Analysis): BratFiles {
  const standoff = new StandoffText(text);
  const lines: string[] = [];
  let t = 0;
  let a = 0;
  let n = 0;
  for (const entity of byPosition(analysis.entities)) {
    const fragments = bratFragments(text, entity);
    if (fragments.length === 0) continue;
    const id = `T${++t}`;
    const offsets = fragments.map((f) => `${standoff.exported(f.start)} ${standoff.exported(f.end)}`).join(';');
    const fragmentText = fragments.map((f) => text.slice(f.start, f.end)).join(FRAGMENT_SEPARATOR);
    lines.push(`${id}\t${BRAT_TYPES[entity.type]} ${offsets}\t${fragmentText}`);
    for (const attribute of ATTRIBUTES) {
      const value = attribute.read(entity)?.replace(/\s+/g, '');
      if (value) lines.push(`A${++a}\t${attribute.name} ${id} ${value}`);
    }
    const note = noteOf(entity);
    if (note) lines.push(`#${++n}\tAnnotatorNotes ${id}\t${note}`);
  }
  return { txt: standoff.text, ann: lines.length ? `${lines.join('\n')}\n` : '' };
}

const T_LINE = /^(T\d+\S*)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/;
const A_LINE = /^([AM]\d+\S*)\t(\S+) (\S+)(?: (.+))?$/;
const NOTE_LINE = /^(#\d*\S*)\t(\S+) (\S+)\t?(.*)$/;

/**
 * Reads a .txt/.ann pair back into entities with UTF-16 offsets. Each entity spans from its first fragment's
 * start to its last fragment's end. With `original` (the document the .txt was exported from, say with CRLF)
 * the offsets point into that; otherwise into `txt` read as it is. Checks what brat checks: offsets inside the
 * text, fragments in order and apart, and the stated text equal to the fragments' text. Relations, events and
 * normalisations are skipped.
 */
export function fromBrat(txt: string, ann: string, original?: string): Entity[] {
  const standoff = original !== undefined ? new StandoffText(original) : new StandoffText(txt, { keepLineEndings: true });
  if (standoff.text !== txt) throw new BratFormatError(0, 'the .txt is not the given document with LF line endings');
  const entities = new Map<string, Entity>();
  const attributes: { line: number; name: string; target: string; value: string }[] = [];
  const notes: { line: number; target: string; note: string }[] = [];

  ann.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const lineNumber = index + 1;
    if (line.trim() === '') return;
    if (line.startsWith('T')) {
      const match = T_LINE.exec(line);
      if (!match) throw new BratFormatError(lineNumber, `not a text-bound annotation (ID<TAB>TYPE START END<TAB>TEXT): ${line}`);
      const [, id, label, offsets, stated] = match;
      const type = entityTypeOf(BRAT_TYPES, label);
      if (!type) throw new BratFormatError(lineNumber, `unknown entity type ${label}`);
      const fragments = offsets.split(';').map((pair) => pair.split(' ').map(Number) as [number, number]);
      let previousEnd = -1;
      for (const [start, end] of fragments) {
        if (start > end || end > standoff.length) throw new BratFormatError(lineNumber, `offsets ${start} ${end} outside the text (${standoff.length} characters)`);
        if (start <= previousEnd) throw new BratFormatError(lineNumber, 'fragments overlap or are out of order');
        previousEnd = end;
      }
      const expected = fragments.map(([start, end]) => standoff.sliceCodePoints(start, end)).join(FRAGMENT_SEPARATOR);
      const rest = stated.slice(expected.length);
      if (!stated.startsWith(expected) || /^\S/.test(rest)) throw new BratFormatError(lineNumber, `text "${stated}" is not the text at ${offsets} ("${expected}")`);
      const start = standoff.originalOffset(fragments[0][0]);
      const end = standoff.originalOffset(fragments[fragments.length - 1][1]);
      entities.set(id, { type, start, end, text: standoff.original.slice(start, end) });
    } else if (/^[AM]/.test(line)) {
      const match = A_LINE.exec(line);
      if (!match) throw new BratFormatError(lineNumber, `not an attribute (ID<TAB>NAME TARGET [VALUE]): ${line}`);
      attributes.push({ line: lineNumber, name: match[2], target: match[3], value: match[4] ?? 'true' });
    } else if (line.startsWith('#')) {
      const match = NOTE_LINE.exec(line);
      if (!match) throw new BratFormatError(lineNumber, `not a note (ID<TAB>TYPE TARGET<TAB>TEXT): ${line}`);
      if (match[2] === 'AnnotatorNotes') notes.push({ line: lineNumber, target: match[3], note: match[4] });
    } else if (!/^[REN*]/.test(line)) {
      throw new BratFormatError(lineNumber, `unknown annotation: ${line}`);
    }
  });

  const target = (id: string, line: number) => {
    const entity = entities.get(id);
    if (!entity) throw new BratFormatError(line, `refers to ${id}, which is not a text-bound annotation of this file`);
    return entity;
  };
  for (const { line, name, target: id, value } of attributes) {
    ATTRIBUTES.find((attribute) => attribute.name === name)?.write(target(id, line), value);
  }
  for (const { line, target: id, note } of notes) {
    const entity = target(id, line);
    for (const part of note.split(NOTE_SEPARATOR)) {
      const [key, value] = part.split(/=(.*)/s, 2);
      if (isNoteField(key) && value !== undefined) entity[key] = value;
    }
  }
  return byPosition([...entities.values()]);
}
