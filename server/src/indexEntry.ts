/**
 * One article as the workspace index keeps it: only what quote search and workspace symbols need,
 * packed: the quotes' text once, in its search form (one byte a character for most news, where a
 * string of curly-quoted text takes two), with the few characters the story writes otherwise
 * (capitals, curly quotes, dashes) kept beside it, and every number in one typed array. Plain data
 * only, so an indexing worker can build it and transfer it to the server's thread without a copy.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Article } from './analysis/index';
import { LineIndex } from './lineIndex';

export interface IndexedSpeaker {
  name: string;
  role: string | null;
  quotes: number;
}

export interface IndexedArticle {
  /** Every indexed quote's text in its search form (searchForm), joined with "\n". */
  lower: string;
  /** Per quote: start and end in `lower`. */
  bounds: Int32Array;
  /** Per quote: start line, start character, end line, end character. */
  ranges: Int32Array;
  /** Per quote: index into `speakers`, or -1. */
  speakerOf: Int32Array;
  /**
   * Where the story's own text differs from `lower`, in pairs: the offset, then the character
   * (a UTF-16 code unit) the story has there, by increasing offset. About one character in twenty.
   */
  written: Int32Array;
  speakers: IndexedSpeaker[];
  /** Per speaker: the range of the mention that names them best, as four numbers like `ranges`. */
  speakerRanges: Int32Array;
  /** The search forms of the speakers' names, joined with "\n" (a search matches their words too). */
  speakerNames: string;
  /** Per speaker: start of the name in `speakerNames` (its end is the next start minus one). */
  speakerNameStarts: Int32Array;
}

export function packArticle(text: string, article: Article): IndexedArticle {
  const lines = new LineIndex(text);
  const speakerIndex = new Map(article.speakers.map((s, i) => [s.id, i]));
  const counts = new Array<number>(article.speakers.length).fill(0);
  const kept = article.quotes.filter((q) => q.depth === 0 && q.kind !== 'term');
  const joined = kept.map((q) => q.text).join('\n');
  const lower = searchForm(joined);
  let differ = 0;
  for (let k = 0; k < joined.length; k++) if (joined.charCodeAt(k) !== lower.charCodeAt(k)) differ++;
  const n = kept.length;
  const ns = article.speakers.length;
  // one buffer for every number, so that a worker transfers one thing
  const numbers = new Int32Array(7 * n + 2 * differ + 5 * ns);
  const bounds = numbers.subarray(0, 2 * n);
  const ranges = numbers.subarray(2 * n, 6 * n);
  const speakerOf = numbers.subarray(6 * n, 7 * n);
  const written = numbers.subarray(7 * n, 7 * n + 2 * differ);
  const speakerRanges = numbers.subarray(7 * n + 2 * differ, 7 * n + 2 * differ + 4 * ns);
  const speakerNameStarts = numbers.subarray(7 * n + 2 * differ + 4 * ns);
  const putRange = (into: Int32Array, i: number, span: { start: number; end: number }): void => {
    const a = lines.position(span.start);
    const b = lines.position(span.end);
    into[4 * i] = a.line;
    into[4 * i + 1] = a.character;
    into[4 * i + 2] = b.line;
    into[4 * i + 3] = b.character;
  };
  let at = 0;
  kept.forEach((q, i) => {
    const s = q.attribution.confidence >= 0.5 && q.attribution.speakerId ? speakerIndex.get(q.attribution.speakerId) ?? -1 : -1;
    if (s >= 0) counts[s]!++;
    speakerOf[i] = s;
    bounds[2 * i] = at;
    bounds[2 * i + 1] = at + q.text.length;
    at += q.text.length + 1;
    putRange(ranges, i, q);
  });
  let w = 0;
  for (let k = 0; k < joined.length; k++) {
    const c = joined.charCodeAt(k);
    if (c === lower.charCodeAt(k)) continue;
    written[w++] = k;
    written[w++] = c;
  }
  const speakers = article.speakers.map((s, i) => {
    putRange(speakerRanges, i, s.mentions[s.primaryMention] ?? { start: 0, end: 0 });
    return { name: s.name, role: s.role, quotes: counts[i]! };
  });
  let nameAt = 0;
  speakers.forEach((s, i) => {
    speakerNameStarts[i] = nameAt;
    nameAt += s.name.length + 1;
  });
  const speakerNames = searchForm(speakers.map((s) => s.name).join('\n'));
  return { lower, bounds, ranges, speakerOf, written, speakers, speakerRanges, speakerNames, speakerNameStarts };
}

