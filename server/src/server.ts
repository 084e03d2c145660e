/**
 * startServer(connection): capabilities and one registration per feature. No analysis here: each
 * handler finds the document, takes its Article from the cache, calls a feature and returns.
 * Every handler runs inside `guard`, so a bad document never takes the server down.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type SymbolInformation,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from './analysis/index';
import { ArticleCache } from './articleCache';
import { WorkspaceIndex } from './workspaceIndex';
import { DEFAULT_SETTINGS, sanitise, type WhosaidSettings } from './settings';
import { ArticleSummaryRequest, ExportQuotesRequest, SearchQuotesRequest } from './protocol';
import { toDiagnostics } from './features/diagnostics';
import { hoverAt } from './features/hover';
import { documentSymbols } from './features/documentSymbols';
import { definition, documentHighlights, references } from './features/navigation';
import { inlayHints } from './features/inlayHints';
import { codeLenses } from './features/codeLens';
import { LEGEND, semanticTokens } from './features/semanticTokens';
import { codeActions, TYPOGRAPHIC_ALL_KIND } from './features/codeActions';
import { articleSummary } from './features/articleSummary';
import { exportQuotes } from './features/exportQuotes';
import { findArticles, readArticle } from './workspaceScan';
import { IndexPool } from './indexPool';
import type { IndexResult } from './indexWorker';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

interface ClientSupport {
  pullDiagnostics: boolean;
  configuration: boolean;
  dynamicConfiguration: boolean;
  workDoneProgress: boolean;
  diagnosticRefresh: boolean;
  inlayHintRefresh: boolean;
  semanticTokensRefresh: boolean;
  codeLensRefresh: boolean;
  workspaceFolders: boolean;
}

export interface ServerHandle {
  cache: ArticleCache;
  index: WorkspaceIndex;
  /** Resolves when the background workspace scan has finished (tests wait for it). */
  indexed: () => Promise<void>;
}

const PUSH_DELAY_MS = 200;
/** Stories per job sent to an index worker (indexWorker.ts says why in batches). */
const INDEX_BATCH = 16;

