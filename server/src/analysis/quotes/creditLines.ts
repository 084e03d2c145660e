/**
 * Pull quotes credited on their own line inside the quote marks, as some sites print them:
 *
 *     "I worry that we may see a resurgence of balanced budgets.
 *     Dean Baker, Center for Economic and Policy Research."
 *
 * The last line names the speaker; it is not part of the quotation.
 */
import type { Paragraph, Span } from '../model';
import type { PairedQuote } from './quoteMarks';

/** A name of two to four capitalised words, then a comma or the end: the credit's shape. */
const CREDIT = /^[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|de|van|von|al|bin)){1,3}\s*(?:,|[.]?["”]?$)/u;
const MAX_CREDIT_WORDS = 16;

/**
 * Takes the credit line off every multi-paragraph quote that ends with one, and returns, per
 * quote, the span of its credit line (or null). `quotes` are changed in place.
 */
export function takeCreditLines(text: string, quotes: PairedQuote[], paragraphs: Paragraph[]): (Span | null)[] {
  return quotes.map((q) => {
    if (q.depth > 0 || q.segments.length < 2 || !q.closed) return null;
    const last = q.segments[q.segments.length - 1]!;
    const paragraph = paragraphs[q.lastParagraph];
    if (!paragraph || paragraph.start !== last.start || last.end - last.start > 200) return null;
    const inner = text.slice(last.start, last.end).trim();
    if (inner.split(/\s+/).length > MAX_CREDIT_WORDS || !CREDIT.test(inner)) return null;
    // the line before must end a sentence: the quote is finished when its credit starts
    const before = q.segments[q.segments.length - 2]!;
    if (!/[.!?…]\s*$/.test(text.slice(before.start, before.end))) return null;
    q.segments = q.segments.slice(0, -1);
    q.lastParagraph--;
    q.closed = false;
    return { start: last.start, end: last.end };
  });
}
