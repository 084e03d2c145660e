/**
 * Definition, references and document highlights of a speaker: from any of its mentions (or a
 * quote it spoke) to its first full mention, all its mentions and quotes.
 */
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Speaker } from '../analysis/index';
import { toRange } from '../positions';
import { mentionAt, quoteAt, quotesOf, speakerOf } from './lookup';

/** The speaker at `offset`: a mention of it, or a quote it is credited with. */
export function speakerAt(article: Article, offset: number): Speaker | null {
  const m = mentionAt(article, offset);
  if (m) return m.speaker;
  const q = quoteAt(article, offset);
  if (q && q.kind !== 'term' && q.attribution.confidence >= 0.5) return speakerOf(article, q.attribution.speakerId) ?? null;
  return null;
}

export function definition(article: Article, doc: TextDocument, offset: number): Location | null {
  const s = speakerAt(article, offset);
  const first = s?.mentions[s.primaryMention];
  return first ? { uri: doc.uri, range: toRange(doc, first) } : null;
}

export function references(article: Article, doc: TextDocument, offset: number, includeDeclaration: boolean): Location[] {
  const s = speakerAt(article, offset);
  if (!s) return [];
  const spans = [...s.mentions.filter((_, i) => includeDeclaration || i !== s.primaryMention), ...quotesOf(article, s.id)].sort((a, b) => a.start - b.start);
  return spans.map((sp) => ({ uri: doc.uri, range: toRange(doc, sp) }));
}

export function documentHighlights(article: Article, doc: TextDocument, offset: number): DocumentHighlight[] {
  const s = speakerAt(article, offset);
  if (!s) return [];
  return [
    ...s.mentions.map((m) => ({ range: toRange(doc, m), kind: DocumentHighlightKind.Read })),
    ...quotesOf(article, s.id).map((q) => ({ range: toRange(doc, q), kind: DocumentHighlightKind.Text })),
  ];
}
