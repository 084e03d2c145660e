/** The counts a status bar and a palette command show for one article. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/index';
import type { ArticleSummary } from '../protocol';
import { toRange } from '../positions';
import { claimsOf, isUnattributed, quotesOf } from './lookup';

export function articleSummary(article: Article, doc: TextDocument): ArticleSummary {
  const spoken = article.quotes.filter((q) => q.kind !== 'term' && q.depth === 0);
  return {
    uri: doc.uri,
    quotes: spoken.length,
    unattributed: spoken.filter(isUnattributed).length,
    claims: article.claims.length,
    analysed: !article.findings.some((f) => f.code === 'file-too-large'),
    speakers: article.speakers.map((s) => ({
      id: s.id,
      name: s.name,
      role: s.role,
      kind: s.kind,
      quotes: quotesOf(article, s.id).length,
      claims: claimsOf(article, s.id).length,
      range: toRange(doc, s.mentions[s.primaryMention] ?? { start: 0, end: 0 }),
    })),
  };
}
