/**
 * Whosaid: Search Quotes — a QuickPick over every article in the workspace: quote as label,
 * speaker as description, file and line as detail; Enter opens the file with the quote selected.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SearchQuotesRequest, type QuoteHit } from '../../../server/src/protocol';

interface HitItem extends vscode.QuickPickItem {
  hit: QuoteHit;
}

function shorten(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

export async function revealRange(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(doc, { selection, preview: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Called with the hits each time the picker shows a new result list (the test API listens). */
export type HitsListener = (hits: QuoteHit[]) => void;

export function searchQuotes(client: () => LanguageClient | undefined, onHits: HitsListener = () => undefined): (initial?: string) => Promise<QuoteHit | undefined> {
  return (initial?: string) =>
    new Promise((resolve) => {
      const c = client();
      if (!c) {
        void vscode.window.showWarningMessage('whosaid: the language server is not running.');
        return resolve(undefined);
      }
      const pick = vscode.window.createQuickPick<HitItem>();
      pick.placeholder = 'Search quotes and speakers in the workspace';
      pick.matchOnDescription = true;
      pick.matchOnDetail = true;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let generation = 0;
      // The list reaches the screen asynchronously; listeners hear of it once an item is active there.
      let shown: QuoteHit[] | null = null;
      pick.onDidChangeActive((active) => {
        if (shown && active.length > 0) {
          onHits(shown);
          shown = null;
        }
      });
      const run = (query: string): void => {
        const mine = ++generation;
        pick.busy = true;
        void c.sendRequest(SearchQuotesRequest, { query, limit: 200 }).then(
          (hits) => {
            if (mine !== generation) return;
            pick.items = hits.map((hit) => ({
              label: shorten(hit.text, 120),
              description: hit.speaker ?? 'unattributed',
              detail: `${vscode.workspace.asRelativePath(vscode.Uri.parse(hit.uri))}:${hit.line + 1}`,
              alwaysShow: true, // the server already matched; the picker must not filter again
              hit,
            }));
            pick.busy = false;
            shown = hits;
            if (hits.length === 0) onHits(hits);
          },
          () => (pick.busy = false),
        );
      };
      pick.onDidChangeValue((v) => {
        clearTimeout(timer);
        timer = setTimeout(() => run(v), 120);
      });
      let accepted = false;
      pick.onDidAccept(async () => {
        const chosen = (pick.selectedItems[0] ?? pick.activeItems[0])?.hit;
        accepted = true; // hiding the picker below must not settle the command as cancelled
        pick.hide();
        if (chosen) await revealRange(chosen.uri, chosen.range);
        resolve(chosen);
      });
      pick.onDidHide(() => {
        pick.dispose();
        if (!accepted) resolve(undefined);
      });
      pick.show();
      if (initial) {
        pick.value = initial;
        run(initial);
      }
    });
}
