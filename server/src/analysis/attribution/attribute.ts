/**
 * Ties each quote to the words that attribute it, in the order a reader looks: the cue right after
 * the quote, the cue before it in the same sentence, a colon lead-in closing the previous paragraph,
 * an attributed quote earlier in the paragraph, and only then a guess (which stays a finding).
 * Words inside a quote are never read as its attribution.
 */
import type { Span, TextSpan } from '../model';
import type { PairedQuote } from '../quotes/quoteMarks';
import { sentenceAt, sentenceFrom, tokenAt, type ParagraphContext } from '../text/context';
import { firstIndex } from '../text/search';
import { mentionAfter, type ParsedMention } from '../speakers/mentions';
import { matchLeading, matchTrailing, type CueMatch } from './cueSearch';
import { PERSON_KINDS, subjectAtStart } from './clauses';
import { DASHES } from './cueTokens';
import { documentBefore, namingAgent, namingVerbSubject, wovenQuoteSubject } from './woven';

export interface RawAttribution {
  mention: ParsedMention | null;
  cue: TextSpan | null;
  via: TextSpan | null;
  why: string;
  confidence: number;
  /** Index of an earlier quote whose speaker this one shares (continuations). */
  inheritFrom: number | null;
  /**
   * A guess from sentence structure alone (the subject of the sentence): replaced by `fallback`
   * when its mention resolves to no speaker (analysis/index.ts).
   */
  tentative?: boolean;
  fallback?: RawAttribution | null;
}

export const NO_ATTRIBUTION: RawAttribution = { mention: null, cue: null, via: null, why: 'no attribution found', confidence: 0, inheritFrom: null };

/** Someone reported as speaking (indirect speech) at a place in the text: a candidate for guesses. */
export interface SpeechEvent {
  mention: ParsedMention;
  paragraph: number;
}

interface Entry {
  q: PairedQuote;
  i: number;
}

/**
 * Attributes quotes in text order as the analysis walks the paragraphs, so that a paragraph's
 * tokens can be dropped as soon as no quote needs them. `speech` may grow between calls: only
 * events before a quote are read when it is attributed.
 */
export class QuoteAttributor {
  readonly out: RawAttribution[];
  readonly #text: string;
  readonly #contexts: ParagraphContext[];
  readonly #quotes: PairedQuote[];
  readonly #unspoken: boolean[];
  readonly #speech: SpeechEvent[];
  readonly #topLevel: Entry[];
  /** The top-level quote segments of each paragraph, in order (for a segment's neighbours). */
  readonly #segments = new Map<number, Span[]>();
  /** The last quote attributed so far with a segment in each paragraph. */
  readonly #lastAttributedIn = new Map<number, number>();
  #next = 0;
  #lastAttributed = -1;
  #nextEvent = 0;
  #event: SpeechEvent | undefined;

  /** Per quote, the line below it that credits it (see quotes/creditLines), or null. */
  readonly #creditLines: (Span | null)[];

  /** Per quote, whether a verb of naming stands before it ("dubbed", "labeled"). */
  readonly #namedBy: boolean[];

  constructor(text: string, contexts: ParagraphContext[], quotes: PairedQuote[], unspoken: boolean[], speech: SpeechEvent[], creditLines: (Span | null)[], namedBy: boolean[]) {
    this.#creditLines = creditLines;
    this.#namedBy = namedBy;
    this.#text = text;
    this.#contexts = contexts;
    this.#quotes = quotes;
    this.#unspoken = unspoken;
    this.#speech = speech;
    this.#topLevel = quotes.map((q, i) => ({ q, i })).filter((x) => x.q.depth === 0);
    for (const x of this.#topLevel) {
      x.q.segments.forEach((seg, k) => {
        const p = x.q.firstParagraph + k;
        const list = this.#segments.get(p);
        if (list) list.push(seg);
        else this.#segments.set(p, [seg]);
      });
    }
    this.out = quotes.map(() => NO_ATTRIBUTION);
  }

  /** The first paragraph a quote not yet attributed may still read (its colon lead-in). */
  get neededFrom(): number {
    const next = this.#topLevel[this.#next];
    return next ? next.q.firstParagraph - 1 : Number.POSITIVE_INFINITY;
  }

  /** Attributes every quote that ends in paragraph `p` or before. */
  advance(p: number): void {
    while (this.#next < this.#topLevel.length && this.#topLevel[this.#next]!.q.lastParagraph <= p) {
      this.#attribute(this.#topLevel[this.#next]!);
      this.#next++;
    }
  }

  finish(): RawAttribution[] {
    this.advance(Number.POSITIVE_INFINITY);
    return this.out;
  }

