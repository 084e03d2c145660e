/** Whosaid: Export Quotes — the active article's quotes (or every open article's) as JSON, CSV or Markdown in a new editor. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportQuotesRequest, type ExportFormat } from '../../../server/src/protocol';

export function exportQuotes(client: () => LanguageClient | undefined): (format?: ExportFormat) => Promise<vscode.TextDocument | undefined> {
  return async (format?: ExportFormat) => {
    const c = client();
    if (!c) return undefined;
    const chosen =
      format ??
      (
        await vscode.window.showQuickPick(
          [
            { label: 'JSON', format: 'json' as const },
            { label: 'CSV', format: 'csv' as const },
            { label: 'Markdown', format: 'markdown' as const },
          ],
          { placeHolder: 'Export quotes as' },
        )
      )?.format;
    if (!chosen) return undefined;
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const result = await c.sendRequest(ExportQuotesRequest, { uri, format: chosen });
    const doc = await vscode.workspace.openTextDocument({ content: result.content, language: result.language });
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc;
  };
}
