// The language server measured over stdio as an editor talks to it: start to first diagnostics,
// hover while typing, a 20 MB document, a workspace of 10,000 generated stories (index time,
// memory, quote search) and CPU while idle. Figures only: nothing here asserts a time.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from './lspSession.mjs';
import { fmt, summary } from './stats.mjs';

const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Position (line, character) of offset `at` in `text`. */
function positionAt(text, at) {
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  return { line, character: at - (before.lastIndexOf('\n') + 1) };
}

const NAMES = ['Ann Lee', 'Tom Hart', 'Maria Lopez', 'Karl Weber', 'Ruth Bell', 'Dan Reed', 'Jane Doe', 'Hugh Hill', 'Amira Haddad', 'Kenji Sato', 'Olga Petrova', 'Samuel Okafor'];
const ROLES = ['the mayor', 'a city councillor', 'the union leader', 'a spokeswoman for the ministry', 'the finance minister', 'a local resident', 'the police chief', 'an economist at the central bank'];

/** A story of about 5 KB from real sentences and attribution templates; deterministic in `n`. */
function makeStory(n, sentences) {
  let seed = n * 2654435761 % 4294967296;
  const rand = (k) => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed % k;
  };
  const pick = (xs) => xs[rand(xs.length)];
  const name = pick(NAMES);
  const other = pick(NAMES);
  const surname = (x) => x.split(' ').pop();
  const paras = [`Story ${n}: ${pick(sentences).slice(0, 60)}`, `HARBOURTOWN, March ${1 + (n % 28)} (Wire) — ${pick(sentences)}`];
  while (paras.join('\n\n').length < 5000) {
    const quote = pick(sentences).replace(/[.?!]$/, '');
    switch (rand(5)) {
      case 0: paras.push(`“${quote},” ${name}, ${pick(ROLES)}, said on ${pick(['Monday', 'Tuesday', 'Friday'])}. ${pick(sentences)}`); break;
      case 1: paras.push(`${surname(name)} said that ${pick(sentences).charAt(0).toLowerCase()}${pick(sentences).slice(1)} “${quote},” he added.`); break;
      case 2: paras.push(`${other} told reporters: “${quote}.” ${pick(sentences)}`); break;
      case 3: paras.push(`${pick(sentences)} ${pick(sentences)}`); break;
      default: paras.push(`“${quote},” said ${surname(other)}. “${pick(sentences)}”`);
    }
  }
  return paras.join('\n\n') + '\n';
}

