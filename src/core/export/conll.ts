/**
 * Character-level BIO in CoNLL columns: one line per Unicode code point (𠮷 and 😀 are one line each, not two
 * UTF-16 halves), `CHAR<TAB>TAG` with tags B-PER / I-PER, B-LOC, B-ORG, B-DATE … and O (IOB2: every entity
 * starts with B-). A blank line ends each sentence: after 。！？!? (and the closing quotes that follow them) and
 * at each line break (a paragraph), but never inside an entity. White space (spaces, the ideographic space U+3000, tabs, line breaks) is
 * not written: it has no place in a column file and taggers do not see it; the page break inside
 * 新疆维⏎⏎吾尔自治区 therefore leaves one unbroken B-LOC I-LOC … run. Nested entities cannot be tagged flat:
 * the outer one is kept (see flatEntities).
 */
import type { Analysis, Entity } from '../types';
import { BIO_TYPES, entityTypeOf } from './formats';
import { flatEntities } from './entities';

const WHITESPACE = /^\s$/u;
const LINE_BREAK = /^[\n\r\u2028\u2029]$/u;
const SENTENCE_END = /^[。！？!?]$/u;
/** Closing quotes and brackets stay with the sentence they close: 。” */
const CLOSING = /^[”’」』）》】〕)\]"']$/u;

/** Why a CoNLL file does not fit its text; `line` is 1-based. */
export class ConllFormatError extends Error {
  constructor(readonly line: number, message: string) {
    super(`CoNLL line ${line}: ${message}`);
  }
}

export function toConll(text: string, analysis: Analysis): string {
  const entities = flatEntities(analysis.entities).kept;
  const sentences: string[][] = [];
  let sentence: string[] = [];
  let next = 0; // first entity not yet behind us
  let tagged: Entity | undefined; // the entity whose first character was written
  let sentenceEnded = false;
  let lineEnded = false;
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const end = i + char.length;
    while (next < entities.length && entities[next].end <= i) next++;
    const entity = next < entities.length && entities[next].start <= i ? entities[next] : undefined;
    const inside = entity !== undefined && entity.start < i;
    if (WHITESPACE.test(char)) {
      if (LINE_BREAK.test(char) && !inside) lineEnded = true;
    } else {
      const closesSentence = sentenceEnded && !lineEnded && CLOSING.test(char);
      if ((sentenceEnded || lineEnded) && !inside && !closesSentence && sentence.length > 0) {
        sentences.push(sentence);
        sentence = [];
      }
      if (!closesSentence) sentenceEnded = lineEnded = false;
      const tag = entity ? `${entity === tagged ? 'I' : 'B'}-${BIO_TYPES[entity.type]}` : 'O';
      tagged = entity;
      sentence.push(`${char}\t${tag}`);
      if (SENTENCE_END.test(char) && (!entity || entity.end === end)) sentenceEnded = true;
    }
    i = end;
  }
  if (sentence.length > 0) sentences.push(sentence);
  return sentences.length ? `${sentences.map((s) => s.join('\n')).join('\n\n')}\n` : '';
}

/**
 * Reads a CoNLL file written for `text` back into entities with UTF-16 offsets into `text`: each line's
 * character is matched against the next non-white-space code point of the text. An I- tag that does not
 * continue an entity of its type starts one (as conlleval reads it).
 */
export function fromConll(text: string, conll: string): Entity[] {
  const entities: Entity[] = [];
  let open: Entity | undefined;
  const close = () => {
    if (open) entities.push({ ...open, text: text.slice(open.start, open.end) });
    open = undefined;
  };
  let position = 0;
  const skipWhitespace = () => {
    while (position < text.length) {
      const char = String.fromCodePoint(text.codePointAt(position)!);
      if (!WHITESPACE.test(char)) break;
      position += char.length;
    }
  };
  const lines = conll.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const lineNumber = index + 1;
    if (line === '') return close();
    const columns = line.split('\t');
    if (columns.length < 2) throw new ConllFormatError(lineNumber, `expected CHARACTER<TAB>TAG, got "${line}"`);
    const [char, tag] = [columns[0], columns[columns.length - 1]];
    if ([...char].length !== 1) throw new ConllFormatError(lineNumber, `"${char}" is not one character`);
    skipWhitespace();
    if (!text.startsWith(char, position)) {
      throw new ConllFormatError(lineNumber, `"${char}" does not match the text at offset ${position} ("${text.slice(position, position + 2)}")`);
    }
    const start = position;
    position += char.length;
    if (tag === 'O') return close();
    const match = /^([BI])-(.+)$/.exec(tag);
    const type = match ? entityTypeOf(BIO_TYPES, match[2]) : undefined;
    if (!match || !type) throw new ConllFormatError(lineNumber, `unknown tag ${tag}`);
    if (match[1] === 'I' && open?.type === type) open.end = position;
    else {
      close();
      open = { type, start, end: position, text: '' };
    }
  });
  close();
  skipWhitespace();
  if (position < text.length) throw new ConllFormatError(lines.length, `the file ends at offset ${position} of ${text.length}: it is not for this text`);
  return entities;
}
