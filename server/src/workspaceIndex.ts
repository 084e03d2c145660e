/**
 * Quotes and speakers of every article in the workspace, for quote search and workspace symbols.
 * Holds only what search needs, packed per article (the quotes' text in one string, their
 * positions in typed arrays) so that ten thousand stories fit in little memory and a search can
 * skip an article with one `includes` per word.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Article } from './analysis/index';
import { LineIndex } from './lineIndex';
import type { QuoteHit } from './protocol';

interface IndexedSpeaker {
  name: string;
  lower: string;
  role: string | null;
  range: Range;
  quotes: number;
}

interface IndexedArticle {
  /** Every indexed quote's text, joined with "\n", and its lower-case twin (same offsets). */
  text: string;
  lower: string;
  /** Per quote: start and end in `text`. */
  bounds: Int32Array;
  /** Per quote: start line, start character, end line, end character. */
  ranges: Int32Array;
  /** Per quote: index into `speakers`, or -1. */
  speakerOf: Int32Array;
  speakers: IndexedSpeaker[];
  /** Lower-case names of the speakers, joined: a quick check for speaker words. */
  speakerNames: string;
  /** Which character trigrams occur in `lower` or `speakerNames` (hashed): a word with a missing trigram cannot match. */
  trigrams: Uint32Array;
}

const TRIGRAM_WORDS = 32; // 1,024 bits per article

function trigramHash(s: string, i: number): number {
  return ((s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2)) >>> 0) % (TRIGRAM_WORDS * 32);
}

function trigramsOf(texts: string[]): Uint32Array {
  const bits = new Uint32Array(TRIGRAM_WORDS);
  for (const t of texts) {
    for (let i = 0; i + 2 < t.length; i++) {
      const h = trigramHash(t, i);
      bits[h >>> 5]! |= 1 << (h & 31);
    }
  }
  return bits;
}

/** False when some trigram of `word` is missing from the article (true for words under 3 characters). */
function mayContain(bits: Uint32Array, word: string): boolean {
  for (let i = 0; i + 2 < word.length; i++) {
    const h = trigramHash(word, i);
    if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
  }
  return true;
}

export interface SpeakerHit {
  uri: string;
  name: string;
  role: string | null;
  range: Range;
  quotes: number;
}

/** A cancellation check between articles: long searches stop when the request is cancelled. */
export type IsCancelled = () => boolean;

export class WorkspaceIndex {
  readonly #articles = new Map<string, IndexedArticle>();

  get size(): number {
    return this.#articles.size;
  }

  has(uri: string): boolean {
    return this.#articles.has(uri);
  }

  set(uri: string, text: string, article: Article): void {
    const lines = new LineIndex(text);
    const range = (s: { start: number; end: number }): Range => ({ start: lines.position(s.start), end: lines.position(s.end) });
    const speakerIndex = new Map(article.speakers.map((s, i) => [s.id, i]));
    const counts = new Array<number>(article.speakers.length).fill(0);
    const kept = article.quotes.filter((q) => q.depth === 0 && q.kind !== 'term');
    const bounds = new Int32Array(kept.length * 2);
    const ranges = new Int32Array(kept.length * 4);
    const speakerOf = new Int32Array(kept.length);
    const parts: string[] = [];
    let at = 0;
    kept.forEach((q, i) => {
      const s = q.attribution.confidence >= 0.5 && q.attribution.speakerId ? speakerIndex.get(q.attribution.speakerId) ?? -1 : -1;
      if (s >= 0) counts[s]!++;
      speakerOf[i] = s;
      bounds[2 * i] = at;
      bounds[2 * i + 1] = at + q.text.length;
      at += q.text.length + 1;
      parts.push(q.text);
      const r = range(q);
      ranges.set([r.start.line, r.start.character, r.end.line, r.end.character], 4 * i);
    });
    const joined = parts.join('\n');
    const speakers = article.speakers.map((s, i) => ({ name: s.name, lower: s.name.toLowerCase(), role: s.role, range: range(s.mentions[s.primaryMention] ?? { start: 0, end: 0 }), quotes: counts[i]! }));
    const lower = lowerSameLength(joined);
    const speakerNames = speakers.map((s) => s.lower).join('\n');
    this.#articles.set(uri, { text: joined, lower, bounds, ranges, speakerOf, speakers, speakerNames, trigrams: trigramsOf([lower, speakerNames]) });
  }

  delete(uri: string): void {
    this.#articles.delete(uri);
  }

  clear(): void {
    this.#articles.clear();
  }

