/**
 * Builds the language client: the bundled server (dist/server.js) over IPC, the documents it
 * serves (the `news` language, and plain text unless `whosaid.plainText` is off), file events for
 * the workspace index, and pull diagnostics on change and on tab switches.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export function servedLanguages(): string[] {
  const plainText = vscode.workspace.getConfiguration('whosaid').get<boolean>('plainText', true);
  return plainText ? ['news', 'plaintext'] : ['news'];
}

export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const documentSelector = servedLanguages().flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,news,wire}') },
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: true },
    // settings also reach the server at start, for clients that never answer workspace/configuration
    initializationOptions: { settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('whosaid'))) as unknown },
  };
  return new LanguageClient('whosaid', 'whosaid', serverOptions, clientOptions);
}
