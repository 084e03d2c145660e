/**
 * The engine's public API: `analyse(text, options) → Article`. Pure TypeScript with no I/O, no
 * Node built-ins and no editor types, so the same code serves the CLI, the language server and,
 * later, a browser. Nothing else in analysis/ is imported from outside.
 */
import type { Article, Attribution, Claim, Finding, Quote, Span, Speaker } from './model';
import { segment } from './text/segment';
import { firstIndex } from './text/search';
import { pairQuoteMarks } from './quotes/quoteMarks';
import { takeCreditLines } from './quotes/creditLines';
import { isNamedBySomeone, isNamedTerm, quoteKind, startsClause } from './quotes/quoteKinds';
import { buildContexts, sentenceAt } from './text/context';
import { buildNameIndex, namesInParagraph, type NameIndex, type Run } from './speakers/names';
import { NO_ATTRIBUTION, QuoteAttributor, type RawAttribution, type SpeechEvent } from './attribution/attribute';
import { claimsInParagraph, type RawClaim } from './claims/claims';
import { SpeakerRegistry, type Resolution } from './speakers/resolve';
import type { ParsedMention } from './speakers/mentions';
import { collectFindings, DEFAULT_SEVERITY, FINDING_DESCRIPTIONS, type Ambiguity } from './findings';
import { ParagraphMemo } from './paragraphMemo';

export * from './model';
export { DEFAULT_SEVERITY, FINDING_DESCRIPTIONS, ParagraphMemo };

export interface AnalyseOptions {
  /**
   * Longest text analysed, in UTF-16 code units. A longer text gets an empty article with one
   * `file-too-large` finding instead of an analysis. Default 20,000,000.
   */
  maxLength?: number;
  /**
   * Read ''two apostrophes'' as a double quotation mark, as some old ASCII feeds write quotes.
   * Default false: the annotated corpora whosaid is measured on do not count them as quotes.
   */
  doubleApostrophes?: boolean;
  /**
   * Results of unchanged paragraphs from the previous analysis of the same document, to reuse
   * (an editor re-analysing after each keystroke keeps one per document). The article is the
   * same with it as without.
   */
  memo?: ParagraphMemo;
}

export const DEFAULT_MAX_LENGTH = 20_000_000;

/** Analyses one story. Never throws on any string; problems in the text become findings. */
export function analyse(text: string, options: AnalyseOptions = {}): Article {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) return tooLarge(text, maxLength);

  const structure = segment(text);
  const { paragraphs } = structure;
  const pairing = pairQuoteMarks(text, paragraphs, { doubleApostrophes: options.doubleApostrophes ?? false });
  const paired = pairing.quotes;
  const creditLines = takeCreditLines(text, paired, paragraphs);
  const topSegments: Span[] = [];
  for (const q of paired) if (q.depth === 0) topSegments.push(...q.segments);
  const contexts = buildContexts(text, paragraphs, topSegments);
  const unspoken = paired.map((q) => q.depth > 0 || isNamedTerm(text, q.segments[0]!.start, paragraphs[q.firstParagraph]!.start));
  const namedBy = paired.map((q) => q.depth === 0 && isNamedBySomeone(text, q.segments[0]!.start, paragraphs[q.firstParagraph]!.start));
  const paragraphOf = (offset: number): number => paragraphIndexAt(paragraphs, offset);

  // One pass over the paragraphs: names, claims, then the quotes that end here. A paragraph's
  // tokens are dropped as soon as no quote still to come can read them.
  const runs: Run[] = [];
  const rawClaims: RawClaim[] = [];
  const speech: SpeechEvent[] = [];
  const attributor = new QuoteAttributor(text, contexts, paired, unspoken, speech, creditLines, namedBy);
  let released = 0;
  const memo = options.memo;
  for (const ctx of contexts) {
    const before = rawClaims.length;
    const reused = memo?.reuse(ctx);
    if (reused) {
      for (const run of reused.runs) runs.push(run);
      for (const claim of reused.claims) rawClaims.push(claim);
    } else {
      const found = namesInParagraph(ctx);
      for (const run of found) runs.push(run);
      claimsInParagraph(text, ctx, rawClaims);
      memo?.keep(ctx, found, rawClaims.slice(before));
    }
    for (let c = before; c < rawClaims.length; c++) {
      const m = rawClaims[c]!.mention;
      if (m && rawClaims[c]!.kind === 'reported') speech.push({ mention: m, paragraph: ctx.paragraph.index });
    }
    attributor.advance(ctx.paragraph.index);
    const keepFrom = Math.min(ctx.paragraph.index, attributor.neededFrom);
    while (released < keepFrom) contexts[released++]!.release();
  }
  const raws = attributor.finish();
  memo?.finish();
  const names = buildNameIndex(runs);

  // every mention that needs a speaker, resolved together so pronouns see all names in order
  const mentions: ParsedMention[] = [];
  const quoteMention = raws.map((r) => (r.mention && r.inheritFrom === null ? mentions.push(r.mention) - 1 : -1));
  const fallbackMention = raws.map((r) => (r.fallback?.mention && r.fallback.inheritFrom === null ? mentions.push(r.fallback.mention) - 1 : -1));
  const claimMention = rawClaims.map((c) => (c.mention ? mentions.push(c.mention) - 1 : -1));
  const sentenceStartOf = (offset: number): number => {
    const p = paragraphs[paragraphOf(offset)];
    return p ? sentenceAt(p, offset)?.start ?? p.start : 0;
  };
  const registry = new SpeakerRegistry(text, names, paragraphOf, sentenceStartOf);
  const resolutions = registry.resolveAll(mentions);
  const { speakers, idOf } = registry.speakers();
  const speakerOf = (r: Resolution | undefined): string | null => (r?.key ? idOf.get(r.key) ?? null : null);

  const attributions: Attribution[] = [];
  const quotes: Quote[] = paired.map((q, i) => {
    let raw = raws[i]!;
    let speakerId = speakerOf(resolutions[quoteMention[i]!]);
    if (raw.tentative && !speakerId) {
      // the sentence's subject names nobody: fall back on the quote's neighbours
      raw = raw.fallback ?? NO_ATTRIBUTION;
      speakerId = speakerOf(resolutions[fallbackMention[i]!]);
    }
    const attribution = toAttribution(text, raw, raw.inheritFrom !== null ? attributions[raw.inheritFrom] : undefined, speakerId);
    attributions.push(attribution);
    const first = q.segments[0]!;
    const last = q.segments[q.segments.length - 1]!;
    const inner = { start: first.start + 1, end: q.closed ? last.end - 1 : last.end };
    // a quote with its own cue is speech even when the cue's pronoun names nobody (“First,” he said)
    const attributed = attribution.confidence >= 0.5 || (raw.cue !== null && raw.inheritFrom === null);
    const kind = unspoken[i] ? 'term' : quoteKind(text, q.segments, startsClause(text, first.start, paragraphs[q.firstParagraph]!.start), attributed);
    return {
      id: `q${i + 1}`,
      start: first.start,
      end: last.end,
      segments: q.segments.map((s) => ({ start: s.start, end: s.end })),
      inner,
      text: text.slice(first.start, last.end),
      kind,
      mark: q.mark,
      closed: q.closed,
      depth: q.depth,
      attribution: kind === 'term' && !attributed ? { ...attribution, speakerId: null, mention: null, why: 'a quoted term, not speech', confidence: 0 } : attribution,
    };
  });

  const claims: Claim[] = rawClaims.map((c, i) => ({
    id: `c${i + 1}`,
    start: c.start,
    end: c.end,
    kind: c.kind,
    // (copies: a memo hands the same raw claims to the next analysis of the document)
    content: { ...c.content },
    reasons: [...c.reasons],
    attribution: c.mention
      ? {
          speakerId: speakerOf(resolutions[claimMention[i]!]),
          mention: { start: c.mention.start, end: c.mention.end, text: text.slice(c.mention.start, c.mention.end), kind: c.mention.kind },
          cue: c.cue && { ...c.cue },
          via: c.via ? { ...c.via } : null,
          confidence: 0.8,
          why: c.why,
        }
      : null,
  }));

  const ambiguities = collectAmbiguities(text, mentions, resolutions, speakers, idOf, names);
  const article = { quotes, speakers, claims, paragraphs };
  const findings: Finding[] = collectFindings({ text, article, problems: pairing.problems, ambiguities, headline: structure.headline });
  return {
    length: text.length,
    headline: structure.headline,
    dateline: structure.dateline,
    paragraphs,
    credits: structure.credits,
    quotes,
    speakers,
    claims,
    findings,
  };
}

