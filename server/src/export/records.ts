/**
 * The JSON shape of an analysed story that other tools read (corpus mode, --format json/jsonl).
 * Field names are a published contract: keep them.
 */
import type { Article, Attribution, Claim, Finding, Quote, Speaker, TextSpan } from '../analysis/index';

export interface SpeakerRef {
  id: string;
  name: string;
  mention: TextSpan | null;
}

export interface QuoteRecord {
  id: string;
  start: number;
  end: number;
  segments: { start: number; end: number }[];
  text: string;
  kind: Quote['kind'];
  speaker: SpeakerRef | null;
  cue: TextSpan | null;
  via: { name: string; start: number; end: number } | null;
  confidence: number;
  why: string;
}

export interface DocumentRecord {
  id: string;
  quotes: QuoteRecord[];
  speakers: { id: string; name: string; kind: Speaker['kind']; role: string | null; gender: Speaker['gender']; quotes: number; mentions: TextSpan[] }[];
  claims: { id: string; kind: Claim['kind']; start: number; end: number; content: TextSpan; speaker: SpeakerRef | null; cue: TextSpan | null; reasons: string[] }[];
  findings: Pick<Finding, 'code' | 'severity' | 'start' | 'end' | 'message'>[];
}

function speakerRef(a: Attribution | null, byId: Map<string, Speaker>): SpeakerRef | null {
  if (!a || !a.speakerId) return null;
  const s = byId.get(a.speakerId);
  if (!s) return null;
  return { id: s.id, name: s.name, mention: a.mention ? { start: a.mention.start, end: a.mention.end, text: a.mention.text } : null };
}

export function toDocumentRecord(id: string, article: Article): DocumentRecord {
  const byId = new Map(article.speakers.map((s) => [s.id, s]));
  const quoteCount = new Map<string, number>();
  for (const q of article.quotes) if (q.attribution.speakerId) quoteCount.set(q.attribution.speakerId, (quoteCount.get(q.attribution.speakerId) ?? 0) + 1);
  return {
    id,
    // Nested quotes are part of the words of the outer quote's speaker: one quotation, not two.
    quotes: article.quotes.filter((q) => q.depth === 0).map((q) => ({
      id: q.id,
      start: q.start,
      end: q.end,
      segments: q.segments,
      text: q.text,
      kind: q.kind,
      speaker: speakerRef(q.attribution, byId),
      cue: q.attribution.cue,
      via: q.attribution.via ? { name: q.attribution.via.text, start: q.attribution.via.start, end: q.attribution.via.end } : null,
      confidence: q.attribution.confidence,
      why: q.attribution.why,
    })),
    speakers: article.speakers.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      role: s.role,
      gender: s.gender,
      quotes: quoteCount.get(s.id) ?? 0,
      mentions: s.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
    claims: article.claims.map((c) => ({ id: c.id, kind: c.kind, start: c.start, end: c.end, content: c.content, speaker: speakerRef(c.attribution, byId), cue: c.attribution?.cue ?? null, reasons: c.reasons })),
    findings: article.findings.map((f) => ({ code: f.code, severity: f.severity, start: f.start, end: f.end, message: f.message })),
  };
}