function realSentences(root) {
  const texts = readdirSync(path.join(root, 'samples')).map((f) => readFileSync(path.join(root, 'samples', f), 'utf8'));
  const corpus = path.join(root, '..', 'shared', 'corpus', 'polnear-dev.jsonl');
  // read at run time only: the corpus is never copied into the project
  if (existsSync(corpus)) for (const l of readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, 200)) texts.push(JSON.parse(l).text);
  const out = [];
  for (const t of texts) for (const s of t.replace(/[“”"‘’]/g, '').split(/(?<=[.?!])\s+/)) if (s.length > 40 && s.length < 220) out.push(s.trim());
  return out;
}

/** A folder of `count` generated stories in the system's temp dir (made once, then reused). */
export function benchWorkspace(root, count = 10000) {
  const dir = path.join(tmpdir(), `whosaid-bench-workspace-${count}-v1`);
  if (!existsSync(path.join(dir, `story-${count - 1}.txt`))) {
    mkdirSync(dir, { recursive: true });
    const sentences = realSentences(root);
    for (let n = 0; n < count; n++) writeFileSync(path.join(dir, `story-${n}.txt`), makeStory(n, sentences));
  }
  return dir;
}

export async function benchServer(root, { workspaceStories = 10000 } = {}) {
  const server = path.join(root, 'dist', 'server.js');
  const seedText = readFileSync(path.join(root, 'samples', 'blinken-beijing-dpa.txt'), 'utf8');
  console.log('language server over stdio (dist/server.js)');

  // start to first diagnostics; the server's code cache (server/src/codeCache.ts) in a new folder,
  // so the first start is one after installation, with no cache yet
  process.env.WHOSAID_CODE_CACHE_DIR = mkdtempSync(path.join(tmpdir(), 'whosaid-bench-code-cache-'));
  const starts = [];
  for (let i = 0; i < 10; i++) {
    const s = new LspSession(server);
    const t0 = now();
    await s.initialize();
    await s.open('file:///bench/seed.txt', seedText);
    await s.request('textDocument/diagnostic', { textDocument: { uri: 'file:///bench/seed.txt' } });
    starts.push(now() - t0);
    await s.close();
  }
  console.log(`  start to first diagnostics (process start, initialize, open, pull)  ${fmt(summary(starts))}; the first, with no code cache yet, ${starts[0].toFixed(0)} ms`);

  // hover round trips while the user types into a 1,000-word story
  const s = new LspSession(server);
  await s.initialize();
  const uri = 'file:///bench/typing.txt';
  // a story of about 1,000 words: the seed story and its body again
  const body = seedText.split('\n\n').slice(2);
  let text = seedText;
  for (let k = 0; text.split(/\s+/).length < 1000; k++) text += '\n\n' + body[k % body.length];
  await s.open(uri, text);
  await s.request('textDocument/diagnostic', { textDocument: { uri } });
  const he = positionAt(text, text.indexOf(' he said') + 1);
  const hovers = [];
  const keystrokes = [];
  for (let v = 2; v < 302; v++) {
    const end = positionAt(text, text.length);
    text += 'x';
    const k0 = now();
    await s.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: end, end }, text: 'x' }] });
    const h0 = now();
    await s.request('textDocument/hover', { textDocument: { uri }, position: he });
    hovers.push(now() - h0);
    await s.request('textDocument/diagnostic', { textDocument: { uri } });
    keystrokes.push(now() - k0);
  }
  const words = text.split(/\s+/).length;
  console.log(`  hover right after each keystroke (${words}-word story, 300 edits)            ${fmt(summary(hovers), 2)}`);
  // (V8 optimises the engine's functions during the first hundred or so edits of a fresh server)
  console.log(`    of which the last 150 edits, once the JIT has settled                   ${fmt(summary(hovers.slice(150)), 2)}`);
  console.log(`  keystroke to fresh diagnostics (edit, hover, pull)                       ${fmt(summary(keystrokes), 2)}`);

  // a 20 MB document: refused with a diagnostic, the server stays responsive
  const huge = 'The council met on Monday. “We agreed,” Ann Lee said.\n\n'.repeat(Math.ceil(20_000_000 / 56)).slice(0, 20_000_000);
  const h0 = now();
  await s.open('file:///bench/huge.txt', huge);
  const report = await s.request('textDocument/diagnostic', { textDocument: { uri: 'file:///bench/huge.txt' } });
  const hugeMs = now() - h0;
  const a0 = now();
  await s.request('textDocument/hover', { textDocument: { uri }, position: he });
  const after = now() - a0;
  const mem = s.memory();
  console.log(`  a 20 MB document: answered in ${hugeMs.toFixed(0)} ms with “${report.items?.[0]?.message ?? 'no diagnostic'}”; next hover ${after.toFixed(1)} ms; server ${mem ? `${mem.rss.toFixed(0)} MB resident, peak ${mem.peak.toFixed(0)} MB` : 'memory not measured'}`);
  await s.close();

  // the workspace index
  const folder = benchWorkspace(root, workspaceStories);
  const files = readdirSync(folder);
  const mb = files.reduce((n, f) => n + readFileSync(path.join(folder, f)).length, 0) / 1e6;
  const w = new LspSession(server, { folder });
  const i0 = now();
  await w.initialize();
  await w.progressEnded;
  const indexMs = now() - i0;
  const wm = w.memory();
  console.log(`  workspace index: ${files.length} stories, ${mb.toFixed(1)} MB in ${(indexMs / 1000).toFixed(2)} s; ${wm ? `${wm.rss.toFixed(0)} MB resident, peak ${wm.peak.toFixed(0)} MB` : 'memory not measured'}`);
  const queries = ['budget', 'we agreed', 'Ann Lee', 'council', 'market', 'talks', 'people', 'the', 'united states', 'never'];
  const searches = [];
  let hits = 0;
  for (let r = 0; r < 5; r++) {
    for (const q of queries) {
      const q0 = now();
      const res = await w.request('whosaid/searchQuotes', { query: q });
      searches.push(now() - q0);
      hits += res.length;
    }
  }
  console.log(`  quote search over the index (${searches.length} queries, ${Math.round(hits / searches.length)} hits each on average)     ${fmt(summary(searches), 1)}`);

  // idle: nothing changes for ten seconds
  const c0 = w.cpuMs();
  await sleep(10000);
  const c1 = w.cpuMs();
  console.log(`  idle for 10 s after indexing: ${c0 === null ? 'not measured' : `${(c1 - c0).toFixed(0)} ms of CPU`}`);
  await w.close();

  // typing while the same workspace is indexed (a new server): a keystroke and a hover every 30 ms
  const t = new LspSession(server, { folder });
  await t.initialize();
  let indexing = true;
  void t.progressEnded.then(() => (indexing = false));
  let typed = seedText;
  await t.open(uri, typed);
  const during = [];
  for (let v = 2; indexing; v++) {
    const end = positionAt(typed, typed.length);
    typed += 'x';
    await t.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: end, end }, text: 'x' }] });
    const h0 = now();
    await t.request('textDocument/hover', { textDocument: { uri }, position: he }); // (the seed story opens the typing story: the same place)
    during.push(now() - h0);
    await sleep(30);
  }
  console.log(`  hover after each keystroke while the workspace is indexed (${during.length} keystrokes, every 30 ms)  ${fmt(summary(during), 2)}`);
  await t.close();
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
  await benchServer(root);
}
