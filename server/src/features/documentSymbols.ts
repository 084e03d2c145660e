/**
 * Outline: each speaker with their quotes and claims beneath, then "Anonymous sources" and
 * "Unattributed" groups, in article order.
 */
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Claim, Quote, Span, Speaker } from '../analysis/index';
import { toRange } from '../positions';
import { claimsOf, isUnattributed, quotesOf, snippet } from './lookup';

function cover(spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

function quoteSymbol(doc: TextDocument, q: Quote): DocumentSymbol {
  const r = toRange(doc, q);
  return { name: snippet(q.text, 60), detail: q.attribution.cue ? `“${q.attribution.cue.text}”` : q.kind, kind: SymbolKind.String, range: r, selectionRange: r };
}

function claimSymbol(doc: TextDocument, c: Claim): DocumentSymbol {
  const r = toRange(doc, c.content);
  return { name: `Claim: ${snippet(c.content.text, 50)}`, detail: c.kind, kind: SymbolKind.Event, range: r, selectionRange: r };
}

function speakerSymbol(article: Article, doc: TextDocument, s: Speaker): DocumentSymbol | null {
  const quotes = quotesOf(article, s.id);
  const claims = claimsOf(article, s.id);
  if (quotes.length + claims.length === 0) return null;
  const primary = s.mentions[s.primaryMention] ?? quotes[0] ?? claims[0]!.content;
  const range: Range = toRange(doc, cover([primary, ...quotes, ...claims.map((c) => c.content)]));
  const children = [...quotes.map((q) => ({ at: q.start, sym: quoteSymbol(doc, q) })), ...claims.map((c) => ({ at: c.content.start, sym: claimSymbol(doc, c) }))]
    .sort((a, b) => a.at - b.at)
    .map((x) => x.sym);
  const kind = s.kind === 'organisation' ? SymbolKind.Module : SymbolKind.Class;
  return { name: s.name, detail: s.role ?? `${quotes.length} quotes`, kind, range, selectionRange: toRange(doc, primary), children };
}

function group(name: string, doc: TextDocument, spans: Span[], children: DocumentSymbol[]): DocumentSymbol {
  const r = toRange(doc, cover(spans));
  return { name, kind: SymbolKind.Namespace, range: r, selectionRange: { start: r.start, end: r.start }, children };
}

export function documentSymbols(article: Article, doc: TextDocument): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const anonymous: DocumentSymbol[] = [];
  for (const s of article.speakers) {
    const sym = speakerSymbol(article, doc, s);
    if (!sym) continue;
    if (s.kind === 'anonymous') anonymous.push(sym);
    else out.push(sym);
  }
  if (anonymous.length) {
    const spans = article.speakers.filter((s) => s.kind === 'anonymous').flatMap((s) => [...quotesOf(article, s.id), ...claimsOf(article, s.id).map((c) => c.content), ...s.mentions]);
    out.push(group('Anonymous sources', doc, spans, anonymous));
  }
  const unattributed = article.quotes.filter(isUnattributed);
  if (unattributed.length) out.push(group('Unattributed', doc, unattributed, unattributed.map((q) => quoteSymbol(doc, q))));
  return out;
}
