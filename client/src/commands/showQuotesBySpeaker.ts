/**
 * Whosaid: Show Quotes by Speaker — pick a speaker of the active article (or come from a code
 * lens with one chosen), then one of their quotes to jump to.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ArticleSummaryRequest, ExportQuotesRequest } from '../../../server/src/protocol';
import { revealRange } from './searchQuotes';

interface QuoteRecord {
  text: string;
  start: number;
  end: number;
  speaker: { id: string; name: string } | null;
  why: string;
}

export function showQuotesBySpeaker(client: () => LanguageClient | undefined): (uri?: string, speakerId?: string) => Promise<void> {
  return async (uri?: string, speakerId?: string) => {
    const c = client();
    const target = uri ?? vscode.window.activeTextEditor?.document.uri.toString();
    if (!c || !target) return;
    let id = speakerId;
    if (!id) {
      const summary = await c.sendRequest(ArticleSummaryRequest, { uri: target });
      const speakers = summary?.speakers.filter((s) => s.quotes + s.claims > 0) ?? [];
      const chosen = await vscode.window.showQuickPick(
        speakers.map((s) => ({ label: s.name, description: s.role ?? s.kind, detail: `${s.quotes} quotes · ${s.claims} claims`, id: s.id })),
        { placeHolder: 'Speaker' },
      );
      if (!chosen) return;
      id = chosen.id;
    }
    const exported = await c.sendRequest(ExportQuotesRequest, { uri: target, format: 'json' });
    const quotes = (JSON.parse(exported.content) as { quotes: QuoteRecord[] }).quotes.filter((q) => q.speaker?.id === id);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(target));
    const chosen = await vscode.window.showQuickPick(
      quotes.map((q) => ({ label: q.text.replace(/\s+/g, ' '), description: `line ${doc.positionAt(q.start).line + 1}`, detail: q.why, q })),
      { placeHolder: quotes.length ? `${quotes[0]!.speaker?.name}: ${quotes.length} quotes` : 'No quotes', matchOnDetail: true },
    );
    if (chosen) {
      const start = doc.positionAt(chosen.q.start);
      const end = doc.positionAt(chosen.q.end);
      await revealRange(target, { start, end });
    }
  };
}