function toAttribution(text: string, raw: RawAttribution, inherited: Attribution | undefined, speakerId: string | null): Attribution {
  if (inherited) return { ...inherited, confidence: raw.confidence, why: raw.why };
  const m = raw.mention;
  return {
    speakerId: m ? speakerId : null,
    mention: m ? { start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: m.kind } : null,
    cue: raw.cue,
    via: raw.via,
    confidence: m && speakerId ? raw.confidence : Math.min(raw.confidence, 0.3),
    why: m && !speakerId ? `${raw.why}; “${text.slice(m.start, m.end)}” matched nobody` : raw.why,
  };
}

function collectAmbiguities(text: string, mentions: ParsedMention[], res: Resolution[], speakers: Speaker[], idOf: Map<string, string>, names: NameIndex): Ambiguity[] {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const firstOccurrence = new Map<string, { start: number; end: number }>();
  for (const o of names.occurrences) {
    for (const k of [o.person, o.text]) if (k && !firstOccurrence.has(k)) firstOccurrence.set(k, { start: o.start, end: o.end });
  }
  const out: Ambiguity[] = [];
  mentions.forEach((m, i) => {
    const r = res[i]!;
    if (!r.key || r.candidates.length === 0) return;
    const chosen = byId.get(idOf.get(r.key) ?? '');
    if (!chosen) return;
    // a candidate may be a person the story names who never speaks
    const others = r.candidates.flatMap((k) => {
      const s = byId.get(idOf.get(k) ?? '');
      if (s) return [{ name: s.name, at: s.mentions[s.primaryMention] ?? { start: m.start, end: m.end } }];
      const at = firstOccurrence.get(k);
      return at ? [{ name: k, at }] : [];
    });
    if (others.length > 0) {
      const primary = chosen.mentions[chosen.primaryMention] ?? { start: m.start, end: m.end };
      out.push({ at: { start: m.start, end: m.end }, written: text.slice(m.start, m.end), chosen: { name: chosen.name, at: primary }, others });
    }
  });
  return out;
}

function paragraphIndexAt(paragraphs: { start: number }[], offset: number): number {
  return Math.max(0, firstIndex(paragraphs, (p) => p.start > offset) - 1);
}

function tooLarge(text: string, maxLength: number): Article {
  return {
    length: text.length,
    headline: null,
    dateline: null,
    paragraphs: [],
    credits: [],
    quotes: [],
    speakers: [],
    claims: [],
    findings: [
      {
        start: 0,
        end: 0,
        code: 'file-too-large',
        severity: DEFAULT_SEVERITY['file-too-large'],
        message: `Not analysed: ${text.length.toLocaleString('en-US')} characters is over the limit of ${maxLength.toLocaleString('en-US')}.`,
        related: [],
      },
    ],
  };
}
