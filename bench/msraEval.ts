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

/** Scores our recognisers, and the bare jieba tags (nr → PER, ns → LOC) as the baseline. */
export function evaluateMsra(path: string, segmenter: Segmenter): Record<string, Scores> {
  const gold: Record<string, Span[]> = { PER: [], LOC: [] };
  const ours: Record<string, Span[]> = { PER: [], LOC: [] };
  const jieba: Record<string, Span[]> = { PER: [], LOC: [] };
  let offset = 0;
  // The corpus is scored as one running text of sentences, so offsets are shifted per sentence.
  for (const { text, spans } of readBio(path)) {
    for (const s of spans) if (gold[s.type]) gold[s.type].push({ ...s, start: s.start + offset, end: s.end + offset });
    for (const e of analyzeText(text, segmenter).entities) {
      const type = OURS[e.type];
      if (type) ours[type].push({ type, start: e.start + offset, end: e.end + offset });
    }
    let at = 0;
    for (const { word, tag } of segmenter.tag(text)) {
      const type = tag.startsWith('nr') ? 'PER' : tag === 'ns' ? 'LOC' : undefined;
      if (type) jieba[type].push({ type, start: offset + at, end: offset + at + word.length });
      at += word.length;
    }
    offset += text.length + 1;
  }
  return {
    'PER ours': score(gold.PER, ours.PER),
    'LOC ours': score(gold.LOC, ours.LOC),
    'PER jieba tags': score(gold.PER, jieba.PER),
    'LOC jieba tags': score(gold.LOC, jieba.LOC),
  };
}
