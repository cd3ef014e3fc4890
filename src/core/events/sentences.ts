export interface Sentence {
  start: number;
  end: number;
}

/** Sentences of the clean text: split after 。！？ and at paragraph breaks; quotes stay with their sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = /[^。！？!?\n]+(?:[。！？!?]+[”’」』]?|\n|$)/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) { pattern.lastIndex++; continue; }
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}