/** The text of quote `i` as it stands in the story: its search form with the story's own characters put back. */
export function quoteText(a: IndexedArticle, i: number): string {
  const start = a.bounds[2 * i]!;
  const end = a.bounds[2 * i + 1]!;
  const written = a.written;
  // the first pair at or after `start` (pairs are by increasing offset)
  let lo = 0;
  let hi = written.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (written[2 * mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  let out = '';
  let from = start;
  for (let k = lo; k < written.length / 2 && written[2 * k]! < end; k++) {
    const offset = written[2 * k]!;
    out += a.lower.slice(from, offset) + String.fromCharCode(written[2 * k + 1]!);
    from = offset + 1;
  }
  return out + a.lower.slice(from, end);
}

/** Where speaker `i`'s name starts and ends in `a.speakerNames`. */
function speakerBounds(a: IndexedArticle, i: number): { start: number; end: number } {
  const end = i + 1 < a.speakers.length ? a.speakerNameStarts[i + 1]! - 1 : a.speakerNames.length;
  return { start: a.speakerNameStarts[i]!, end };
}

/** Whether the search form of speaker `i`'s name contains `word` (no string made: search asks this of every article it reads). */
export function speakerHas(a: IndexedArticle, i: number, word: string): boolean {
  const { start, end } = speakerBounds(a, i);
  const at = a.speakerNames.indexOf(word, start);
  return at >= 0 && at + word.length <= end;
}

/** Range number `i` of `ranges` (quote ranges, or speaker ranges). */
export function rangeAt(ranges: Int32Array, i: number): Range {
  return { start: { line: ranges[4 * i]!, character: ranges[4 * i + 1]! }, end: { line: ranges[4 * i + 2]!, character: ranges[4 * i + 3]! } };
}

// Typographic quotes, apostrophes and dashes as their ASCII forms, one code unit for one
const ASCII_FORM: Record<string, string> = { '’': "'", '‘': "'", '‛': "'", '“': '"', '”': '"', '„': '"', '‟': '"', '–': '-', '—': '-', '‐': '-', '‑': '-' };
const TYPOGRAPHIC = /[’‘‛“”„‟–—‐‑]/g;

/**
 * What search matches against: lower case with typographic quotes, apostrophes and dashes as
 * their ASCII forms, so that "don't" typed in the search box finds “don’t”. Offsets are kept (a
 * character whose lower case is longer, "İ", stays as it is). The folded text of most stories
 * fits one byte per character, half the memory of the original's two.
 */
export function searchForm(s: string): string {
  let lower = s.toLowerCase();
  // lower-cased word by word then, so a word keeps its context ("ΣΑΣ" ends in ς), and character by
  // character only in a word whose length would change
  if (lower.length !== s.length) lower = s.replace(/\S+/g, (word) => sameLengthLower(word));
  const folded = lower.replace(TYPOGRAPHIC, (ch) => ASCII_FORM[ch]!);
  // (a string built from two-byte pieces stays two-byte: copy it through Latin-1 when it fits)
  return LATIN1_ONLY.test(folded) ? Buffer.from(folded, 'latin1').toString('latin1') : folded;
}

const LATIN1_ONLY = /^[\u0000-\u00ff]*$/;

function sameLengthLower(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length === word.length) return lower;
  let out = '';
  for (const ch of word) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
