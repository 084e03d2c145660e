/** Findings → LSP diagnostics: source "whosaid", stable codes, related locations, severities from settings. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, FindingCode } from '../analysis/index';
import type { SeveritySetting } from '../settings';
import { toRange } from '../positions';

const LSP_SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostics(article: Article, doc: TextDocument, severities: Record<FindingCode, SeveritySetting>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of article.findings) {
    const setting = f.code === 'file-too-large' ? 'information' : severities[f.code];
    if (setting === 'off') continue;
    const d: Diagnostic = {
      range: toRange(doc, f),
      severity: LSP_SEVERITY[setting],
      code: f.code,
      source: 'whosaid',
      message: f.message,
    };
    if (f.related.length > 0) d.relatedInformation = f.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r) }, message: r.message }));
    out.push(d);
  }
  return out;
}
