/**
 * Quotes and speakers of every article in the workspace, for quote search and workspace symbols.
 * Holds each article packed (indexEntry.ts) so that ten thousand stories fit in little memory,
 * with the words each article holds (wordPostings.ts) so that a search reads only the articles
 * that can match.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Article } from './analysis/index';
import { packArticle, quoteText, rangeAt, searchForm, speakerHas, type IndexedArticle } from './indexEntry';
import type { QuoteHit } from './protocol';
import { distinctWords, wordsOf, WordPostings } from './wordPostings';

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
  readonly #articles = new WordPostings<IndexedArticle>();

  get size(): number {
    return this.#articles.size;
  }

  has(uri: string): boolean {
    return this.#articles.get(uri) !== undefined;
  }

  set(uri: string, text: string, article: Article): void {
    this.setPacked(uri, packArticle(text, article));
  }

  /** An article packed elsewhere (an indexing worker). */
  setPacked(uri: string, packed: IndexedArticle): void {
    this.#articles.set(uri, packed, distinctWords([packed.lower, packed.speakerNames]));
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
    const words = wordsOf(searchForm(query));
    if (words.length === 0) return [];
    const phrase = words.join(' ');
    const best = new TopHits(limit);
    let n = 0;
    // only the articles that hold every word of the query
    for (const [uri, a] of this.#articles.matching(words)) {
      if ((++n & 255) === 0 && cancelled()) break;
      const count = a.speakerOf.length;
      // per word, which speakers' names hold it (asked once per speaker, not once per quote)
      const inSpeakers = words.map((w) => a.speakers.map((_, s) => speakerHas(a, s, w)));
      // an article none of whose quotes could outrank the hits kept so far is not read ("the")
      if (!best.wants(bestPossible(words.length, inSpeakers), uri, -1)) continue;
      // the first place each word occurs in each quote, found in one pass over the article
      const firsts = words.map((w) => firstInEachQuote(a, w));
      // and where the whole query stands in each quote, in the same one pass (a search from each
      // quote's start would read on to the article's end whenever the quote lacks it)
      const phraseAt = words.length > 1 ? firstInEachQuote(a, phrase) : null;
      for (let i = 0; i < count; i++) {
        const s = a.speakerOf[i]!;
        let score = 0;
        let all = true;
        for (let k = 0; k < words.length; k++) {
          const w = words[k]!;
          const inText = firsts[k]![i]!;
          const inSpeaker = s >= 0 && inSpeakers[k]![s]!;
          if (inText < 0 && !inSpeaker) {
            all = false;
            break;
          }
          if (inText >= 0) score += isWholeWord(a.lower, inText, w.length) ? POINTS.wholeWord : POINTS.partWord;
          if (inSpeaker) score += POINTS.speaker;
        }
        if (!all) continue;
        if (phraseAt && phraseAt[i]! >= 0) score += POINTS.phrase;
        const line = a.ranges[4 * i]!;
        if (best.wants(score, uri, line)) best.add({ score, uri, line, article: a, quote: i });
      }
    }
    return best.sorted().map(({ uri, article: a, quote: i, score, line }) => {
      const s = a.speakerOf[i]!;
      return {
        uri,
        range: rangeAt(a.ranges, i),
        text: quoteText(a, i),
        speaker: s >= 0 ? a.speakers[s]!.name : null,
        line,
        score,
      };
    });
  }

  /** Speakers whose name contains every word of `query` (all speakers for an empty query). */
  speakers(query: string, limit: number, cancelled: IsCancelled = () => false): SpeakerHit[] {
    const words = searchForm(query).split(/\s+/).filter(Boolean);
    const out: SpeakerHit[] = [];
    for (const [uri, a] of this.#articles.entries()) {
      if (cancelled() || out.length >= limit) break;
      a.speakers.forEach((s, i) => {
        if (words.every((w) => speakerHas(a, i, w))) out.push({ uri, name: s.name, role: s.role, range: rangeAt(a.speakerRanges, i), quotes: s.quotes });
      });
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

/** A quote's points per query word found in it (whole or inside a word) or its speaker's name, and for the whole phrase. */
const POINTS = { wholeWord: 3, partWord: 1, speaker: 2, phrase: 5 };

/**
 * The highest score a quote of an article can get: a whole-word match for every word, a speaker's
 * name for every word some speaker's name holds, and the whole phrase.
 */
function bestPossible(wordCount: number, inSpeakers: boolean[][]): number {
  let most = wordCount > 1 ? POINTS.phrase : 0;
  for (const holders of inSpeakers) most += POINTS.wholeWord + (holders.includes(true) ? POINTS.speaker : 0);
  return most;
}

/** Per quote of `a`, where `word` first occurs inside it, or -1. */
function firstInEachQuote(a: IndexedArticle, word: string): Int32Array {
  const count = a.speakerOf.length;
  const first = new Int32Array(count).fill(-1);
  let q = 0;
  let at = a.lower.indexOf(word);
  while (at >= 0 && q < count) {
    while (q < count && a.bounds[2 * q + 1]! < at + word.length) q++;
    if (q >= count) break;
    if (at >= a.bounds[2 * q]!) {
      // the first in this quote: go on from the next quote's start, not the next occurrence
      first[q++] = at;
      at = q < count ? a.lower.indexOf(word, a.bounds[2 * q]!) : -1;
    } else at = a.lower.indexOf(word, at + 1);
  }
  return first;
}

function isWholeWord(s: string, at: number, len: number): boolean {
  return !isWordChar(s.charCodeAt(at - 1)) && !isWordChar(s.charCodeAt(at + len));
}

function isWordChar(c: number): boolean {
  if (Number.isNaN(c)) return false; // outside the string
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}
