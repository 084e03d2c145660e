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
import { movedToken, type Token } from './text/tokens';
import { movedRun, type Run } from './speakers/names';
import type { RawClaim } from './claims/claims';
import type { ParsedMention } from './speakers/mentions';
import type { TextSpan } from './model';

interface Entry {
  /** The paragraph's kind, and its sentences and quotes relative to its start (see shapeOf). */
  kind: string;
  shape: number[];
  /** Where the paragraph started, and its index, when these were made. */
  start: number;
  paragraph: number;
  tokens: Token[];
  runs: Run[];
  claims: RawClaim[];
}

export interface Reused {
  runs: Run[];
  claims: RawClaim[];
}

export class ParagraphMemo {
  /**
   * Entries of the last finished analysis, and of the one under way, by paragraph text; a text a
   * story repeats ("—", a standing line, a paragraph pasted twice) has one entry per place.
   */
  #previous = new Map<string, Entry[]>();
  #current = new Map<string, Entry[]>();
  #reusing = 0;
  #moving = 0;
  /** How many paragraphs the last finished analysis took from the memo. */
  reused = 0;
  /** How many of those it had to move to a new offset or index (a copy of their results). */
  moved = 0;

  /**
   * The names and claims of `ctx` from an earlier analysis, moved to where it stands now, with
   * its tokens handed to the context; null when the paragraph is new or changed.
   */
  reuse(ctx: ParagraphContext): Reused | null {
    const key = textOf(ctx);
    const found = closest(this.#previous.get(key), ctx) ?? closest(this.#current.get(key), ctx);
    if (!found) return null;
    const p = ctx.paragraph;
    // moved once to where the paragraph stands now, then kept there for the next analysis
    let entry = found;
    if (found.start !== p.start || found.paragraph !== p.index) {
      entry = moved(found, p.start, p.index);
      this.#moving++;
    }
    add(this.#current, key, entry);
    this.#reusing++;
    ctx.adopt(entry.tokens);
    return { runs: entry.runs, claims: entry.claims };
  }

  /** Remembers what `ctx` gave (its tokens, names and claims) for the next analysis. */
  keep(ctx: ParagraphContext, runs: Run[], claims: RawClaim[]): void {
    const p = ctx.paragraph;
    add(this.#current, textOf(ctx), { kind: p.kind, shape: shapeOf(ctx), start: p.start, paragraph: p.index, tokens: ctx.tokens, runs, claims });
  }

  /** Ends an analysis: what it did not use is forgotten. */
  finish(): void {
    this.#previous = this.#current;
    this.#current = new Map();
    this.reused = this.#reusing;
    this.moved = this.#moving;
    this.#reusing = 0;
    this.#moving = 0;
  }
}

function add(entries: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = entries.get(key);
  if (!list) entries.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

/**
 * Of the entries for a paragraph's text, one with its shape: the one made at its place if any
 * (nothing to move), else the one made nearest to it.
 */
function closest(list: Entry[] | undefined, ctx: ParagraphContext): Entry | null {
  if (!list) return null;
  let best: Entry | null = null;
  const at = ctx.paragraph.start;
  for (const e of list) {
    if (!sameShape(e, ctx)) continue;
    if (e.start === at) return e;
    if (!best || Math.abs(e.start - at) < Math.abs(best.start - at)) best = e;
  }
  return best;
}

/**
 * The paragraph's text: the memo's key. (A slice, hashed as it is; a key that joined text and
 * shape would be copied whole before every look-up.)
 */
function textOf(ctx: ParagraphContext): string {
  return ctx.text.slice(ctx.paragraph.start, ctx.paragraph.end);
}

/**
 * Everything else a paragraph's tokens, names and claims depend on, relative to its start: where
 * its sentences are, then where quotes lie in it.
 */
function shapeOf(ctx: ParagraphContext): number[] {
  const shape: number[] = [];
  forEachShapeNumber(ctx, (n) => shape.push(n));
  return shape;
}

/** Whether `ctx` has the kind and shape the entry was made with (compared without building one). */
function sameShape(entry: Entry, ctx: ParagraphContext): boolean {
  if (entry.kind !== ctx.paragraph.kind) return false;
  const shape = entry.shape;
  let k = 0;
  const fits = forEachShapeNumber(ctx, (n) => shape[k++] === n);
  return fits && k === shape.length;
}

/** Calls `f` with each number of the paragraph's shape in order, while it returns something truthy. */
function forEachShapeNumber(ctx: ParagraphContext, f: (n: number) => unknown): boolean {
  const p = ctx.paragraph;
  for (const s of p.sentences) if (!f(s.start - p.start) || !f(s.end - p.start)) return false;
  // (-1 between the two lists: a shape is read in one piece)
  if (!f(-1)) return false;
  // a quote running on from the paragraph before (or into the next) counts from the edge
  for (const q of ctx.segments) if (!f(Math.max(q.start, p.start) - p.start) || !f(Math.min(q.end, p.end) - p.start)) return false;
  return true;
}

/** The entry's results as they are for the same paragraph at `start`, index `paragraph`. */
function moved(e: Entry, start: number, paragraph: number): Entry {
  const d = start - e.start;
  return {
    ...e,
    start,
    paragraph,
    tokens: d === 0 ? e.tokens : e.tokens.map((t) => movedToken(t, d)),
    runs: e.runs.map((r) => movedRun(r, d, paragraph)),
    claims: d === 0 ? e.claims : e.claims.map((c) => movedClaim(c, d)),
  };
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
