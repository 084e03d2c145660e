import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, CodeLens, DocumentDiagnosticReport, DocumentSymbol, Hover, InlayHint, Location, MarkupContent, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import { positionOf, ROOT, TestClient, uriOf } from '../helpers/lspClient';

const samples = path.join(ROOT, 'samples');
const seedFile = path.join(samples, 'blinken-beijing-dpa.txt');
const seedUri = uriOf(seedFile);
const seed = readFileSync(seedFile, 'utf8');
const edited = seed.replace('forward with that,” Blinken said.', 'forward with that.”');
const editedUri = 'untitled:edited.news';

async function pull(client: TestClient, uri: string): Promise<{ code: unknown; severity: unknown; range: unknown; message: string }[]> {
  const r = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(r.kind, 'full');
  return (r as { items: { code: unknown; severity: unknown; range: unknown; message: string }[] }).items;
}

describe('language server over stdio (dist/server.js)', function () {
  this.timeout(30000);
  let client: TestClient;

  before(async () => {
    client = new TestClient({ workspaceFolder: samples });
    await client.initialize();
    await client.open(seedUri, seed);
    await client.open(editedUri, edited);
  });

  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  it('declares what it serves', () => {
    const c = client.initializeResult!.capabilities;
    assert.equal(c.hoverProvider, true);
    assert.deepEqual(c.diagnosticProvider, { identifier: 'whosaid', interFileDependencies: false, workspaceDiagnostics: false });
    assert.deepEqual((c.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend.tokenTypes, ['quote', 'speaker', 'cue', 'claim', 'anonymousSource']);
    assert.deepEqual(c.textDocumentSync, { openClose: true, change: 2 });
  });

  it('pulls the seed story’s diagnostics: no unattributed quote', async () => {
    const items = await pull(client, seedUri);
    assert.deepEqual(items.map((d) => d.code), ['secondhand-attribution', 'secondhand-attribution', 'secondhand-attribution', 'secondhand-attribution']);
    assert.ok(items.every((d) => d.severity === 3));
  });

  it('reports one unattributed-quote on the quote whose attribution was deleted', async () => {
    const items = await pull(client, editedUri);
    const u = items.filter((d) => d.code === 'unattributed-quote');
    assert.equal(u.length, 1);
    const start = positionOf(edited, '“And at this moment');
    assert.deepEqual(u[0]!.range, { start, end: { line: start.line, character: start.character + '“And at this moment, China has not agreed to move forward with that.”'.length } });
    assert.equal(u[0]!.severity, 2);
  });

  it('hovers “he” in “he said according to a State Department readout” with Antony Blinken', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: seedUri }, position: positionOf(seed, 'he said according to') });
    const value = (h.contents as MarkupContent).value;
    assert.match(value, /^“he” → \*\*Antony Blinken\*\* — US Secretary of State\n\n8 quotes · 3 claims · first named on line 3$/);
  });

  it('hovers a quote with its speaker, cue, relay, confidence and the speaker’s other quotes', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: seedUri }, position: positionOf(seed, 'China threat theory') });
    const value = (h.contents as MarkupContent).value;
    assert.equal(value.split('\n')[0], '**Wang Yi** — China’s top foreign policy official');
    assert.equal(value.split('\n')[2], 'named as “him” · cue “reported him as saying” · relayed by CCTV · confidence 0.85 (“…,” Y reported X as saying (relayed))');
    assert.match(value, /Other quotes by Wang Yi:\n- line 27: “critical juncture in Sino-US relations,”\n- line 27: “downward spiral\.”/);
  });

  it('outlines Antony Blinken with 8 quotes, Xi Jinping 3 and Wang Yi 3', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: seedUri } });
    const quotes = (s: DocumentSymbol): number => (s.children ?? []).filter((c) => c.kind === 15).length;
    assert.deepEqual(
      symbols.map((s) => [s.name, quotes(s)]),
      [
        ['Antony Blinken', 8],
        ['Xi Jinping', 3],
        ['Wang Yi', 3],
        ['US State Department', 0],
      ],
    );
    const edited = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: editedUri } });
    assert.deepEqual(edited.find((s) => s.name === 'Unattributed')?.children?.map((c) => c.name), ['“And at this moment, China has not agreed to move forward w…']);
  });

  it('finds both quotes with “illusions” across the workspace, best first', async () => {
    const hits = await client.request<{ uri: string; text: string; speaker: string; line: number }[]>('whosaid/searchQuotes', { query: 'illusions' });
    const fromSeed = hits.filter((h) => h.uri === seedUri);
    assert.deepEqual(fromSeed.map((h) => [h.line, h.speaker, h.text.slice(0, 25)]), [
      [0, 'Antony Blinken', '‘no illusions’'],
      [10, 'Antony Blinken', '“We have no illusions abo'],
    ]);
  });

  it('lists speakers and quotes as workspace symbols', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Blinken' });
    assert.ok(symbols.some((s) => s.name === 'Antony Blinken' && s.kind === 5 && s.location.uri === seedUri), JSON.stringify(symbols.map((s) => s.name)));
  });

  it('goes from a surname to the first full mention, and lists every mention and quote', async () => {
    const at = positionOf(seed, 'Blinken said that');
    const def = await client.request<Location>('textDocument/definition', { textDocument: { uri: seedUri }, position: at });
    assert.deepEqual(def.range, { start: positionOf(seed, 'US Secretary of State Antony Blinken'), end: positionOf(seed, ' said on Monday at the end') });
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: seedUri }, position: at, context: { includeDeclaration: true } });
    assert.equal(refs.length, 16 + 8);
    const highlights = await client.request<unknown[]>('textDocument/documentHighlight', { textDocument: { uri: seedUri }, position: at });
    assert.equal(highlights.length, 16 + 8);
  });

  it('shows the resolved name after a pronoun attribution', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: seedUri }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } });
    const he = positionOf(seed, 'he said according to', 2);
    assert.ok(hints.some((h) => h.label === '→ Antony Blinken' && h.position.line === he.line && h.position.character === he.character));
    const him = positionOf(seed, 'him as saying', 3);
    assert.ok(hints.some((h) => h.label === '→ Wang Yi' && h.position.line === him.line && h.position.character === him.character));
  });

  it('puts a code lens with the counts at each speaker’s first full mention', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: seedUri } });
    assert.deepEqual(lenses.slice(0, 3).map((l) => [l.command?.title, l.command?.command, l.range.start.line]), [
      ['8 quotes · 3 claims', 'whosaid.showQuotesBySpeaker', 2],
      ['3 quotes · 2 claims', 'whosaid.showQuotesBySpeaker', 12],
      ['3 quotes · 2 claims', 'whosaid.showQuotesBySpeaker', 24],
    ]);
  });

  it('colours quotes, speakers and cues with semantic tokens that never cross a line', async () => {
    const t = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: seedUri } });
    assert.equal(t.data.length % 5, 0);
    // the headline: the claim “US has ” (type 3) cut around the quote ‘no illusions’ (type 0)
    assert.deepEqual(t.data.slice(0, 10), [0, 0, 7, 3, 0, 0, 7, 14, 0, 0]);
  });

  it('offers “Add attribution…” with the story’s speakers for an unattributed quote', async () => {
    const [d] = (await pull(client, editedUri)).filter((x) => x.code === 'unattributed-quote');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: editedUri }, range: d!.range, context: { diagnostics: [{ ...d, source: 'whosaid' }] } });
    const add = actions.find((a) => a.title === 'Add attribution…')!;
    assert.equal(add.command?.command, 'whosaid.addAttribution');
    assert.deepEqual(add.command?.arguments?.[2], ['Antony Blinken', 'Xi Jinping', 'Wang Yi', 'US State Department']);
  });

  it('answers the article summary and exports CSV and JSON', async () => {
    const s = await client.request<{ quotes: number; unattributed: number; claims: number }>('whosaid/articleSummary', { uri: seedUri });
    assert.deepEqual([s.quotes, s.unattributed, s.claims], [14, 0, 11]);
    const csv = await client.request<{ content: string; language: string }>('whosaid/exportQuotes', { uri: seedUri, format: 'csv' });
    assert.equal(csv.language, 'csv');
    assert.equal(csv.content.trim().split('\n').length, 15);
    const json = await client.request<{ content: string }>('whosaid/exportQuotes', { uri: seedUri, format: 'json' });
    assert.equal(JSON.parse(json.content).quotes.length, 14);
  });

  it('turns a code off through settings', async () => {
    client.settings = { diagnostics: { 'secondhand-attribution': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await pull(client, seedUri), []);
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.equal((await pull(client, seedUri)).length, 4);
  });

  it('says so when a document is over whosaid.maxFileSize', async () => {
    client.settings = { maxFileSize: 100 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const items = await pull(client, seedUri);
    assert.deepEqual(items.map((d) => [d.code, d.severity]), [['file-too-large', 3]]);
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('answers requests for unknown documents with empty results, and shuts down cleanly', async () => {
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.txt' }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await pull(client, 'file:///nowhere.txt'), []);
    assert.equal(await client.shutdown(), 0);
  });
});

describe('language server for a client without pull diagnostics', function () {
  this.timeout(30000);

  it('pushes diagnostics after an open and after an edit', async () => {
    const client = new TestClient({ pull: false });
    await client.initialize();
    const uri = 'untitled:push.news';
    const first = client.nextPush(uri);
    await client.open(uri, '“We will win.” Nobody else spoke.');
    assert.deepEqual((await first).diagnostics.map((d) => d.code), ['unattributed-quote']);
    const second = client.nextPush(uri);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '“We will win,” Jane Doe said.' }] });
    assert.deepEqual((await second).diagnostics, []);
    assert.equal(await client.shutdown(), 0);
  });
});
