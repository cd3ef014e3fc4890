/**
 * The text a standoff file points into, and the mapping between its offsets and ours.
 *
 * Our offsets are UTF-16 code units into the document as it is. brat counts Unicode code points (it is
 * Python), and brat 1.3 reads the .txt with universal newlines ('rU'), so a CRLF there is one character while
 * newer brat keeps it as two. The exported .txt therefore has LF line endings (CR LF and lone CR become LF):
 * its offsets mean the same thing to every reader. Entity boundaries never fall inside a CR LF pair or a
 * surrogate pair; if one did, it would map to the start of that pair.
 */
export class StandoffText {
  /** The exported text: the original with every line ending turned into LF. */
  readonly text: string;
  /** originalOffset → code-point offset into `text` (length: original.length + 1). */
  private readonly toExported: Uint32Array;
  /** code-point offset into `text` → originalOffset (length: code points + 1). */
  private readonly toOriginalOffsets: Uint32Array;
  private readonly keepsLineEndings: boolean;

  /** `keepLineEndings`: read a text as it is (a .txt brat has, rather than one we export). */
  constructor(readonly original: string, { keepLineEndings = false } = {}) {
    const toExported = new Uint32Array(original.length + 1);
    const toOriginal: number[] = [];
    const out: string[] = [];
    let codePoints = 0;
    for (let i = 0; i < original.length; ) {
      const code = original.charCodeAt(i);
      let width = 1;
      let char = original[i];
      if (code === 0x0d && !keepLineEndings) {
        width = original.charCodeAt(i + 1) === 0x0a ? 2 : 1;
        char = '\n';
      } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < original.length) {
        const low = original.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          width = 2;
          char = original.slice(i, i + 2);
        }
      }
      for (let k = 0; k < width; k++) toExported[i + k] = codePoints;
      toOriginal.push(i);
      out.push(char);
      codePoints++;
      i += width;
    }
    toExported[original.length] = codePoints;
    toOriginal.push(original.length);
    this.toExported = toExported;
    this.toOriginalOffsets = Uint32Array.from(toOriginal);
    this.text = out.join('');
    this.keepsLineEndings = keepLineEndings;
  }

  /** Number of code points of the exported text. */
  get length(): number {
    return this.toOriginalOffsets.length - 1;
  }

  /** The code-point offset into the exported text of a UTF-16 offset into the original. */
  exported(originalOffset: number): number {
    return this.toExported[originalOffset];
  }

  /** The UTF-16 offset into the original of a code-point offset into the exported text. */
  originalOffset(codePointOffset: number): number {
    if (!Number.isInteger(codePointOffset) || codePointOffset < 0 || codePointOffset > this.length) {
      throw new RangeError(`offset ${codePointOffset} is outside the text (0…${this.length} code points)`);
    }
    return this.toOriginalOffsets[codePointOffset];
  }

  /** The exported text between two code-point offsets. */
  sliceCodePoints(start: number, end: number): string {
    const slice = this.original.slice(this.originalOffset(start), this.originalOffset(end));
    return this.keepsLineEndings ? slice : slice.replace(/\r\n?/g, '\n');
  }
}
