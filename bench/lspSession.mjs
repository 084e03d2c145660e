// A minimal editor for the server benchmarks: spawns dist/server.js --stdio and talks JSON-RPC to
// it as VS Code does (configuration, progress and registrations answered).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

export class LspSession {
  constructor(server, { folder = null, settings = {} } = {}) {
    this.spawnedAt = process.hrtime.bigint();
    this.child = spawn(process.execPath, [...(process.env.WHOSAID_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.folder = folder;
    this.progressEnded = new Promise((resolve) => (this.onProgressEnd = resolve));
    const c = (this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin)));
    c.onRequest('workspace/configuration', (p) => p.items.map(() => settings));
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onRequest('client/registerCapability', () => null);
    for (const m of ['workspace/diagnostic/refresh', 'workspace/inlayHint/refresh', 'workspace/semanticTokens/refresh', 'workspace/codeLens/refresh']) c.onRequest(m, () => null);
    c.onNotification('$/progress', (p) => p.value?.kind === 'end' && this.onProgressEnd());
    c.onNotification('window/logMessage', () => undefined);
    c.onNotification('textDocument/publishDiagnostics', () => undefined);
    c.listen();
  }

  get pid() {
    return this.child.pid;
  }

  async initialize() {
    const uri = this.folder ? pathToFileURL(this.folder).toString() : null;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: uri ? [{ uri, name: path.basename(this.folder) }] : null,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
        window: { workDoneProgress: true },
        textDocument: { hover: { contentFormat: ['markdown'] }, diagnostic: {}, publishDiagnostics: {} },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  open(uri, text, version = 1) {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version, text } });
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  notify(method, params) {
    return this.connection.sendNotification(method, params);
  }

  /** Resident and peak memory of the server in MB (Linux /proc), or null elsewhere. */
  memory() {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
      return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
    } catch {
      return null;
    }
  }

  /** CPU time the server has used so far, in ms (Linux /proc), or null. */
  cpuMs() {
    try {
      const fields = readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime in clock ticks (100 Hz)
    } catch {
      return null;
    }
  }

  async close() {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await new Promise((r) => (this.child.exitCode !== null ? r() : this.child.on('exit', r)));
    this.connection.dispose();
  }
}
