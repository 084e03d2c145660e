/**
 * Finds what stands at an offset in an Article: the speaker a mention names, the quote or the
 * claim around it. Shared by hover, definition, references, highlights and code actions.
 */
import type { Article, Claim, Mention, Quote, Speaker } from '../analysis/index';

export function speakersById(article: Article): Map<string, Speaker> {
  return new Map(article.speakers.map((s) => [s.id, s]));
}

export function speakerOf(article: Article, id: string | null | undefined): Speaker | undefined {
  return id ? article.speakers.find((s) => s.id === id) : undefined;
}

/** The speaker and the mention at `offset` (a name, a pronoun in an attribution, a role). */
export function mentionAt(article: Article, offset: number): { speaker: Speaker; mention: Mention } | null {
  for (const s of article.speakers) {
    for (const m of s.mentions) if (m.start <= offset && offset <= m.end && m.end > m.start) return { speaker: s, mention: m };
  }
  return null;
}

/** The innermost spoken quote around `offset`, else a quoted term around it. */
export function quoteAt(article: Article, offset: number): Quote | null {
  let best: Quote | null = null;
  for (const q of article.quotes) {
    if (!q.segments.some((s) => s.start <= offset && offset <= s.end)) continue;
    if (!best || (best.kind === 'term' && q.kind !== 'term') || (q.depth > best.depth && q.kind !== 'term')) best = q;
  }
  return best;
}

export function claimAt(article: Article, offset: number): Claim | null {
  for (const c of article.claims) if (c.content.start <= offset && offset <= c.content.end) return c;
  return null;
}

/** Spoken quotes (not quoted terms) whose speaker is `id`, attributed with confidence. */
export function quotesOf(article: Article, id: string): Quote[] {
  return article.quotes.filter((q) => q.kind !== 'term' && q.attribution.speakerId === id && q.attribution.confidence >= 0.5);
}

export function claimsOf(article: Article, id: string): Claim[] {
  return article.claims.filter((c) => c.attribution?.speakerId === id);
}

export function isUnattributed(q: Quote): boolean {
  return q.kind !== 'term' && q.depth === 0 && q.attribution.confidence < 0.5;
}

export function snippet(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
