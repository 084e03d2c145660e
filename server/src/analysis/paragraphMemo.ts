/**
 * Reuse of one paragraph's tokens, names and claims from the previous analysis of the same
 * document: a keystroke changes one paragraph, and these three are about half of an analysis.
 * They depend only on the paragraph itself (its text, kind and sentences, and where quotes lie in
 * it), so a paragraph with the same of all of those gets the same results, moved to its new
 * offset and index. Everything that reads across paragraphs (quote pairing, attribution,
 * resolution, findings) runs again. The caller owns the memo, one per document; the tests prove
 * that an analysis with it equals one without.
 */
import type { ParagraphContext } from './text/context';
import type { Token } from './text/tokens';
import type { Run } from './speakers/names';
import type { RawClaim } from './claims/claims';
import type { ParsedMention } from './speakers/mentions';
import type { TextSpan } from './model';

interface Entry {
  /** The paragraph's kind, sentences and quotes, relative to its start (see shapeOf). */
  shape: string;
  /** Where the paragraph started when these were made. */
  start: number;
  tokens: Token[];
  runs: Run[];
  claims: RawClaim[];
}

export interface Reused {
  runs: Run[];
  claims: RawClaim[];
}

export class ParagraphMemo {
  /** Entries of the last finished analysis, and of the one under way. */
  #previous = new Map<string, Entry>();
  #current = new Map<string, Entry>();
  #reusing = 0;
  /** How many paragraphs the last finished analysis took from the memo. */
  reused = 0;

  /**
   * The names and claims of `ctx` from an earlier analysis, moved to where it stands now, with
   * its tokens handed to the context; null when the paragraph is new or changed.
   */
  reuse(ctx: ParagraphContext): Reused | null {
    const key = textOf(ctx);
    const shape = shapeOf(ctx);
    let entry = this.#previous.get(key);
    if (entry?.shape !== shape) entry = this.#current.get(key);
    if (entry?.shape !== shape) return null;
    this.#current.set(key, entry);
    this.#reusing++;
    const p = ctx.paragraph;
    const d = p.start - entry.start;
    ctx.adopt(d === 0 ? entry.tokens : entry.tokens.map((t) => ({ ...t, start: t.start + d, end: t.end + d })));
    return {
      // copies: the name index rewrites a run's parts for the story at hand
      runs: entry.runs.map((r) => ({ ...r, start: r.start + d, end: r.end + d, paragraph: p.index })),
      claims: d === 0 ? entry.claims : entry.claims.map((c) => movedClaim(c, d)),
    };
  }

  /** Remembers what `ctx` gave (its tokens, names and claims) for the next analysis. */
  keep(ctx: ParagraphContext, runs: Run[], claims: RawClaim[]): void {
    this.#current.set(textOf(ctx), { shape: shapeOf(ctx), start: ctx.paragraph.start, tokens: ctx.tokens, runs: runs.map((r) => ({ ...r })), claims });
  }

  /** Ends an analysis: what it did not use is forgotten. */
  finish(): void {
    this.#previous = this.#current;
    this.#current = new Map();
    this.reused = this.#reusing;
    this.#reusing = 0;
  }
}

/**
 * The paragraph's text: the memo's key. (A slice, hashed as it is; a key that joined text and
 * shape would be copied whole before every look-up.)
 */
function textOf(ctx: ParagraphContext): string {
  return ctx.text.slice(ctx.paragraph.start, ctx.paragraph.end);
}

/** Everything else a paragraph's tokens, names and claims depend on, relative to its start. */
function shapeOf(ctx: ParagraphContext): string {
  const p = ctx.paragraph;
  let shape = p.kind;
  for (const s of p.sentences) shape += `,${s.start - p.start}-${s.end - p.start}`;
  shape += '|';
  // a quote running on from the paragraph before (or into the next) counts from the edge
  for (const q of ctx.segments) shape += `,${Math.max(q.start, p.start) - p.start}-${Math.min(q.end, p.end) - p.start}`;
  return shape;
}

function movedClaim(c: RawClaim, d: number): RawClaim {
  const moved: RawClaim = { ...c, start: c.start + d, end: c.end + d, content: movedSpan(c.content, d), mention: c.mention ? movedMention(c.mention, d) : null, cue: c.cue ? movedSpan(c.cue, d) : null };
  if (c.via) moved.via = movedSpan(c.via, d);
  return moved;
}

function movedSpan(s: TextSpan, d: number): TextSpan {
  return { ...s, start: s.start + d, end: s.end + d };
}

function movedMention(m: ParsedMention, d: number): ParsedMention {
  const moved: ParsedMention = { ...m, start: m.start + d, end: m.end + d };
  if (m.antecedent) moved.antecedent = movedMention(m.antecedent, d);
  return moved;
}
