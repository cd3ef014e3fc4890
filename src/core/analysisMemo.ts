/**
 * What re-analysing an edited document reuses: the tagger's words and the labeller's reading of each sentence
 * piece seen before, the people rules' cut of each run of characters into names, the date expressions of each
 * line and the places of each piece. A user types in one paragraph; every other sentence is read exactly as before, so only the
 * changed ones are tagged and labelled again. The output is the fresh analysis' own (test/unit/analysisMemo.test.ts,
 * scripts/sameOutput.ts --memo). Meant for the editor: one-shot paths (a corpus, the workspace index) read each
 * sentence once and pass none.
 */
import type { Segmenter, TaggedWord } from './segment/segmenter';
import { TextLru } from './textLru';
import type { LabelledPiece } from './ner/recognizeWithModel';
import type { LastingScores } from './ner/spanMargins';
import type { RunName } from './people/nameRuns';
import type { DateExpression } from './dates/dateTypes';
import type { PiecePlaces } from './places/recognizePlaces';

/** Characters of sentence text held by each of the memos: a long report and its edits (≈ 14 MB when full, the bench measures it). */
export const MEMO_CHARS = 60_000;

export class AnalysisMemo {
  /** The labeller's pieces, by all their features read (pieceKey): valid whatever segmenter gave the words. */
  readonly labels: TextLru<LabelledPiece>;
  /** The margins' scores of the labelled pieces they were asked about: they go with the pieces' emissions. */
  readonly scores: LastingScores = new WeakMap();
  /** The people rules' cuts of runs of characters into names (namesInRuns), by all they read of the run. */
  readonly runs: TextLru<RunName[]>;
  /** The date expressions of each line (scanOnce), by its text and what stands on either side of it. */
  readonly dates: TextLru<DateExpression[]>;
  private readonly tags: TextLru<TaggedWord[]>;
  /** The places the rules find in each of the tagger's pieces (recognizePlaces), read from its words. */
  private readonly places: TextLru<PiecePlaces>;
  private taggedBy: Segmenter | undefined;

  constructor(private readonly maxChars = MEMO_CHARS) {
    this.labels = new TextLru(maxChars);
    this.tags = new TextLru(maxChars);
    this.runs = new TextLru(maxChars);
    this.dates = new TextLru(maxChars);
    this.places = new TextLru(maxChars);
  }

  /**
   * Whether a text of this length gains from the memo: one larger than it would push out its own sentences
   * before they come back (every piece a miss, each stored for nothing), so it is read without.
   */
  fits(length: number): boolean {
    return length <= this.maxChars;
  }

  /**
   * The tagger's words by text (sentence pieces, and the short texts analyzeText tags: a line break's two sides,
   * events' labels), for this segmenter: emptied when another one is used. A segmenter's dictionary is complete
   * before its first tag (prepareSegmenter adds the words, once, before tokenising).
   */
  tagsOf(segmenter: Segmenter): TextLru<TaggedWord[]> {
    this.readBy(segmenter);
    return this.tags;
  }

  /** The places of each piece, for this segmenter: they are read from its words (emptied with the tags). */
  placesOf(segmenter: Segmenter): TextLru<PiecePlaces> {
    this.readBy(segmenter);
    return this.places;
  }

  private readBy(segmenter: Segmenter): void {
    if (this.taggedBy !== segmenter) {
      this.tags.clear();
      this.places.clear();
      this.taggedBy = segmenter;
    }
  }

  /** Characters of text held (the five memos). */
  get heldChars(): number {
    return this.labels.heldChars + this.tags.heldChars + this.runs.heldChars + this.dates.heldChars + this.places.heldChars;
  }

  clear(): void {
    this.labels.clear();
    this.tags.clear();
    this.runs.clear();
    this.dates.clear();
    this.places.clear();
  }
}
