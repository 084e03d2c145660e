/**
 * Trust and safety over stdio: the server makes no network request, never edits a document on
 * its own, answers positions outside the text, and exits when the editor that started it dies.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT, TestClient, uriOf } from '../helpers/lspClient';

/** A preload that records every attempt to open a connection or resolve a host name. */
const NETWORK_TRAP = `
const fs = require('fs');
const log = (what) => fs.appendFileSync(process.env.WHOSAID_NETWORK_LOG, what + '\\n');
const net = require('net'), dns = require('dns'), http = require('http'), https = require('https'), tls = require('tls');
const trap = (obj, name, label) => {
  const original = obj[name];
  obj[name] = function (...args) { log(label); return original.apply(this, args); };
};
trap(net, 'connect', 'net.connect'); trap(net, 'createConnection', 'net.createConnection');
trap(net.Socket.prototype, 'connect', 'net.Socket.connect'); trap(tls, 'connect', 'tls.connect');
trap(dns, 'lookup', 'dns.lookup'); trap(dns, 'resolve', 'dns.resolve');
trap(http, 'request', 'http.request'); trap(http, 'get', 'http.get');
trap(https, 'request', 'https.request'); trap(https, 'get', 'https.get');
if (globalThis.fetch) trap(globalThis, 'fetch', 'fetch');
`;

const seedFile = path.join(ROOT, 'samples', 'blinken-beijing-dpa.txt');

describe('language server: trust and safety', function () {
  this.timeout(30000);

  it('makes no network request and asks for no edit through a whole session', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-trust-'));
    const trap = path.join(dir, 'trap.cjs');
    const log = path.join(dir, 'network.log');
    writeFileSync(trap, NETWORK_TRAP);
    writeFileSync(log, '');
    copyFileSync(seedFile, path.join(dir, 'seed.txt'));
    const client = new TestClient({ workspaceFolder: dir, nodeArgs: ['--require', trap], env: { ...process.env, WHOSAID_NETWORK_LOG: log } });
    await client.initialize();
    const uri = uriOf(path.join(dir, 'seed.txt'));
    const text = readFileSync(seedFile, 'utf8');
    await client.open(uri, text);
    await client.request('textDocument/diagnostic', { textDocument: { uri } });
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 20, character: 5 } });
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }, context: { diagnostics: [] } });
    await client.request('whosaid/searchQuotes', { query: 'illusions' });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace(', Blinken said', '') }] });
    await client.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(await client.shutdown(), 0);
    assert.equal(readFileSync(log, 'utf8'), '', 'the server tried to reach the network');
    assert.deepEqual(client.applyEditRequests, [], 'the server asked to edit a document on its own');
  });

  it('answers positions and ranges outside the text with empty results', async () => {
    const client = new TestClient();
    await client.initialize();
    const uri = 'untitled:short.news';
    await client.open(uri, '“Short,” Jane Doe said.');
    const far = { line: 9999, character: 9999 };
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: far }), null);
    assert.equal(await client.request('textDocument/definition', { textDocument: { uri }, position: far }), null);
    assert.deepEqual(await client.request('textDocument/references', { textDocument: { uri }, position: far, context: { includeDeclaration: true } }), []);
    const hints = await client.request<unknown[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: far } });
    assert.ok(Array.isArray(hints));
    assert.equal(await client.shutdown(), 0);
  });

  it('exits when the editor process that started it dies', async () => {
    const editor = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const client = new TestClient({ processId: editor.pid ?? null });
    await client.initialize();
    editor.kill('SIGKILL');
    const code = await new Promise<number | null | 'still running'>((resolve) => {
      const t = setTimeout(() => resolve('still running'), 15000);
      client.process.on('exit', (c) => {
        clearTimeout(t);
        resolve(c);
      });
    });
    client.connection.dispose();
    assert.notEqual(code, 'still running', 'the server outlived its editor');
  });
});