export function startServer(connection: Connection): ServerHandle {
  const documents = new TextDocuments(TextDocument);
  const cache = new ArticleCache();
  const index = new WorkspaceIndex();
  let support: ClientSupport = { pullDiagnostics: false, configuration: false, dynamicConfiguration: false, workDoneProgress: false, diagnosticRefresh: false, inlayHintRefresh: false, semanticTokensRefresh: false, codeLensRefresh: false, workspaceFolders: false };
  let folders: string[] = [];
  let globalSettings: WhosaidSettings = DEFAULT_SETTINGS;
  const settingsCache = new Map<string, Promise<WhosaidSettings>>();
  let scan: Promise<void> = Promise.resolve();
  let scanGeneration = 0;
  const pushTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const indexedVersions = new Map<string, string>();

  function log(message: string): void {
    connection.console.error(`whosaid: ${message}`);
  }

  /** Runs a handler; on any exception logs it and answers `fallback`. */
  function guard<P, R>(name: string, fallback: R, fn: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token?: CancellationToken): Promise<R> => {
      try {
        return await fn(params, token ?? CancellationToken.None);
      } catch (e) {
        log(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        return fallback;
      }
    };
  }

  function settingsFor(uri: string): Promise<WhosaidSettings> {
    if (!support.configuration) return Promise.resolve(globalSettings);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'whosaid' }).then(sanitise, () => globalSettings);
      settingsCache.set(uri, s);
    }
    return s;
  }

  async function articleOf(uri: string): Promise<{ doc: TextDocument; article: Article; settings: WhosaidSettings } | null> {
    const doc = documents.get(uri);
    if (!doc) return null;
    const settings = await settingsFor(uri);
    const article = cache.get(doc, settings.maxFileSize);
    return { doc, article, settings };
  }

  /**
   * Brings the search index up to date with the open documents as typed (not as saved). Done
   * when a search needs it, not on every keystroke: typing only pays for the analysis.
   */
  async function indexOpenDocuments(): Promise<void> {
    for (const doc of documents.all()) {
      const a = await articleOf(doc.uri);
      if (!a) continue;
      const indexedAs = `${a.doc.version}:${a.settings.maxFileSize}`;
      if (indexedVersions.get(doc.uri) !== indexedAs) {
        index.set(doc.uri, a.doc.getText(), a.article);
        indexedVersions.set(doc.uri, indexedAs);
      }
    }
  }

  async function diagnosticsFor(uri: string): Promise<Diagnostic[]> {
    const a = await articleOf(uri);
    return a ? toDiagnostics(a.article, a.doc, a.settings.diagnostics) : [];
  }

  function schedulePush(uri: string): void {
    if (support.pullDiagnostics) return;
    clearTimeout(pushTimers.get(uri));
    pushTimers.set(
      uri,
      setTimeout(() => {
        pushTimers.delete(uri);
        void guard('push diagnostics', undefined, async () => {
          const doc = documents.get(uri);
          if (!doc) return;
          await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: await diagnosticsFor(uri) });
        })(undefined);
      }, PUSH_DELAY_MS),
    );
  }

  function refreshViews(): void {
    if (support.diagnosticRefresh) void connection.languages.diagnostics.refresh();
    else for (const d of documents.all()) schedulePush(d.uri);
    if (support.inlayHintRefresh) void connection.languages.inlayHint.refresh();
    if (support.semanticTokensRefresh) void connection.languages.semanticTokens.refresh();
    if (support.codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh');
  }

  async function indexWorkspace(): Promise<void> {
    const generation = ++scanGeneration;
    const stale = (): boolean => generation !== scanGeneration;
    if (folders.length === 0) return;
    const settings = support.configuration ? await settingsFor(folders[0]!) : globalSettings;
    const progress = support.workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => null) : null;
    progress?.begin('whosaid', 0, 'Indexing articles…', true);
    try {
      const uris: string[] = [];
      for (const f of folders) uris.push(...(await findArticles(f, settings, stale)));
      const pool = startPool();
      let done = 0;
      const report = (): void => {
        if (++done % 25 === 0) progress?.report(Math.round((100 * done) / uris.length), `${done}/${uris.length} articles`);
      };
      const skip = (uri: string): boolean => documents.get(uri) !== undefined; // open documents are indexed as typed
      if (pool) {
        // workers read, analyse and pack; this thread only files the results and answers requests
        try {
          let next = 0;
          const lane = async (): Promise<void> => {
            while (next < uris.length && !stale() && !progress?.token.isCancellationRequested) {
              const batch = uris.slice(next, next + INDEX_BATCH).filter((uri) => !skip(uri));
              const skipped = Math.min(INDEX_BATCH, uris.length - next) - batch.length;
              next += INDEX_BATCH;
              for (let k = 0; k < skipped; k++) report();
              if (batch.length === 0) continue;
              let results: IndexResult[];
              try {
                results = await pool.indexBatch(batch, settings.maxFileSize);
              } catch (e) {
                results = batch.map(() => ({ error: String(e) }));
              }
              batch.forEach((uri, k) => {
                const r = results[k];
                if (r && 'error' in r) log(`indexing ${uri} failed: ${r.error}`);
                else if (r?.packed && !stale() && !skip(uri)) index.setPacked(uri, r.packed);
                report();
              });
            }
          };
          await Promise.all(Array.from({ length: pool.size * 2 }, lane));
        } finally {
          await pool.dispose();
        }
        return;
      }
      for (const uri of uris) {
        if (stale() || progress?.token.isCancellationRequested) return;
        if (!skip(uri)) {
          const text = await readArticle(uri, settings.maxFileSize);
          if (text !== null) {
            try {
              index.set(uri, text, cache.get(TextDocument.create(uri, 'news', 0, text), settings.maxFileSize));
              cache.drop(uri);
            } catch (e) {
              log(`indexing ${uri} failed: ${String(e)}`);
            }
          }
        }
        report();
        if (done % 25 === 0) await new Promise((r) => setImmediate(r)); // let requests through
      }
    } finally {
      progress?.done();
    }
  }

  /** Index workers next to this file (dist/indexWorker.js), or null to index on this thread. */
  function startPool(): IndexPool | null {
    const file = path.join(__dirname, 'indexWorker.js');
    // WHOSAID_INDEX_WORKERS=0 indexes on the server thread (a machine that forbids threads, and tests)
    if (!existsSync(file) || process.env.WHOSAID_INDEX_WORKERS === '0') return null;
    try {
      return new IndexPool(file);
    } catch (e) {
      log(`index workers unavailable, indexing on the server thread: ${String(e)}`);
      return null;
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const c = params.capabilities;
    support = {
      pullDiagnostics: c.textDocument?.diagnostic !== undefined,
      configuration: c.workspace?.configuration === true,
      dynamicConfiguration: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
      workDoneProgress: c.window?.workDoneProgress === true,
      diagnosticRefresh: c.workspace?.diagnostics?.refreshSupport === true,
      inlayHintRefresh: c.workspace?.inlayHint?.refreshSupport === true,
      semanticTokensRefresh: c.workspace?.semanticTokens?.refreshSupport === true,
      codeLensRefresh: c.workspace?.codeLens?.refreshSupport === true,
      workspaceFolders: c.workspace?.workspaceFolders === true,
    };
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
    globalSettings = sanitise((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: { label: 'whosaid' },
        workspaceSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        inlayHintProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: LEGEND, full: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, TYPOGRAPHIC_ALL_KIND] },
        diagnosticProvider: support.pullDiagnostics ? { identifier: 'whosaid', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'whosaid' },
    };
  });

  connection.onInitialized(() => {
    if (support.dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'whosaid' });
    if (support.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        folders = folders.filter((f) => !e.removed.some((r) => r.uri === f)).concat(e.added.map((a) => a.uri));
        scan = indexWorkspace().catch((err) => log(`workspace indexing failed: ${String(err)}`));
      });
    }
    scan = indexWorkspace().catch((e) => log(`workspace indexing failed: ${String(e)}`));
  });

  connection.onDidChangeConfiguration(
    guard('configuration', undefined, (change: { settings?: unknown }) => {
      settingsCache.clear();
      const section = (change.settings as { whosaid?: unknown } | null | undefined)?.whosaid;
      if (section !== undefined) globalSettings = sanitise(section);
      refreshViews();
      scan = indexWorkspace().catch((e) => log(`workspace indexing failed: ${String(e)}`));
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('watched files', undefined, async (params: { changes: { uri: string; type: number }[] }) => {
      for (const change of params.changes) {
        if (documents.get(change.uri)) continue; // open documents are indexed from the editor's text
        if (change.type === FileChangeType.Deleted) {
          index.delete(change.uri);
          continue;
        }
        const settings = await settingsFor(change.uri);
        const text = await readArticle(change.uri, settings.maxFileSize);
        if (text === null) index.delete(change.uri);
        else index.set(change.uri, text, cache.get(TextDocument.create(change.uri, 'news', 0, text), settings.maxFileSize));
        cache.drop(change.uri);
      }
    }),
  );

  documents.onDidChangeContent((e) => schedulePush(e.document.uri));
  documents.onDidClose((e) => {
    cache.drop(e.document.uri);
    indexedVersions.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    clearTimeout(pushTimers.get(e.document.uri));
    if (!support.pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(
    guard('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params) => ({ kind: DocumentDiagnosticReportKind.Full, items: await diagnosticsFor(params.textDocument.uri) })),
  );

  connection.onHover(
    guard('hover', null, async (params) => {
      const a = await articleOf(params.textDocument.uri);
      return a ? hoverAt(a.article, a.doc, a.doc.offsetAt(params.position)) : null;
    }),
  );

  connection.onDocumentSymbol(
    guard('document symbols', [], async (params) => {
      const a = await articleOf(params.textDocument.uri);
      return a ? documentSymbols(a.article, a.doc) : [];
    }),
  );

  connection.onDefinition(
    guard('definition', null, async (params) => {
      const a = await articleOf(params.textDocument.uri);
      return a ? definition(a.article, a.doc, a.doc.offsetAt(params.position)) : null;
    }),
  );

  connection.onReferences(
    guard('references', [], async (params) => {
      const a = await articleOf(params.textDocument.uri);
      return a ? references(a.article, a.doc, a.doc.offsetAt(params.position), params.context.includeDeclaration) : [];
    }),
  );

  connection.onDocumentHighlight(
    guard('highlights', [], async (params) => {
      const a = await articleOf(params.textDocument.uri);
      return a ? documentHighlights(a.article, a.doc, a.doc.offsetAt(params.position)) : [];
    }),
  );

  connection.languages.inlayHint.on(
    guard('inlay hints', [], async (params) => {
      const a = await articleOf(params.textDocument.uri);
      if (!a || !a.settings.inlayHints) return [];
      return inlayHints(a.article, a.doc, { start: a.doc.offsetAt(params.range.start), end: a.doc.offsetAt(params.range.end) });
    }),
  );

  connection.onCodeLens(
    guard('code lens', [], async (params) => {
      const a = await articleOf(params.textDocument.uri);
      return a && a.settings.codeLens ? codeLenses(a.article, a.doc) : [];
    }),
  );

  connection.languages.semanticTokens.on(
    guard('semantic tokens', { data: [] }, async (params) => {
      const a = await articleOf(params.textDocument.uri);
      return a ? semanticTokens(a.article, a.doc) : { data: [] };
    }),
  );

  connection.onCodeAction(
    guard('code actions', [], async (params) => {
      const a = await articleOf(params.textDocument.uri);
      if (!a) return [];
      const range = { start: a.doc.offsetAt(params.range.start), end: a.doc.offsetAt(params.range.end) };
      const actions = codeActions(a.article, a.doc, range, params.context.diagnostics);
      const only = params.context.only;
      return only ? actions.filter((x) => only.some((k) => x.kind === k || x.kind?.startsWith(k + '.'))) : actions;
    }),
  );

  connection.onWorkspaceSymbol(
    guard('workspace symbols', [] as SymbolInformation[], async (params, token) => {
      await Promise.race([scan, new Promise((r) => setTimeout(r, 2000))]);
      await indexOpenDocuments();
      const cancelled = (): boolean => token.isCancellationRequested;
      const speakers: SymbolInformation[] = index.speakers(params.query, 200, cancelled).map((s) => ({ name: s.name, kind: SymbolKind.Class, containerName: s.role ?? undefined, location: { uri: s.uri, range: s.range } }));
      const quotes: SymbolInformation[] = params.query.trim()
        ? index.search(params.query, 200, cancelled).map((h) => ({ name: h.text, kind: SymbolKind.String, containerName: h.speaker ?? 'unattributed', location: { uri: h.uri, range: h.range } }))
        : [];
      return [...speakers, ...quotes];
    }),
  );

  connection.onRequest(
    SearchQuotesRequest,
    guard('searchQuotes', [], async (params, token) => {
      await Promise.race([scan, new Promise((r) => setTimeout(r, 2000))]);
      await indexOpenDocuments();
      return index.search(String(params?.query ?? ''), Math.min(Math.max(1, params?.limit ?? 100), 1000), () => token.isCancellationRequested);
    }),
  );

  connection.onRequest(
    ArticleSummaryRequest,
    guard('articleSummary', null, async (params) => {
      const a = await articleOf(params.uri);
      return a ? articleSummary(a.article, a.doc) : null;
    }),
  );

  connection.onRequest(
    ExportQuotesRequest,
    guard('exportQuotes', { content: '', language: 'plaintext' }, async (params) => {
      const uris = params.uri ? [params.uri] : documents.all().map((d) => d.uri);
      const items = [];
      for (const uri of uris) {
        const a = await articleOf(uri);
        if (a) items.push({ doc: a.doc, article: a.article });
      }
      const format = params.format === 'csv' || params.format === 'markdown' ? params.format : 'json';
      return exportQuotes(items, format);
    }),
  );

  documents.listen(connection);
  return { cache, index, indexed: () => scan };
}
