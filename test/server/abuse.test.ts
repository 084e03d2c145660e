import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { SERVER, TestClient } from '../helpers/lspClient';

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

describe('language server under abuse', function () {
  this.timeout(30000);

  it('survives malformed JSON-RPC and still answers the next request', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stdin.write(frame('{this is not json'));
    child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } })));
    const deadline = Date.now() + 10000;
    while (!out.includes('"id":7') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    child.kill();
    assert.match(out, /"id":7,"result":\{"capabilities"/);
  });

  it('answers unknown methods with MethodNotFound and keeps serving', async () => {
    const client = new TestClient();
    await client.initialize();
    await assert.rejects(client.request('whosaid/noSuchThing', {}), (e: { code?: number }) => e.code === -32601);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'untitled:x' }, position: { line: 0, character: 0 } }), null);
    assert.equal(await client.shutdown(), 0);
  });

  it('forgets a closed document, copes with stale versions and a hundred quick edits', async () => {
    const client = new TestClient();
    await client.initialize();
    const uri = 'untitled:edits.news';
    await client.open(uri, '“Start,” Jane Doe said.');
    for (let v = 2; v <= 101; v++) {
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
    }
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 50 }, contentChanges: [{ text: '“Stale,” nobody said.' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 102 }, contentChanges: [{ text: '“Last words.”' }] });
    const r = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual((r as { items: { code: string }[] }).items.map((d) => d.code), ['unattributed-quote']);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }), null);
    assert.equal(await client.shutdown(), 0);
  });

  it('answers a cancelled request with a result or a cancellation, and stays up', async () => {
    const client = new TestClient();
    await client.initialize();
    const pending = client.connection.sendRequest('whosaid/searchQuotes', { query: 'anything' });
    await client.connection.sendNotification('$/cancelRequest', { id: 1 });
    await pending.then(
      (v) => assert.ok(Array.isArray(v)),
      (e: { code?: number }) => assert.equal(e.code, -32800),
    );
    assert.equal(await client.shutdown(), 0);
  });

  it('exits when its client disappears', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } })));
    await new Promise((r) => setTimeout(r, 300));
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => {
      const t = setTimeout(() => resolve(-1), 10000);
      child.on('exit', (c) => {
        clearTimeout(t);
        resolve(c);
      });
    });
    assert.notEqual(code, -1, 'the server kept running after its input closed');
  });
});
