/**
 * One article as the workspace index keeps it: only what quote search and workspace symbols need,
 * packed (the quotes' text in one string, positions in typed arrays). Plain
 * data only, so an indexing worker can build it and post it to the server's thread.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Article } from './analysis/index';
import { LineIndex } from './lineIndex';

export interface IndexedSpeaker {
  name: string;
  lower: string;
  role: string | null;
  range: Range;
  quotes: number;
}

export interface IndexedArticle {
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
  /** Lower-case names of the speakers, joined (a search matches their words too). */
  speakerNames: string;
}

export function packArticle(text: string, article: Article): IndexedArticle {
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
  return { text: joined, lower, bounds, ranges, speakerOf, speakers, speakerNames };
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
