/** A code lens at each speaker's first full mention: "8 quotes · 2 claims", listing them on click. */
import type { CodeLens } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/index';
import { toRange } from '../positions';
import { SHOW_SPEAKER_QUOTES_COMMAND } from '../protocol';
import { claimsOf, quotesOf } from './lookup';

export function codeLenses(article: Article, doc: TextDocument): CodeLens[] {
  const out: CodeLens[] = [];
  for (const s of article.speakers) {
    const nq = quotesOf(article, s.id).length;
    const nc = claimsOf(article, s.id).length;
    const at = s.mentions[s.primaryMention];
    if (!at || nq + nc === 0) continue;
    const title = `${nq} quote${nq === 1 ? '' : 's'} · ${nc} claim${nc === 1 ? '' : 's'}`;
    out.push({ range: toRange(doc, at), command: { title, command: SHOW_SPEAKER_QUOTES_COMMAND, arguments: [doc.uri, s.id] } });
  }
  return out;
}
