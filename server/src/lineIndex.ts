/**
 * Converts UTF-16 offsets to zero-based lines and columns. The only place outside the engine that
 * knows where lines start; a CRLF ends one line (its \r is not a column of the next).
 */
export class LineIndex {
  readonly #starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.#starts = starts;
  }

  /** Zero-based line and UTF-16 column of `offset`. */
  position(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.#starts[lo]! };
  }
}