  /** The last attributed quote before `q` in its first paragraph, or -1 (quotes come in order). */
  #previousAttributed(q: PairedQuote): number {
    return this.#lastAttributedIn.get(q.firstParagraph) ?? -1;
  }

  #markAttributed(q: PairedQuote, i: number): void {
    this.#lastAttributed = i;
    for (let p = q.firstParagraph; p <= q.lastParagraph; p++) this.#lastAttributedIn.set(p, i);
  }

  #attribute({ q, i }: Entry): void {
    if (this.#namedBy[i]) {
      // a name someone gave: “labeled “top secret” by the State Department”, “who she dubbed “Mr. P””
      const ctx = this.#contexts[q.firstParagraph];
      const namer = namingAgent(ctx, q.segments[0]!) ?? namingVerbSubject(ctx, q.segments[0]!) ?? wovenQuoteSubject(ctx, q.segments[0]!);
      if (namer) this.out[i] = { ...namer, why: 'the name X gave: X dubbed … “…”', confidence: 0.5, inheritFrom: null, tentative: true, fallback: null };
      return;
    }
    if (this.#unspoken[i]) {
      // "Hillary Clinton promised to stop using the phrase “illegal immigrant”": the phrase is
      // the subject's, when the subject is a person
      if (q.depth === 0) {
        const w = wovenQuoteSubject(this.#contexts[q.firstParagraph], q.segments[0]!);
        if (w && w.mention && PERSON_KINDS.has(w.mention.kind)) this.out[i] = { ...w, why: 'X … the phrase “…” (subject of the sentence)', confidence: 0.5, inheritFrom: null, tentative: true, fallback: null };
      }
      return;
    }
    const out = this.out;
    const credit = this.#creditLines[i];
    const credited = credit ? creditedSpeaker(this.#contexts[q.lastParagraph + 1], credit) : null;
    if (credited) {
      out[i] = { mention: credited, cue: null, via: null, why: 'quote credited on the line below it', confidence: 0.85, inheritFrom: null };
      this.#markAttributed(q, i);
      return;
    }
    let found = this.#insideDoubleApostrophes(q) ?? ownAttribution(this.#text, this.#contexts, q, this.#segments);
    // “…,” she said. “…” She noted …: the next sentence is the writer's, the quote continues hers
    // unless that sentence is only the attribution: “Grizzly Adams?” Maddow repeated.
    if (found && found.why.endsWith('(next sentence)') && (found.nextSentenceTokens ?? 0) > 4 && this.#previousAttributed(q) >= 0) found = null;
    if (found) {
      // "“…,” it read." — the letter, the sign or the memo just named
      if (found.mention.kind === 'pronoun' && found.mention.name.toLowerCase() === 'it') {
        const document = documentBefore(this.#contexts, q.firstParagraph, found.mention.start);
        if (document) found = { ...found, mention: { ...document, start: found.mention.start, end: found.mention.end, antecedent: document } };
      }
      out[i] = { ...found, inheritFrom: null };
      this.#markAttributed(q, i);
      return;
    }
    // a phrase woven into the writer's sentence: the sentence's subject chose the words (kept
    // only if the subject names someone; otherwise what the quote's neighbours say)
    const woven = wovenQuoteSubject(this.#contexts[q.firstParagraph], q.segments[0]!);
    const fallback = this.#fromNeighbours(q);
    if (woven) {
      out[i] = { ...woven, inheritFrom: null, fallback };
      this.#markAttributed(q, i);
    } else if (fallback) {
      out[i] = fallback;
      if (fallback.confidence >= 0.5) this.#markAttributed(q, i);
    }
  }

  /** Where `''` stands in the text, found once, on first need. */
  #doubleApostrophes: number[] | null = null;

  #insideDoubleApostrophes(q: PairedQuote): CueMatch | null {
    const ctx = this.#contexts[q.firstParagraph];
    if (!ctx) return null;
    if (!this.#doubleApostrophes) {
      const marks: number[] = [];
      for (let i = this.#text.indexOf("''"); i >= 0; i = this.#text.indexOf("''", i + 2)) marks.push(i);
      this.#doubleApostrophes = marks;
    }
    const all = this.#doubleApostrophes;
    if (all.length < 2) return null;
    return insideDoubleApostrophes(this.#text, ctx, q.segments[0]!, all, this.#segments);
  }

  /** A quote without words of its own that attribute it: a further quote, or a guess. */
  #fromNeighbours(q: PairedQuote): RawAttribution | null {
    const out = this.out;
    // a further quote in the paragraph after an attributed one
    const prev = this.#previousAttributed(q);
    // (an inherited attribution is settled: the earlier quote's own guess is not re-checked here)
    if (prev >= 0) return { ...out[prev]!, why: 'further quote in the paragraph after an attributed one', confidence: 0.8, inheritFrom: prev, fallback: undefined, tentative: false };
    // No cue: guess the latest speaker in the two paragraphs before (it stays a finding).
    const qStart = q.segments[0]!.start;
    const speech = this.#speech;
    while (this.#nextEvent < speech.length && speech[this.#nextEvent]!.mention.start < qStart) this.#event = speech[this.#nextEvent++];
    let event = this.#event;
    if (event && event.paragraph < q.firstParagraph - 2) event = undefined;
    const last = this.#lastAttributed;
    const lastQuote = last >= 0 && this.#quotes[last]!.lastParagraph >= q.firstParagraph - 2 ? last : -1;
    if (event && (lastQuote < 0 || event.mention.start > this.#quotes[lastQuote]!.segments[0]!.start)) {
      return { mention: event.mention, cue: null, via: null, why: 'guess: the speaker reported just before it (no cue found)', confidence: 0.3, inheritFrom: null };
    }
    if (lastQuote >= 0) return { ...out[lastQuote]!, why: 'guess: the last speaker before it (no cue found)', confidence: 0.3, inheritFrom: lastQuote, fallback: undefined, tentative: false };
    return null;
  }
}

/**
 * ''When Twitter says, 'We can't do this,' I don't believe that,'' said Hany Farid. — copy that
 * quotes with doubled apostrophes (when they are not read as quote marks): a quote inside such a
 * passage is part of the passage's words, so the passage's attribution is the quote's.
 */
function insideDoubleApostrophes(text: string, ctx: ParagraphContext, seg: Span, marks: number[], segments: Map<number, Span[]>): CueMatch | null {
  const { start, end } = ctx.paragraph;
  // the paragraph's marks before the quote: an odd count means a passage is open around it
  const first = firstIndex(marks, (m) => m >= start);
  const before = firstIndex(marks, (m) => m >= seg.start);
  if ((before - first) % 2 === 0) return null;
  const close = marks[firstIndex(marks, (m) => m >= seg.end - 1)];
  if (close === undefined || close >= end) return null;
  const others = segments.get(ctx.paragraph.index) ?? [];
  const passage = { start: marks[before - 1]!, end: Math.min(end, close + 2) };
  const found = attributeSegment(text, ctx, passage, others, true);
  if (found) {
    found.why += " (the ''…'' passage around it)";
    return found;
  }
  // ''…,'' said Jon Favreau. ''… like it's a 'Mad Max' movie.'': a passage with no attribution of
  // its own continues the one before it in the paragraph
  for (let open = before - 3; open >= first && before - open <= 5; open -= 2) {
    const earlier = attributeSegment(text, ctx, { start: marks[open]!, end: marks[open + 1]! + 2 }, others, true);
    if (earlier) {
      earlier.why += " (the ''…'' passage before it)";
      return earlier;
    }
  }
  return null;
}

/** The name that opens a credit line: "Dean Baker, Center for Economic and Policy Research." */
function creditedSpeaker(ctx: ParagraphContext | undefined, credit: Span): ParsedMention | null {
  if (!ctx) return null;
  const { tokens } = ctx;
  let k = tokenAt(tokens, credit.start);
  while (k < tokens.length && !tokens[k]!.isWord) k++;
  const m = mentionAfter(tokens, k, tokens.length - 1);
  return m && m.kind !== 'pronoun' ? m : null;
}

/** "“…”\n\n- Bernie Sanders.": a short paragraph of a dash and a name credits the quote above it. */
function dashCreditBelow(text: string, contexts: ParagraphContext[], q: PairedQuote): CueMatch | null {
  const last = q.segments[q.segments.length - 1]!;
  const ctx = contexts[q.lastParagraph];
  const below = contexts[q.lastParagraph + 1];
  if (!ctx || !below || text.slice(last.end, ctx.paragraph.end).trim() !== '') return null;
  // the dash is read off the text, not the tokens: those are made when the paragraph's own turn
  // comes, and with a memo not at all
  if (!DASHES.has(text.slice(below.paragraph.start, below.paragraph.end).trimStart().charAt(0))) return null;
  const tokens = below.tokens;
  if (tokens.length > 16) return null;
  const found = matchTrailing(text, tokens, 0, tokens.length - 1);
  if (!found) return null;
  found.why = 'quote, then — X on the line below';
  return found;
}

function ownAttribution(text: string, contexts: ParagraphContext[], q: PairedQuote, segments: Map<number, Span[]>): CueMatch | null {
  const credit = dashCreditBelow(text, contexts, q);
  if (credit) return credit;
  for (let s = 0; s < q.segments.length; s++) {
    const seg = q.segments[s]!;
    const ctx = contexts[q.firstParagraph + s];
    if (!ctx) break;
    const found = attributeSegment(text, ctx, seg, segments.get(ctx.paragraph.index) ?? [], s === 0);
    if (found) return found;
    if (s === 0 && seg.start === ctx.paragraph.start) {
      const colon = colonLeadIn(text, contexts[ctx.paragraph.index - 1]);
      if (colon) return colon;
    }
  }
  return null;
}

/** Where the quotes next to a segment in its paragraph end and begin (`others` sorted, disjoint). */
function neighbourBounds(seg: Span, others: Span[], ctx: ParagraphContext): { prevEnd: number; nextStart: number } {
  const next = others[firstIndex(others, (s) => s.start >= seg.end)];
  const prev = others[firstIndex(others, (s) => s.start >= seg.start) - 1];
  return { prevEnd: prev ? Math.max(prev.end, ctx.paragraph.start) : ctx.paragraph.start, nextStart: next ? Math.min(next.start, ctx.paragraph.end) : ctx.paragraph.end };
}

function attributeSegment(text: string, ctx: ParagraphContext, seg: Span, others: Span[], first: boolean): CueMatch | null {
  const { tokens, paragraph } = ctx;
  const { prevEnd, nextStart } = neighbourBounds(seg, others, ctx);

  // trailing: from the quote's end to the end of its sentence (or the next quote)
  let trailEnd = Math.min(nextStart, sentenceAt(paragraph, seg.end - 1)?.end ?? paragraph.end);
  let nextSentence = false;
  const ta = tokenAt(tokens, seg.end);
  let tb = tokenAt(tokens, trailEnd) - 1;
  // a quote woven into the writer's sentence (“called the case “a disgrace.””) is not
  // attributed by the sentence after it
  const woven = tokens[tokenAt(tokens, seg.start) - 1]?.isWord === true;
  if ((tb < ta || onlyPunctuation(ctx, ta, tb)) && !woven) {
    // “…?” Trump asked. — the quote closed its sentence; a short next sentence may attribute it
    const next = sentenceFrom(paragraph, seg.end);
    nextSentence = true;
    tb = ta - 1;
    if (next) {
      trailEnd = Math.min(nextStart, next.end);
      tb = tokenAt(tokens, trailEnd) - 1;
    }
  }
  let trail: CueMatch | null = null;
  if (tb >= ta) {
    trail = matchTrailing(text, tokens, ta, tb);
    // the next sentence attributes the quote only when it opens with the speaker and the cue:
    // “Who do they think they are?” Trump said of Apple … — not “…” Hendler, an operative, warned …
    if (trail && nextSentence && tb - ta > 8 && !(trail.confidence >= 0.95 && (trail.cueIndex - ta <= 4 || tokens[trail.cueIndex - 1]?.text === ","))) trail = null;
    if (trail && nextSentence) {
      trail.confidence -= 0.15;
      trail.why += ' (next sentence)';
      trail.nextSentenceTokens = tb - ta + 1;
    }
  }
  if (!first && !trail) return null;

  // leading: from the start of its sentence (or the previous quote) to the quote
  const sentence = sentenceAt(paragraph, seg.start);
  const leadStart = Math.max(prevEnd, sentence ? sentence.start : paragraph.start);
  const la = tokenAt(tokens, leadStart);
  const lb = tokenAt(tokens, seg.start) - 1;
  const lead = lb >= la ? matchLeading(text, tokens, la, lb) : null;

  // A trailing cue right after the quote wins; a cue before a mid-sentence quote beats a loose one after it.
  if (trail && trail.confidence >= 0.85) return trail;
  if (lead && (!trail || lead.confidence >= trail.confidence)) return lead;
  return trail;
}

function onlyPunctuation(ctx: ParagraphContext, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (ctx.tokens[k]!.isWord) return false;
  return true;
}

/** A paragraph ending in a colon introduces the quote that opens the next one: "Wang said:". */
function colonLeadIn(text: string, prev: ParagraphContext | undefined): CueMatch | null {
  if (!prev || prev.tokens.length === 0) return null;
  const lastToken = prev.tokens[prev.tokens.length - 1]!;
  if (lastToken.text !== ':') return null;
  const sentence = sentenceAt(prev.paragraph, lastToken.start);
  const a = tokenAt(prev.tokens, sentence ? sentence.start : prev.paragraph.start);
  const b = prev.tokens.length - 2;
  const lead = matchLeading(text, prev.tokens, a, b);
  if (lead) {
    lead.why = 'colon lead-in closing the previous paragraph';
    return lead;
  }
  const subject = subjectAtStart(prev.tokens, a, b);
  if (subject && subject.kind !== 'role') {
    return { mention: subject, cue: { start: lastToken.start, end: lastToken.end, text: ':' }, via: null, why: 'colon lead-in without a verb', confidence: 0.6, cueIndex: b + 1 };
  }
  return null;
}
