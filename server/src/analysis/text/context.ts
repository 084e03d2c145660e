/**
 * Per-paragraph token lists with a flag for tokens inside quotes, shared by attribution, name
 * scanning and claims so that the text is tokenised once. Words inside a quote never attribute
 * that quote, and never serve as antecedents.
 */
import type { Paragraph, Sentence, Span } from '../model';
import { tokenize, type Token } from './tokens';

export interface ParagraphContext {
  paragraph: Paragraph;
  tokens: Token[];
  /** inQuote[i] is true when tokens[i] lies inside a top-level quote segment (or is its mark). */
  inQuote: boolean[];
}

export function buildContexts(text: string, paragraphs: Paragraph[], quoteSegments: Span[]): ParagraphContext[] {
  const segs = [...quoteSegments].sort((a, b) => a.start - b.start);
  let s = 0;
  return paragraphs.map((paragraph) => {
    const tokens = tokenize(text, paragraph.start, paragraph.end);
    const inQuote = new Array<boolean>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      while (s < segs.length && segs[s]!.end <= t.start) s++;
      const seg = segs[s];
      inQuote[i] = seg !== undefined && seg.start <= t.start && t.end <= seg.end;
    }
    return { paragraph, tokens, inQuote };
  });
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence of the paragraph that contains `offset` (the last one before it otherwise). */
export function sentenceAt(p: Paragraph, offset: number): Sentence | null {
  let found: Sentence | null = null;
  for (const s of p.sentences) {
    if (s.start <= offset) found = s;
    else break;
  }
  return found;
}
