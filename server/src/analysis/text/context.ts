/**
 * Per-paragraph token lists with a flag for tokens inside quotes, shared by attribution, name
 * scanning and claims so that the text is tokenised once. Words inside a quote never attribute
 * that quote, and never serve as antecedents.
 */
import type { Paragraph, Sentence, Span } from '../model';
import { tokenize, type Token } from './tokens';
import { firstIndex } from './search';

/**
 * One paragraph's tokens, made on first use and droppable with `release()` once nothing needs
 * them again, so a long story does not keep every token of every paragraph alive at once.
 */
export class ParagraphContext {
  readonly paragraph: Paragraph;
  readonly #text: string;
  /** The top-level quote segments that overlap this paragraph, in order. */
  readonly #segments: Span[];
  #tokens: Token[] | null = null;
  #inQuote: boolean[] | null = null;

  constructor(text: string, paragraph: Paragraph, segments: Span[]) {
    this.#text = text;
    this.paragraph = paragraph;
    this.#segments = segments;
  }

  /** The whole story's text (the paragraph is `paragraph.start`..`paragraph.end` of it). */
  get text(): string {
    return this.#text;
  }

  /** The top-level quote segments that overlap this paragraph, in order. */
  get segments(): readonly Span[] {
    return this.#segments;
  }

  /** Takes tokens made earlier for this same paragraph text (paragraphMemo.ts), unless it has some. */
  adopt(tokens: Token[]): void {
    if (this.#tokens === null) this.#tokens = tokens;
  }

  get tokens(): Token[] {
    if (this.#tokens === null) this.#build();
    return this.#tokens!;
  }

  /** inQuote[i] is true when tokens[i] lies inside a top-level quote segment (or is its mark). */
  get inQuote(): boolean[] {
    if (this.#inQuote === null) this.#build();
    return this.#inQuote!;
  }

  release(): void {
    this.#tokens = null;
    this.#inQuote = null;
  }

  #build(): void {
    const tokens = this.#tokens ?? tokenize(this.#text, this.paragraph.start, this.paragraph.end);
    const inQuote = new Array<boolean>(tokens.length);
    const segs = this.#segments;
    let s = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      while (s < segs.length && segs[s]!.end <= t.start) s++;
      const seg = segs[s];
      inQuote[i] = seg !== undefined && seg.start <= t.start && t.end <= seg.end;
    }
    this.#tokens = tokens;
    this.#inQuote = inQuote;
  }
}

/** One lazy context per paragraph; `quoteSegments` are the top-level quote segments. */
export function buildContexts(text: string, paragraphs: Paragraph[], quoteSegments: Span[]): ParagraphContext[] {
  const segs = [...quoteSegments].sort((a, b) => a.start - b.start);
  let s = 0;
  return paragraphs.map((paragraph) => {
    while (s < segs.length && segs[s]!.end <= paragraph.start) s++;
    let e = s;
    while (e < segs.length && segs[e]!.start < paragraph.end) e++;
    return new ParagraphContext(text, paragraph, segs.slice(s, e));
  });
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenAt(tokens: Token[], offset: number): number {
  return firstIndex(tokens, (t) => t.start >= offset);
}

/** The sentence of the paragraph that contains `offset` (the last one before it otherwise). */
export function sentenceAt(p: Paragraph, offset: number): Sentence | null {
  const after = firstIndex(p.sentences, (s) => s.start > offset);
  return after > 0 ? p.sentences[after - 1]! : null;
}

/** The first sentence of the paragraph that starts at or after `offset`, if any. */
export function sentenceFrom(p: Paragraph, offset: number): Sentence | undefined {
  return p.sentences[firstIndex(p.sentences, (s) => s.start >= offset)];
}
