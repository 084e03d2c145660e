/**
 * Builds the language client: the bundled server (dist/server.js) over IPC, the documents it
 * serves (the `news` language, and plain text unless `whosaid.plainText` is off), file events for
 * the workspace index, and pull diagnostics on change and on tab switches.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXPORT_CSV_HEADER } from '../../server/src/protocol';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export function servedLanguages(): string[] {
  const plainText = vscode.workspace.getConfiguration('whosaid').get<boolean>('plainText', true);
  return plainText ? ['news', 'plaintext'] : ['news'];
}

/**
 * An exported quote table (Whosaid: Export Quotes) opens as plain text where no CSV language is
 * installed; whosaid must not analyse its own output. Known by its header line, which is decided
 * before the document opens, so there is no race with the open event.
 */
function isOwnExport(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme === 'untitled' && doc.lineCount > 0 && doc.lineAt(0).text === EXPORT_CSV_HEADER;
}

export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  // the server's code cache (server/src/codeCache.ts) in the extension's own storage, gone with
  // it; none when debugging, whose V8 flags would refuse it and write it again every time
  // (elsewhere than on disk, the user's cache folder)
  const storage = context.globalStorageUri.scheme === 'file' ? path.join(context.globalStorageUri.fsPath, 'code-cache') : null;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env: storage ? { ...process.env, WHOSAID_CODE_CACHE_DIR: storage } : process.env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'], env: { ...process.env, WHOSAID_CODE_CACHE_DIR: '' } } },
  };
  // every scheme: the server reads the text the editor sends, so documents of a virtual workspace
  // (vscode-vfs://, a remote) are analysed as well as files on disk (package.json: virtualWorkspaces)
  const documentSelector = servedLanguages().map((language) => ({ language }));
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,news,wire}') },
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: true, filter: (doc) => isOwnExport(doc) },
    // an exported CSV opens as plain text where no CSV language is installed: keep it out
    middleware: {
      didOpen: (doc, next) => (isOwnExport(doc) ? Promise.resolve() : next(doc)),
      didChange: (e, next) => (isOwnExport(e.document) ? Promise.resolve() : next(e)),
    },
    // settings also reach the server at start, for clients that never answer workspace/configuration
    initializationOptions: { settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('whosaid'))) as unknown },
  };
  return new LanguageClient('whosaid', 'whosaid', serverOptions, clientOptions);
}
