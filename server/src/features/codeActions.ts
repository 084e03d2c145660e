/**
 * Code actions: "Add attribution…" for an unattributed quote (a snippet offering the story's
 * speakers, inserted by the client), the missing mark for an unbalanced quote or a continuation
 * paragraph, and straight → typographic quotes for one quote or the whole document. Nothing here
 * edits on its own: each action runs only when the user picks it.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Quote, Span } from '../analysis/index';
import { toRange } from '../positions';
import { ADD_ATTRIBUTION_COMMAND } from '../protocol';

export const TYPOGRAPHIC_ALL_KIND = `${CodeActionKind.Source}.typographicQuotes.whosaid`;

const CLOSER: Record<string, string> = { '“': '”', '„': '“', '«': '»', '‹': '›', '‘': '’', '"': '"', "'": "'" };
const OPENER: Record<string, string> = { '”': '“', '»': '«', '›': '‹', '’': '‘', '"': '"', "'": "'" };

export function codeActions(article: Article, doc: TextDocument, range: Span, diagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  const text = doc.getText();
  for (const d of diagnostics) {
    if (d.source !== 'whosaid') continue;
    const at = doc.offsetAt(d.range.start);
    if (d.code === 'unattributed-quote') {
      const q = article.quotes.find((x) => x.start === at);
      if (!q) continue;
      const names = article.speakers.filter((s) => s.kind !== 'anonymous').map((s) => s.name);
      out.push({
        title: 'Add attribution…',
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        command: { title: 'Add attribution…', command: ADD_ATTRIBUTION_COMMAND, arguments: [doc.uri, doc.positionAt(q.end), names] },
      });
    } else if (d.code === 'unbalanced-quote-mark') {
      const mark = text[at] ?? '';
      const p = article.paragraphs.find((x) => x.start <= at && at < x.end);
      if (!p) continue;
      const closing = CLOSER[mark] !== undefined && (OPENER[mark] === undefined || mark === '"' || mark === "'") ? isOpening(article, at) : false;
      const edit: TextEdit = closing
        ? { range: toRange(doc, { start: p.end, end: p.end }), newText: CLOSER[mark]! }
        : { range: toRange(doc, { start: p.start, end: p.start }), newText: OPENER[mark] ?? '“' };
      out.push({ title: `Insert the missing ${edit.newText}`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: [edit] } } });
    } else if (d.code === 'continuation-mark-missing') {
      const q = article.quotes.find((x) => x.segments.some((s) => s.start === at));
      const mark = q?.mark ?? '“';
      out.push({ title: `Open the paragraph with ${mark}`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: [{ range: toRange(doc, { start: at, end: at }), newText: mark }] } } });
    }
  }
  const here = article.quotes.find((q) => q.depth === 0 && isStraight(q) && q.start <= range.end && range.start <= q.end);
  if (here) out.push({ title: 'Use typographic quotes here', kind: CodeActionKind.RefactorRewrite, edit: { changes: { [doc.uri]: typographicEdits(doc, [here], false) } } });
  const straight = article.quotes.filter(isStraight);
  if (straight.length > 0) out.push({ title: 'Use typographic quotes in the whole document', kind: TYPOGRAPHIC_ALL_KIND, edit: { changes: { [doc.uri]: typographicEdits(doc, straight, true) } } });
  return out;
}

/** An unbalanced opening mark is one that a quote starts with (it was left open). */
function isOpening(article: Article, at: number): boolean {
  return article.quotes.some((q) => q.start === at) || !article.quotes.some((q) => q.end === at + 1);
}

function isStraight(q: Quote): boolean {
  return q.mark === '"' || q.mark === "'";
}

/** Replaces straight marks with curly ones; with `apostrophes`, also ' inside words (it's → it’s). */
export function typographicEdits(doc: TextDocument, quotes: Quote[], apostrophes: boolean): TextEdit[] {
  const text = doc.getText();
  const edits: TextEdit[] = [];
  const at = new Set<number>();
  const replace = (offset: number, by: string): void => {
    if (at.has(offset)) return;
    at.add(offset);
    edits.push({ range: toRange(doc, { start: offset, end: offset + 1 }), newText: by });
  };
  for (const q of quotes) {
    const double = q.mark === '"';
    for (const seg of q.segments) {
      if (text[seg.start] === q.mark) replace(seg.start, double ? '“' : '‘');
    }
    const last = q.segments[q.segments.length - 1]!;
    if (q.closed && text[last.end - 1] === q.mark) replace(last.end - 1, double ? '”' : '’');
  }
  if (apostrophes) {
    for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
      if (/\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) replace(i, '’');
    }
  }
  return edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
