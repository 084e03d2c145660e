/** whosaid/exportQuotes: the quotes of one or more articles as JSON, CSV or a Markdown table. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../analysis/index';
import type { ExportFormat, ExportQuotesResult } from '../protocol';
import { quoteRows, toCsv, toMarkdown } from '../export/quoteTable';
import { toDocumentRecord } from '../export/records';

export function exportQuotes(items: { doc: TextDocument; article: Article }[], format: ExportFormat): ExportQuotesResult {
  if (format === 'json') {
    const records = items.map(({ doc, article }) => toDocumentRecord(doc.uri, article));
    return { content: JSON.stringify(records.length === 1 ? records[0] : records, null, 2) + '\n', language: 'json' };
  }
  const rows = items.flatMap(({ doc, article }) => quoteRows(doc.uri, doc.getText(), article));
  return format === 'csv' ? { content: toCsv(rows), language: 'csv' } : { content: toMarkdown(rows), language: 'markdown' };
}
