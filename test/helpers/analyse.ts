/** Helpers for engine tests: analyse a text and read quotes and speakers by their words. */
import { analyse, type Article, type Quote, type Speaker } from '../../server/src/analysis/index';

export { analyse };

export function speakerOf(article: Article, q: Quote): Speaker | undefined {
  return q.attribution.speakerId ? article.speakers.find((s) => s.id === q.attribution.speakerId) : undefined;
}

/** The quote whose text contains `words`; fails loudly when there is none. */
export function quoteWith(article: Article, text: string, words: string): Quote {
  const q = article.quotes.find((x) => text.slice(x.start, x.end).includes(words));
  if (!q) throw new Error(`no quote containing “${words}”; quotes: ${article.quotes.map((x) => x.text).join(' | ')}`);
  return q;
}

/** [start, end) of the first occurrence of `needle` (after `from`). */
export function spanOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`“${needle}” not in text`);
  return { start, end: start + needle.length };
}

/** "speaker name ← mention" for each quote, in order: a compact view for exact assertions. */
export function who(text: string): string[] {
  const a = analyse(text);
  return a.quotes.map((q) => `${speakerOf(a, q)?.name ?? '-'} ← ${q.attribution.mention?.text ?? '-'}`);
}
