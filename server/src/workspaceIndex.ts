/**
 * Quotes and speakers of every article in the workspace, for quote search and workspace symbols.
 * Holds only what search needs (quote text, speaker, position), not whole Articles, so ten
 * thousand stories fit in memory.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Article } from './analysis/index';
import { LineIndex } from './lineIndex';
import type { QuoteHit } from './protocol';

interface IndexedQuote {
  range: Range;
  text: string;
  lower: string;
  speaker: string | null;
  speakerLower: string;
}

interface IndexedSpeaker {
  name: string;
  role: string | null;
  range: Range;
  quotes: number;
}

interface IndexedArticle {
  quotes: IndexedQuote[];
  speakers: IndexedSpeaker[];
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
    const names = new Map(article.speakers.map((s) => [s.id, s]));
    const quotes: IndexedQuote[] = [];
    const counts = new Map<string, number>();
    for (const q of article.quotes) {
      if (q.depth > 0 || q.kind === 'term') continue;
      const s = q.attribution.confidence >= 0.5 && q.attribution.speakerId ? names.get(q.attribution.speakerId) : undefined;
      if (s) counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
      quotes.push({ range: range(q), text: q.text, lower: q.text.toLowerCase(), speaker: s?.name ?? null, speakerLower: s?.name.toLowerCase() ?? '' });
    }
    const speakers = article.speakers.map((s) => ({ name: s.name, role: s.role, range: range(s.mentions[s.primaryMention] ?? { start: 0, end: 0 }), quotes: counts.get(s.id) ?? 0 }));
    this.#articles.set(uri, { quotes, speakers });
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
    const hits: QuoteHit[] = [];
    for (const [uri, a] of this.#articles) {
      if (cancelled()) break;
      for (const q of a.quotes) {
        let score = 0;
        let all = true;
        for (const w of words) {
          const inText = q.lower.indexOf(w);
          const inSpeaker = q.speakerLower.includes(w);
          if (inText < 0 && !inSpeaker) {
            all = false;
            break;
          }
          if (inText >= 0) score += isWholeWord(q.lower, inText, w.length) ? 3 : 1;
          if (inSpeaker) score += 2;
        }
        if (!all) continue;
        if (words.length > 1 && q.lower.includes(phrase)) score += 5;
        hits.push({ uri, range: q.range, text: q.text, speaker: q.speaker, line: q.range.start.line, score });
      }
    }
    return hits.sort((x, y) => y.score - x.score || x.uri.localeCompare(y.uri) || x.line - y.line).slice(0, limit);
  }

  /** Speakers whose name contains every word of `query` (all speakers for an empty query). */
  speakers(query: string, limit: number, cancelled: IsCancelled = () => false): SpeakerHit[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const out: SpeakerHit[] = [];
    for (const [uri, a] of this.#articles) {
      if (cancelled() || out.length >= limit) break;
      for (const s of a.speakers) {
        const lower = s.name.toLowerCase();
        if (words.every((w) => lower.includes(w))) out.push({ uri, ...s });
      }
    }
    return out.slice(0, limit);
  }
}

function isWholeWord(s: string, at: number, len: number): boolean {
  const before = s[at - 1];
  const after = s[at + len];
  return (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}
