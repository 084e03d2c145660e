/**
 * activate/deactivate: starts the language client, registers the commands and the status bar,
 * restarts the server when the served languages change. Returns a small API for tests.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient, servedLanguages } from './languageClient';
import { StatusBar } from './statusBar';
import { searchQuotes } from './commands/searchQuotes';
import { showQuotesBySpeaker } from './commands/showQuotesBySpeaker';
import { exportQuotes } from './commands/exportQuotes';
import { addAttribution } from './commands/addAttribution';
import type { QuoteHit } from '../../server/src/protocol';

export interface WhosaidApi {
  /** Resolves when the language client is running. */
  ready(): Promise<void>;
  client(): LanguageClient | undefined;
  statusBar: StatusBar;
  /** Resolves with the next result list Search Quotes shows (for tests that drive the picker). */
  nextSearchResults(): Promise<QuoteHit[]>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<WhosaidApi> {
  const output = vscode.window.createOutputChannel('whosaid');
  let starting: Promise<void> = Promise.resolve();
  const start = (): Promise<void> => {
    client = createClient(context, output);
    starting = client.start();
    return starting;
  };
  const restart = async (): Promise<void> => {
    const old = client;
    client = undefined;
    await old?.stop().catch(() => undefined);
    await start();
    statusBar.schedule(0);
  };
  const statusBar = new StatusBar(() => client, servedLanguages);
  let hitWaiters: ((hits: QuoteHit[]) => void)[] = [];
  const onHits = (hits: QuoteHit[]): void => {
    const waiting = hitWaiters;
    hitWaiters = [];
    for (const w of waiting) w(hits);
  };
  context.subscriptions.push(
    output,
    statusBar,
    vscode.commands.registerCommand('whosaid.searchQuotes', searchQuotes(() => client, onHits)),
    vscode.commands.registerCommand('whosaid.showQuotesBySpeaker', showQuotesBySpeaker(() => client)),
    vscode.commands.registerCommand('whosaid.exportQuotes', exportQuotes(() => client)),
    vscode.commands.registerCommand('whosaid.restartServer', restart),
    vscode.commands.registerCommand('whosaid.addAttribution', addAttribution),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('whosaid.plainText')) void restart();
    }),
  );
  await start().catch((e: unknown) => output.appendLine(`whosaid: the server did not start: ${String(e)}`));
  statusBar.schedule(0);
  return {
    ready: () => starting,
    client: () => client,
    statusBar,
    nextSearchResults: () => new Promise((resolve) => hitWaiters.push(resolve)),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
