/**
 * The status bar item for the active article: "14 quotes · 0 unattributed", opening the Problems
 * view. Updated when the active editor or its diagnostics change; hidden for other documents.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ArticleSummaryRequest, type ArticleSummary } from '../../server/src/protocol';

export class StatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  readonly #disposables: vscode.Disposable[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The last summary shown (tests read it). */
  last: ArticleSummary | null = null;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly served: () => string[],
  ) {
    this.item = vscode.window.createStatusBarItem('whosaid.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'whosaid';
    this.item.command = 'workbench.actions.view.problems';
    this.#disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.schedule(50);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(300);
      }),
    );
    this.schedule(0);
  }

  schedule(delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.update(), delay);
  }

  async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    const client = this.client();
    if (!doc || !client || !this.served().includes(doc.languageId)) {
      this.item.hide();
      return;
    }
    try {
      const s = await client.sendRequest(ArticleSummaryRequest, { uri: doc.uri.toString() });
      if (!s) return this.item.hide();
      this.last = s;
      this.item.text = s.analysed ? `$(quote) ${s.quotes} quote${s.quotes === 1 ? '' : 's'} · ${s.unattributed} unattributed` : '$(quote) not analysed (too large)';
      this.item.tooltip = `whosaid: ${s.speakers.length} speakers, ${s.claims} claims. Click to open the Problems view.`;
      this.item.show();
    } catch {
      this.item.hide(); // the server is restarting; the next event updates the item
    }
  }

  dispose(): void {
    clearTimeout(this.#timer);
    for (const d of this.#disposables) d.dispose();
  }
}
