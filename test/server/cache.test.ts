import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { startServer } from '../../server/src/server';

/** The server in this process over two streams (model G): lets a test look inside it. */
function inProcess() {
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  const handle = startServer(serverConnection);
  serverConnection.listen();
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  client.onRequest('client/registerCapability', () => null);
  client.onNotification('window/logMessage', () => undefined);
  client.listen();
  return { handle, client, close: () => (client.dispose(), serverConnection.dispose()) };
}

describe('article cache (in-process server)', () => {
  it('analyses once per document version: a hover after a diagnostics pull reuses the article', async () => {
    const { handle, client, close } = inProcess();
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } } });
    await client.sendNotification('initialized', {});
    const uri = 'untitled:a.news';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: '“We won,” Jane Doe said.' } });
    await client.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 12 } });
    await client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(handle.cache.analyses, 1);
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, text: 'They' }] });
    const hover = await client.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 16 } });
    assert.equal(handle.cache.analyses, 2);
    assert.match(hover.contents.value, /Jane Doe/);
    close();
  });

  it('survives a handler failure: a bad position is answered, not fatal', async () => {
    const { client, close } = inProcess();
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    const uri = 'untitled:b.news';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: 'x' } });
    assert.equal(await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 99, character: -5 } }), null);
    assert.deepEqual(await client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), []);
    close();
  });
});
