/**
 * A minimal editor for protocol tests: spawns the bundled server (dist/server.js --stdio) and
 * talks JSON-RPC to it as an editor would, answering the server's own requests (configuration,
 * progress, registrations) and collecting what it pushes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const ROOT = path.join(__dirname, '..', '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface TestClientOptions {
  /** The `whosaid` settings section the client answers with. */
  settings?: Record<string, unknown>;
  workspaceFolder?: string;
  /** Pull diagnostics (the default) or push only, as an older client. */
  pull?: boolean;
  /** The editor's process id sent in `initialize` (default: this test process). */
  processId?: number | null;
  /** Extra arguments for node before the server script (`--require` a trap, for instance). */
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  readonly pushed = new Map<string, PublishDiagnosticsParams>();
  readonly stderr: string[] = [];
  /** Edits the server asked the editor to apply on its own (it never should). */
  readonly applyEditRequests: unknown[] = [];
  settings: Record<string, unknown>;
  initializeResult: InitializeResult | null = null;
  #diagnosticWaiters: { uri: string; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

  constructor(readonly options: TestClientOptions = {}) {
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    this.process.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onRequest('workspace/applyEdit', (params: unknown) => {
      this.applyEditRequests.push(params);
      return { applied: false };
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => this.stderr.push(p.message));
    this.connection.onNotification('$/progress', () => undefined);
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.pushed.set(p.uri, p);
      this.#diagnosticWaiters = this.#diagnosticWaiters.filter((w) => (w.uri === p.uri ? (w.resolve(p), false) : true));
    });
    this.connection.listen();
  }

  async initialize(): Promise<InitializeResult> {
    const pull = this.options.pull !== false;
    const capabilities: ClientCapabilities = {
      workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
      window: { workDoneProgress: true },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        publishDiagnostics: { relatedInformation: true },
      },
    };
    const folder = this.options.workspaceFolder;
    this.initializeResult = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: this.options.processId === undefined ? process.pid : this.options.processId,
      rootUri: folder ? uriOf(folder) : null,
      workspaceFolders: folder ? [{ uri: uriOf(folder), name: path.basename(folder) }] : null,
      capabilities,
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  open(uri: string, text: string, languageId = 'news', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** Resolves with the next diagnostics the server pushes for `uri`. */
  nextPush(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.#diagnosticWaiters.push({ uri, resolve }));
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.on('exit', (c) => resolve(c));
    });
    this.connection.dispose();
    return code;
  }
}

export function uriOf(file: string): string {
  return pathToFileURL(file).toString();
}

/** Zero-based line and character of the first occurrence of `needle` (plus `delta` characters). */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`“${needle}” not found`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
