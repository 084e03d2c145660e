/**
 * whosaid inside a real VS Code, as installed from the .vsix: activation, diagnostics, hover,
 * outline, navigation, inlay hints, semantic tokens, code actions, commands and the status bar.
 * Waits for events (never a fixed sleep), with generous caps.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WhosaidApi } from '../../client/src/extension';

const EXTENSION_ID = 'whosaid.whosaid';

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f.uri;
}

function file(name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), name);
}

/** Resolves when `check` returns a value, re-checking on every diagnostics change (cap: 30 s). */
function whenDiagnostics<T>(uri: vscode.Uri, check: (d: readonly vscode.Diagnostic[]) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const test = (): boolean => {
      const r = check(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'whosaid'));
      if (r !== undefined) {
        sub.dispose();
        clearTimeout(timer);
        resolve(r);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) test();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics for ${uri.path} never matched: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.code))}`));
    }, 30000);
    test();
  });
}

/** Polls a provider until it answers something non-empty (the server may still be starting). */
async function until<T>(ask: () => Thenable<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30000;
  for (;;) {
    const v = await ask();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: no answer in 30 s (last: ${JSON.stringify(v)?.slice(0, 300)})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `“${needle}” in ${doc.uri.path}`);
  return doc.positionAt(at + delta);
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

describe('whosaid in VS Code', () => {
  let api: WhosaidApi;
  let seed: vscode.TextDocument;

  let markdown: vscode.TextDocument;

  it('does not activate for an unrelated language', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    // plain text activates whosaid, and the workbench itself sometimes makes plain-text models at
    // start-up; only when that has not happened can opening Markdown be seen not to activate it
    const activeBefore = ext.isActive;
    markdown = await open('notes.md');
    assert.equal(markdown.languageId, 'markdown');
    assert.deepEqual((ext.packageJSON as { activationEvents: string[] }).activationEvents, ['onLanguage:news', 'onLanguage:plaintext']);
    if (!activeBefore) assert.equal(ext.isActive, false, 'opening a Markdown file activated whosaid');
  });

  it('activates on a .txt story and serves it', async () => {
    seed = await open('blinken-beijing-dpa.txt');
    assert.equal(seed.languageId, 'plaintext');
    const ext = vscode.extensions.getExtension<WhosaidApi>(EXTENSION_ID)!;
    api = await ext.activate();
    await api.ready();
    assert.equal(ext.isActive, true);
    // and it serves stories, never the Markdown file
    const selector = api.client()!.clientOptions.documentSelector as vscode.DocumentSelector;
    assert.ok(vscode.languages.match(selector, seed) > 0);
    assert.equal(vscode.languages.match(selector, markdown), 0);
    // a story in a virtual workspace is served too
    const virtual = { uri: vscode.Uri.parse('vscode-vfs://github/owner/repo/story.txt'), languageId: 'plaintext' } as vscode.TextDocument;
    assert.ok(vscode.languages.match(selector, virtual) > 0);
  });

  it('gives a .news story the news language', async () => {
    const news = await open('typographic.news');
    assert.equal(news.languageId, 'news');
    await whenDiagnostics(news.uri, (d) => (d.length === 0 ? true : undefined));
  });

  it('reports exactly one unattributed quote on the right range, and none when the code is off', async () => {
    const doc = await open('harbour-strike-wire.txt');
    const d = await whenDiagnostics(doc.uri, (ds) => {
      const u = ds.filter((x) => x.code === 'unattributed-quote');
      return u.length ? u : undefined;
    });
    assert.equal(d.length, 1);
    const start = positionOf(doc, '“Nobody is talking to us.”');
    assert.deepEqual([d[0]!.range.start.line, d[0]!.range.start.character, d[0]!.range.end.character], [start.line, start.character, start.character + '“Nobody is talking to us.”'.length]);
    const config = vscode.workspace.getConfiguration('whosaid');
    await config.update('diagnostics.unattributed-quote', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      await whenDiagnostics(doc.uri, (ds) => (ds.every((x) => x.code !== 'unattributed-quote') ? true : undefined));
    } finally {
      await config.update('diagnostics.unattributed-quote', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await whenDiagnostics(doc.uri, (ds) => (ds.some((x) => x.code === 'unattributed-quote') ? true : undefined));
  });

  it('hovers “he” in “he said according to a State Department readout” with Antony Blinken', async () => {
    const hovers = await until(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seed.uri, positionOf(seed, 'he said according to')),
      (h) => h.length > 0,
      'hover',
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /“he” → \*\*Antony Blinken\*\* — US Secretary of State/);
  });

  it('outlines Antony Blinken with 8 quotes, Xi Jinping 3 and Wang Yi 3', async () => {
    const symbols = await until(() => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', seed.uri), (s) => s?.length > 0, 'outline');
    const quotes = (name: string): number => symbols.find((s) => s.name === name)!.children.filter((c) => c.kind === vscode.SymbolKind.String).length;
    assert.deepEqual([quotes('Antony Blinken'), quotes('Xi Jinping'), quotes('Wang Yi')], [8, 3, 3]);
  });

  it('finds speakers as workspace symbols, and goes to a speaker’s first full mention and references', async () => {
    const ws = await until(() => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Blinken'), (s) => s.length > 0, 'workspace symbols');
    assert.ok(ws.some((s) => s.name === 'Antony Blinken' && s.location.uri.toString() === seed.uri.toString()));
    const at = positionOf(seed, 'Blinken said that');
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', seed.uri, at);
    const def = defs[0]!;
    const range = 'targetRange' in def ? def.targetRange : def.range;
    assert.deepEqual([range.start.line, range.start.character], [positionOf(seed, 'US Secretary of State Antony Blinken').line, positionOf(seed, 'US Secretary of State Antony Blinken').character]);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed.uri, at);
    assert.equal(refs.length, 24);
  });

  it('shows inlay hints and declares the semantic token legend', async () => {
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', seed.uri, new vscode.Range(0, 0, seed.lineCount, 0));
    const he = positionOf(seed, 'he said according to', 2);
    assert.ok(hints.some((h) => h.position.isEqual(he) && (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')) === '→ Antony Blinken'));
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', seed.uri);
    assert.deepEqual(legend.tokenTypes, ['quote', 'speaker', 'cue', 'claim', 'anonymousSource']);
  });

  it('turns straight quotes typographic with a code action, and undo restores them', async () => {
    const doc = await open('typographic.news');
    const before = doc.getText();
    const actions = await until(
      () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(2, 1, 2, 1)),
      (a) => a.some((x) => x.title === 'Use typographic quotes in the whole document'),
      'code actions',
    );
    const all = actions.find((x) => x.title === 'Use typographic quotes in the whole document')!;
    assert.ok(await vscode.workspace.applyEdit(all.edit!));
    assert.equal(doc.getText(), before.replace('"We balanced it without cuts,"', '“We balanced it without cuts,”').replace('"It\'s the first time in ten years."', '“It’s the first time in ten years.”'));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before);
  });

  it('Search Quotes finds “illusions” in two quotes and opens the chosen one at its range', async () => {
    await open('blinken-beijing-dpa.txt');
    const results = api.nextSearchResults();
    const picked = vscode.commands.executeCommand<{ uri: string; range: vscode.Range } | undefined>('whosaid.searchQuotes', 'illusions');
    const hits = await results;
    assert.deepEqual(hits.map((h) => [h.speaker, h.text.slice(0, 14)]), [
      ['Antony Blinken', '‘no illusions’'],
      ['Antony Blinken', '“We have no il'],
    ]);
    // Enter on the first result: the headline's ‘no illusions’
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const chosen = await picked;
    assert.ok(chosen, 'a quote was chosen');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), seed.uri.toString());
    assert.deepEqual([editor.selection.start.line, editor.selection.start.character, editor.selection.end.character], [chosen.range.start.line, chosen.range.start.character, chosen.range.end.character]);
    assert.equal(editor.document.getText(editor.selection), '‘no illusions’');
  });

  it('Export Quotes produces valid CSV and JSON', async () => {
    await open('blinken-beijing-dpa.txt');
    const csv = await vscode.commands.executeCommand<vscode.TextDocument>('whosaid.exportQuotes', 'csv');
    const rows = csv.getText().trim().split('\n');
    assert.equal(rows[0], 'file,line,column,kind,speaker,role,mention,cue,via,confidence,why,quote');
    assert.equal(rows.length, 15);
    await open('blinken-beijing-dpa.txt');
    const json = await vscode.commands.executeCommand<vscode.TextDocument>('whosaid.exportQuotes', 'json');
    assert.equal((JSON.parse(json.getText()) as { quotes: unknown[] }).quotes.length, 14);
  });

  it('shows the counts of the active story in the status bar', async () => {
    await open('blinken-beijing-dpa.txt');
    await until(async () => api.statusBar.item.text, (t) => t === '$(quote) 14 quotes · 0 unattributed', 'status bar');
    await open('harbour-strike-wire.txt');
    await until(async () => api.statusBar.item.text, (t) => t === '$(quote) 5 quotes · 1 unattributed', 'status bar');
  });
});
