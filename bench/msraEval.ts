/** Person / place precision, recall and F1 on the MSRA NER test set (BIO, one character per line). */
import { readFileSync } from 'node:fs';
import { analyzeText } from '../src/core';
import type { Segmenter } from '../src/core';

interface Span { type: string; start: number; end: number }
export interface Scores { precision: number; recall: number; f1: number; gold: number; predicted: number }

/** Reads the BIO file into sentences: text and gold spans (PER, LOC). */
export function readBio(path: string): { text: string; spans: Span[] }[] {
  const sentences: { text: string; spans: Span[] }[] = [];
  let chars: string[] = [];
  let spans: Span[] = [];
  const flush = () => { if (chars.length) sentences.push({ text: chars.join(''), spans }); chars = []; spans = []; };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [ch, tag] = line.split('\t');
    if (!line.trim() || !tag) { flush(); continue; }
    const at = chars.length;
    chars.push(ch);
    if (tag.startsWith('B-')) spans.push({ type: tag.slice(2), start: at, end: at + 1 });
    else if (tag.startsWith('I-') && spans.length && spans[spans.length - 1].end === at) spans[spans.length - 1].end = at + 1;
    // Sentences end at 。 in this corpus' one-character-per-line form when no blank line separates them.
    if (ch === '。' && tag === 'O') flush();
  }
  flush();
  return sentences;
}

function score(gold: Span[], predicted: Span[]): Scores {
  const key = (s: Span) => `${s.start}:${s.end}`;
  const goldKeys = new Set(gold.map(key));
  const hits = predicted.filter((p) => goldKeys.has(key(p))).length;
  const precision = predicted.length ? hits / predicted.length : 0;
  const recall = gold.length ? hits / gold.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold: gold.length, predicted: predicted.length };
}

const OURS: Record<string, string> = { person: 'PER', place: 'LOC' };

/** Consecutive sentences of one article: the test set keeps the articles' order but not their boundaries. */
const SENTENCES_PER_DOCUMENT = 40;

/** Scores our recognisers, and the bare jieba tags (nr → PER, ns → LOC) as the baseline. */
export function evaluateMsra(path: string, segmenter: Segmenter): Record<string, Scores> {
  const gold: Record<string, Span[]> = { PER: [], LOC: [] };
  const ours: Record<string, Span[]> = { PER: [], LOC: [] };
  const jieba: Record<string, Span[]> = { PER: [], LOC: [] };
  // The rules without the learned labeller (trained on PD1998, whose conventions differ from MSRA's in places).
  const rules: Record<string, Span[]> = { PER: [], LOC: [] };
  const sentences = readBio(path);
  let offset = 0;
  // Sentences are analysed as documents of consecutive paragraphs, as a reader of the article sees them:
  // a name introduced with its title in one sentence is known in the next.
  for (let first = 0; first < sentences.length; first += SENTENCES_PER_DOCUMENT) {
    const batch = sentences.slice(first, first + SENTENCES_PER_DOCUMENT);
    const document = batch.map((s) => s.text).join('\n');
    let at = offset;
    for (const { text, spans } of batch) {
      for (const s of spans) if (gold[s.type]) gold[s.type].push({ ...s, start: s.start + at, end: s.end + at });
      let cursor = at;
      for (const { word, tag } of segmenter.tag(text)) {
        const type = tag.startsWith('nr') ? 'PER' : tag === 'ns' ? 'LOC' : undefined;
        if (type) jieba[type].push({ type, start: cursor, end: cursor + word.length });
        cursor += word.length;
      }
      at += text.length + 1;
    }
    for (const [entities, into] of [[analyzeText(document, segmenter).entities, ours], [analyzeText(document, segmenter, { learnedModel: false }).entities, rules]] as const) {
      for (const e of entities) {
        const type = OURS[e.type];
        if (type) into[type].push({ type, start: e.start + offset, end: e.end + offset });
      }
    }
    offset = at;
  }
  return {
    'PER ours': score(gold.PER, ours.PER),
    'LOC ours': score(gold.LOC, ours.LOC),
    'PER rules alone': score(gold.PER, rules.PER),
    'LOC rules alone': score(gold.LOC, rules.LOC),
    'PER jieba tags': score(gold.PER, jieba.PER),
    'LOC jieba tags': score(gold.LOC, jieba.LOC),
  };
}
