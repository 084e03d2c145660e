/**
 * Tells speech from quoted terms. A quote is `full` when it holds a sentence or more, `partial`
 * when it is a fragment woven into reported speech (agree on the need to “stabilize”), and `term`
 * when nobody speaks it: a title, a nickname, a so-called phrase, a scare quote.
 */
import type { QuoteKind, Span } from '../model';
import { isLower, isUpper } from '../text/chars';

/** Words right before a quote that make it a name for something, not speech. */
const NAMING_CUE = /(?:\b(?:so-called|dubbed|titled|entitled|nicknamed|named|known as|labelled|labeled|branded|the word|the words|the term|the phrase|the slogan|the hashtag|the headline|the book|the film|the movie|the song|the show|the series|the album|the program|the programme|the report|the article|the op-ed|the column|the bill|the act|the operation|the term of|as in)\s*[,:]?\s*)$/i;

/** True when the words before the quote name it as a title or term. */
export function isNamedTerm(text: string, quoteStart: number, floor: number): boolean {
  const before = text.slice(Math.max(floor, quoteStart - 40), quoteStart);
  return NAMING_CUE.test(before);
}

/** A verb of naming right before the quote: someone gave the name (“who she dubbed “Mr. P””). */
const NAMING_VERB = /\b(?:(?:dubbed|nicknamed|named|labelled|labeled|branded|titled|entitled)\s*(?:as\s+)?(?:an?\s+|the\s+)?|called\s+(?:an?|the)\s+)[,:]?\s*$/i;

export function isNamedBySomeone(text: string, quoteStart: number, floor: number): boolean {
  return NAMING_VERB.test(text.slice(Math.max(floor, quoteStart - 30), quoteStart));
}

function innerOf(text: string, segments: Span[]): string {
  return segments.map((s) => text.slice(s.start + 1, s.end)).join(' ').replace(/[”’"'»›“‘]+$/u, '');
}

/** Words as runs of non-space characters that hold a letter or digit. */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * The kind of a quote given where it stands: `startsClause` is true when the quote opens its
 * sentence or follows a colon or comma (`X said: “…”`, `“…,” X said`).
 */
export function quoteKind(text: string, segments: Span[], startsClause: boolean, attributed: boolean): QuoteKind {
  const inner = innerOf(text, segments).trim();
  const words = wordCount(inner);
  const first = inner.replace(/^[^\p{L}\p{N}]+/u, '')[0];
  const endsLikeSentence = /[.!?…][”’"'»›)]*$/.test(inner) || /[,][”’"']*$/.test(text.slice(segments[segments.length - 1]!.start, segments[segments.length - 1]!.end));
  if (!attributed && words <= 4 && !/[.!?]/.test(inner)) return 'term';
  if (segments.length > 1) return 'full';
  if (startsClause && (isUpper(first) || words >= 6) && (endsLikeSentence || words >= 4)) return 'full';
  if (isLower(first) || !startsClause) return 'partial';
  return words >= 4 ? 'full' : 'partial';
}

/** Whether the quote at `start` begins a clause: sentence start, after a colon, or after a cue + comma. */
export function startsClause(text: string, start: number, paragraphStart: number): boolean {
  let i = start - 1;
  while (i >= paragraphStart && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\t')) i--;
  if (i < paragraphStart) return true;
  const ch = text[i]!;
  return ch === ':' || ch === ',' || ch === '.' || ch === '?' || ch === '!' || ch === '—' || ch === '–' || ch === '(' || ch === '”' || ch === '"';
}
