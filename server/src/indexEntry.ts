/**
 * One article as the workspace index keeps it: only what quote search and workspace symbols need,
 * packed: the quotes' text as UTF-8 bytes (one byte a character for most news, where a string
 * of curly-quoted text takes two), its search form as one string, and every position in one
 * typed array. Plain data only, so an indexing worker can build it and transfer it to the
 * server's thread without a copy.
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
  /** Every indexed quote's text, joined with "\n", as UTF-8. */
  utf8: Uint8Array;
  /** The same text in its search form (searchForm), as one string. */
  lower: string;
  /** Per quote: start and end in `lower`. */
  bounds: Int32Array;
  /** Per quote: start and end in `utf8`. */
  byteBounds: Int32Array;
  /** Per quote: start line, start character, end line, end character. */
  ranges: Int32Array;
  /** Per quote: index into `speakers`, or -1. */
  speakerOf: Int32Array;
  speakers: IndexedSpeaker[];
  /** Per speaker: the range of the mention that names them best, as four numbers like `ranges`. */
  speakerRanges: Int32Array;
  /** The search forms of the speakers' names, joined with "\n" (a search matches their words too). */
  speakerNames: string;
  /** Per speaker: start of the name in `speakerNames` (its end is the next start minus one). */
  speakerNameStarts: Int32Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function packArticle(text: string, article: Article): IndexedArticle {
  const lines = new LineIndex(text);
  const speakerIndex = new Map(article.speakers.map((s, i) => [s.id, i]));
  const counts = new Array<number>(article.speakers.length).fill(0);
  const kept = article.quotes.filter((q) => q.depth === 0 && q.kind !== 'term');
  const n = kept.length;
  const ns = article.speakers.length;
  // one buffer for every number, so that a worker transfers one thing
  const numbers = new Int32Array(9 * n + 5 * ns);
  const bounds = numbers.subarray(0, 2 * n);
  const byteBounds = numbers.subarray(2 * n, 4 * n);
  const ranges = numbers.subarray(4 * n, 8 * n);
  const speakerOf = numbers.subarray(8 * n, 9 * n);
  const speakerRanges = numbers.subarray(9 * n, 9 * n + 4 * ns);
  const speakerNameStarts = numbers.subarray(9 * n + 4 * ns);
  const putRange = (into: Int32Array, i: number, span: { start: number; end: number }): void => {
    const a = lines.position(span.start);
    const b = lines.position(span.end);
    into[4 * i] = a.line;
    into[4 * i + 1] = a.character;
    into[4 * i + 2] = b.line;
    into[4 * i + 3] = b.character;
  };
  const parts: string[] = [];
  let at = 0;
  let bytes = 0;
  kept.forEach((q, i) => {
    const s = q.attribution.confidence >= 0.5 && q.attribution.speakerId ? speakerIndex.get(q.attribution.speakerId) ?? -1 : -1;
    if (s >= 0) counts[s]!++;
    speakerOf[i] = s;
    bounds[2 * i] = at;
    bounds[2 * i + 1] = at + q.text.length;
    at += q.text.length + 1;
    const size = Buffer.byteLength(q.text, 'utf8');
    byteBounds[2 * i] = bytes;
    byteBounds[2 * i + 1] = bytes + size;
    bytes += size + 1;
    parts.push(q.text);
    putRange(ranges, i, q);
  });
  const joined = parts.join('\n');
  const utf8 = new Uint8Array(Math.max(0, bytes - 1));
  encoder.encodeInto(joined, utf8);
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
  return { utf8, lower: searchForm(joined), bounds, byteBounds, ranges, speakerOf, speakers, speakerRanges, speakerNames, speakerNameStarts };
}

/** The text of quote `i` as it stands in the story. */
export function quoteText(a: IndexedArticle, i: number): string {
  return decoder.decode(a.utf8.subarray(a.byteBounds[2 * i]!, a.byteBounds[2 * i + 1]!));
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
  if (lower.length !== s.length) {
    lower = '';
    for (const ch of s) {
      const l = ch.toLowerCase();
      lower += l.length === ch.length ? l : ch;
    }
  }
  const folded = lower.replace(TYPOGRAPHIC, (ch) => ASCII_FORM[ch]!);
  // (a string built from two-byte pieces stays two-byte: copy it through Latin-1 when it fits)
  return LATIN1_ONLY.test(folded) ? Buffer.from(folded, 'latin1').toString('latin1') : folded;
}

const LATIN1_ONLY = /^[\u0000-\u00ff]*$/;
