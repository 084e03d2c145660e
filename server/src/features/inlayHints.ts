/** Inlay hints after a pronoun, surname, title or role attribution: "he" → Antony Blinken. */
import { InlayHintKind, type InlayHint } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Attribution, Span } from '../analysis/index';
import { speakersById } from './lookup';

export function inlayHints(article: Article, doc: TextDocument, range: Span): InlayHint[] {
  const byId = speakersById(article);
  const seen = new Set<number>();
  const out: InlayHint[] = [];
  const consider = (a: Attribution | null): void => {
    if (!a || !a.mention || !a.speakerId || a.confidence < 0.5) return;
    const m = a.mention;
    if (m.end < range.start || m.start > range.end || seen.has(m.end)) return;
    const s = byId.get(a.speakerId);
    if (!s || m.text === s.name || m.text.endsWith(s.name)) return;
    seen.add(m.end);
    out.push({ position: doc.positionAt(m.end), label: `→ ${s.name}`, kind: InlayHintKind.Type, paddingLeft: true, tooltip: `“${m.text}” is ${s.name}${s.role ? `, ${s.role}` : ''}` });
  };
  for (const q of article.quotes) if (q.kind !== 'term') consider(q.attribution);
  for (const c of article.claims) consider(c.attribution);
  return out.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
