/**
 * Hover: on a quote, who said it and how whosaid knows (cue, relay, confidence, pattern) and the
 * speaker's other quotes; on a mention, the speaker card; on a claim, its source.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Quote, Speaker } from '../analysis/index';
import { toRange } from '../positions';
import { claimAt, claimsOf, mentionAt, quoteAt, quotesOf, snippet, speakerOf } from './lookup';

export function hoverAt(article: Article, doc: TextDocument, offset: number): Hover | null {
  const m = mentionAt(article, offset);
  if (m) return { contents: { kind: MarkupKind.Markdown, value: speakerCard(article, doc, m.speaker, m.mention.text) }, range: toRange(doc, m.mention) };
  const q = quoteAt(article, offset);
  if (q) return { contents: { kind: MarkupKind.Markdown, value: quoteCard(article, doc, q) }, range: toRange(doc, q.segments.find((s) => s.start <= offset && offset <= s.end) ?? q) };
  const c = claimAt(article, offset);
  if (c) {
    const s = speakerOf(article, c.attribution?.speakerId);
    const source = s ? `**${s.name}**${s.role ? ` — ${s.role}` : ''}${c.attribution?.cue ? ` (“${c.attribution.cue.text}”)` : ''}` : '_no named source_';
    const reasons = c.reasons.length ? `\n\nWorth checking: ${c.reasons.join(', ')}` : '';
    return { contents: { kind: MarkupKind.Markdown, value: `**Claim** (${c.kind}) — source: ${source}${reasons}` }, range: toRange(doc, c.content) };
  }
  return null;
}

function speakerCard(article: Article, doc: TextDocument, s: Speaker, written: string): string {
  const first = s.mentions[s.primaryMention];
  const line = first ? doc.positionAt(first.start).line + 1 : 0;
  const nq = quotesOf(article, s.id).length;
  const nc = claimsOf(article, s.id).length;
  const resolved = written !== s.name ? `“${written}” → ` : '';
  const kind = s.kind === 'anonymous' ? ' · unnamed source' : s.kind === 'organisation' ? ' · organisation' : '';
  return [
    `${resolved}**${s.name}**${s.role ? ` — ${s.role}` : ''}${kind}`,
    '',
    `${nq} quote${nq === 1 ? '' : 's'} · ${nc} claim${nc === 1 ? '' : 's'} · first named on line ${line}`,
  ].join('\n');
}

function quoteCard(article: Article, doc: TextDocument, q: Quote): string {
  if (q.kind === 'term') return '**Quoted term** — a title, name or scare quote that nobody speaks';
  const a = q.attribution;
  const s = speakerOf(article, a.speakerId);
  const lines: string[] = [];
  if (a.confidence < 0.5) {
    lines.push(`**No speaker found**${s ? ` — the last speaker before it is ${s.name}` : ''}`);
  } else if (s) {
    lines.push(`**${s.name}**${s.role ? ` — ${s.role}` : ''}`);
  }
  const how: string[] = [];
  if (a.mention && a.confidence >= 0.5) how.push(`named as “${a.mention.text}”`);
  if (a.cue) how.push(`cue “${a.cue.text}”`);
  if (a.via) how.push(`relayed by ${a.via.text}`);
  how.push(`confidence ${a.confidence.toFixed(2)} (${a.why})`);
  lines.push('', how.join(' · '));
  if (s && a.confidence >= 0.5) {
    const others = quotesOf(article, s.id).filter((o) => o.id !== q.id);
    if (others.length) {
      lines.push('', `Other quotes by ${s.name}:`);
      for (const o of others.slice(0, 6)) lines.push(`- line ${doc.positionAt(o.start).line + 1}: ${snippet(o.text, 70)}`);
      if (others.length > 6) lines.push(`- … ${others.length - 6} more`);
    }
  }
  return lines.join('\n');
}