  /**
   * Quotes matching every word of `query` in their text or speaker, best first: whole-phrase
   * matches, then whole-word matches, then the speaker's name.
   */
  search(query: string, limit: number, cancelled: IsCancelled = () => false): QuoteHit[] {
    const words = query.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];
    if (words.length === 0) return [];
    const phrase = words.join(' ');
    const best = new TopHits(limit);
    let n = 0;
    for (const [uri, a] of this.#articles) {
      if ((++n & 255) === 0 && cancelled()) break;
      // an article whose quotes and speakers lack a word cannot match
      if (!words.every((w) => mayContain(a.trigrams, w) && (a.lower.includes(w) || a.speakerNames.includes(w)))) continue;
      const count = a.speakerOf.length;
      // the first place each word occurs in each quote, found in one pass over the article
      const firsts = words.map((w) => firstInEachQuote(a, w));
      for (let i = 0; i < count; i++) {
        const start = a.bounds[2 * i]!;
        const end = a.bounds[2 * i + 1]!;
        const s = a.speakerOf[i]!;
        const speakerLower = s >= 0 ? a.speakers[s]!.lower : '';
        let score = 0;
        let all = true;
        for (let k = 0; k < words.length; k++) {
          const w = words[k]!;
          const inText = firsts[k]![i]!;
          const inSpeaker = speakerLower.includes(w);
          if (inText < 0 && !inSpeaker) {
            all = false;
            break;
          }
          if (inText >= 0) score += isWholeWord(a.lower, inText, w.length) ? 3 : 1;
          if (inSpeaker) score += 2;
        }
        if (!all) continue;
        if (words.length > 1) {
          const p = a.lower.indexOf(phrase, start);
          if (p >= 0 && p + phrase.length <= end) score += 5;
        }
        const line = a.ranges[4 * i]!;
        if (best.wants(score, uri, line)) best.add({ score, uri, line, article: a, quote: i });
      }
    }
    return best.sorted().map(({ uri, article: a, quote: i, score, line }) => {
      const s = a.speakerOf[i]!;
      const r = a.ranges;
      return {
        uri,
        range: { start: { line: r[4 * i]!, character: r[4 * i + 1]! }, end: { line: r[4 * i + 2]!, character: r[4 * i + 3]! } },
        text: a.text.slice(a.bounds[2 * i]!, a.bounds[2 * i + 1]!),
        speaker: s >= 0 ? a.speakers[s]!.name : null,
        line,
        score,
      };
    });
  }

  /** Speakers whose name contains every word of `query` (all speakers for an empty query). */
  speakers(query: string, limit: number, cancelled: IsCancelled = () => false): SpeakerHit[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const out: SpeakerHit[] = [];
    for (const [uri, a] of this.#articles) {
      if (cancelled() || out.length >= limit) break;
      for (const s of a.speakers) {
        if (words.every((w) => s.lower.includes(w))) out.push({ uri, name: s.name, role: s.role, range: s.range, quotes: s.quotes });
      }
    }
    return out.slice(0, limit);
  }
}

interface Candidate {
  score: number;
  uri: string;
  line: number;
  article: IndexedArticle;
  quote: number;
}

/** Before: higher score, then uri, then line (the order search results are shown in). */
function before(a: { score: number; uri: string; line: number }, b: { score: number; uri: string; line: number }): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.uri !== b.uri) return a.uri < b.uri;
  return a.line < b.line;
}

/** The best `limit` hits seen so far, kept sorted: a search over every quote never sorts them all. */
class TopHits {
  readonly #items: Candidate[] = [];
  constructor(readonly limit: number) {}

  wants(score: number, uri: string, line: number): boolean {
    const worst = this.#items[this.#items.length - 1];
    return this.#items.length < this.limit || (worst !== undefined && before({ score, uri, line }, worst));
  }

  add(c: Candidate): void {
    const items = this.#items;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(items[mid]!, c)) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, c);
    if (items.length > this.limit) items.pop();
  }

  sorted(): Candidate[] {
    return this.#items;
  }
}

/** Per quote of `a`, where `word` first occurs inside it, or -1. */
function firstInEachQuote(a: IndexedArticle, word: string): Int32Array {
  const count = a.speakerOf.length;
  const first = new Int32Array(count).fill(-1);
  let q = 0;
  for (let at = a.lower.indexOf(word); at >= 0 && q < count; at = a.lower.indexOf(word, at + 1)) {
    while (q < count && a.bounds[2 * q + 1]! < at + word.length) q++;
    if (q < count && at >= a.bounds[2 * q]! && first[q] === -1) first[q] = at;
  }
  return first;
}

/** Lower case with the offsets kept: a character whose lower case is longer ("İ") stays as it is. */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

function isWholeWord(s: string, at: number, len: number): boolean {
  return !isWordChar(s.charCodeAt(at - 1)) && !isWordChar(s.charCodeAt(at + len));
}

function isWordChar(c: number): boolean {
  if (Number.isNaN(c)) return false; // outside the string
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}
