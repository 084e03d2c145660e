/**
 * The `whosaid` command: the same engine as the editor, for batch work and CI. Reads files,
 * directories or standard input and prints findings, a report, JSON, CSV or SARIF. Corpus mode
 * (--jsonl-input) streams {"id","text"} lines to one result line each, in input order.
 *
 * Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 bad usage or an
 * input that could not be read (the other inputs are still reported).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command, Option } from 'commander';
import { analyse, FINDING_DESCRIPTIONS, type AnalyseOptions, type FindingCode, type Severity } from './analysis/index';
import { expandPaths, readStory, type ReadResult } from './cli/inputs';
import { CSV_HEADER, csvRows, findingLines, jsonRecord, reportLines, sarif, type AnalysedFile } from './cli/formats';
import { toDocumentRecord } from './export/records';

declare const WHOSAID_VERSION: string | undefined;
const VERSION = typeof WHOSAID_VERSION === 'string' ? WHOSAID_VERSION : '0.0.0-dev';

type Format = 'text' | 'report' | 'json' | 'jsonl' | 'csv' | 'sarif';
type FailOn = 'error' | 'warning' | 'info' | 'never';

interface Options {
  format: Format;
  failOn: FailOn;
  jsonlInput?: string;
  maxSize: number;
  progress: boolean;
  doubleApostrophes?: boolean;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };
const FAIL_RANK: Record<FailOn, number> = { error: 3, warning: 2, info: 1, never: 99 };

function write(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(line + '\n')) resolve();
    else process.stdout.once('drain', resolve);
  });
}

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('whosaid')
    .description('Marks up quotations, speakers and claims in plain-text news stories.')
    .version(VERSION)
    .argument('[paths...]', 'story files or directories (.txt, .news, .wire); - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'report', 'json', 'jsonl', 'csv', 'sarif']).default('text'))
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding at or above this level exists').choices(['error', 'warning', 'info', 'never']).default('error'))
    .option('--jsonl-input <file>', 'corpus mode: read {"id","text"} lines from FILE (- for standard input), write one JSON line each')
    .option('--max-size <bytes>', 'skip files larger than this', (v) => Number.parseInt(v, 10), 20_000_000)
    .option('--double-apostrophes', "read ''two apostrophes'' as a double quotation mark (old ASCII feeds)")
    .option('--no-progress', 'never print a progress line on standard error')
    .showHelpAfterError()
    .exitOverride();
  let paths: string[];
  let opts: Options;
  try {
    program.parse(argv);
    paths = program.args;
    opts = program.opts<Options>();
  } catch (e) {
    const code = (e as { exitCode?: number }).exitCode;
    return code === 0 ? 0 : 2;
  }
  if (!Number.isFinite(opts.maxSize) || opts.maxSize <= 0) {
    process.stderr.write('whosaid: --max-size must be a positive number of bytes\n');
    return 2;
  }
  if (opts.jsonlInput !== undefined) return corpusMode(opts.jsonlInput, { maxLength: opts.maxSize, doubleApostrophes: opts.doubleApostrophes === true });
  if (paths.length === 0) {
    program.outputHelp();
    return 2;
  }
  return filesMode(paths, opts);
}

async function corpusMode(input: string, engine: AnalyseOptions): Promise<number> {
  const stream = input === '-' ? process.stdin : createReadStream(input, { encoding: 'utf8' });
  let failed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    process.stderr.write(`whosaid: ${input}: ${e.code === 'ENOENT' ? 'no such file' : e.message}\n`);
    failed = true;
  });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(line);
    } catch {
      process.stderr.write(`whosaid: ${input}:${n}: not a JSON line: skipped\n`);
      await write(JSON.stringify({ id: null, line: n, error: 'not a JSON line' }));
      failed = true;
      continue;
    }
    const id = typeof doc.id === 'string' || typeof doc.id === 'number' ? String(doc.id) : String(n);
    if (typeof doc.text !== 'string') {
      process.stderr.write(`whosaid: ${input}:${n}: no "text" string: skipped\n`);
      await write(JSON.stringify({ id, error: 'no text' }));
      failed = true;
      continue;
    }
    const article = analyse(doc.text, engine);
    await write(JSON.stringify(toDocumentRecord(id, article)));
  }
  return failed ? 2 : 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function filesMode(paths: string[], opts: Options): Promise<number> {
  const stdin = paths.includes('-');
  const { files, errors } = await expandPaths(paths.filter((p) => p !== '-'));
  const results: ReadResult[] = [...errors];
  const analysed: AnalysedFile[] = [];
  const empty: string[] = [];
  const showProgress = opts.progress && process.stderr.isTTY === true && files.length > 20;
  if (stdin) analysed.push(analyseFile('<stdin>', await readStdin(), engineOptions(opts)));
  for (let i = 0; i < files.length; i++) {
    if (showProgress) process.stderr.write(`\rwhosaid: ${i + 1}/${files.length} ${files[i]!.slice(-50).padEnd(50)}`);
    const r = await readStory(files[i]!, opts.maxSize);
    if (!r.ok) results.push(r);
    else {
      // an empty story is read and reported (no quotes), with a note so nobody wonders why
      if (r.text.trim() === '') empty.push(r.path);
      analysed.push(analyseFile(r.path, r.text, engineOptions(opts)));
    }
  }
  if (showProgress) process.stderr.write('\r' + ' '.repeat(70) + '\r');
  for (const r of results) if (!r.ok) process.stderr.write(`whosaid: ${r.path}: ${r.error}\n`);
  for (const file of empty) process.stderr.write(`whosaid: ${file}: empty file, nothing to analyse\n`);

  switch (opts.format) {
    case 'text':
      for (const f of analysed) for (const l of findingLines(f)) await write(l);
      await write(summary(analysed, results.length));
      break;
    case 'report':
      for (const f of analysed) for (const l of reportLines(f)) await write(l);
      await write(summary(analysed, results.length));
      break;
    case 'json':
      await write(JSON.stringify(analysed.map(jsonRecord), null, 2));
      break;
    case 'jsonl':
      for (const f of analysed) await write(JSON.stringify(jsonRecord(f)));
      break;
    case 'csv':
      await write(CSV_HEADER);
      for (const f of analysed) for (const row of csvRows(f)) await write(row);
      break;
    case 'sarif': {
      const rules = (Object.keys(FINDING_DESCRIPTIONS) as FindingCode[]).map((id) => ({ id, text: FINDING_DESCRIPTIONS[id] }));
      await write(JSON.stringify(sarif(analysed, VERSION, rules), null, 2));
      break;
    }
  }
  if (results.some((r) => !r.ok)) return 2;
  const worst = Math.max(-1, ...analysed.flatMap((f) => f.article.findings.map((x) => RANK[x.severity])));
  return worst >= FAIL_RANK[opts.failOn] ? 1 : 0;
}

function engineOptions(opts: Options): AnalyseOptions {
  return { maxLength: opts.maxSize, doubleApostrophes: opts.doubleApostrophes === true };
}

function analyseFile(path: string, text: string, engine: AnalyseOptions): AnalysedFile {
  return { path, text, article: analyse(text, engine) };
}

function summary(files: AnalysedFile[], unreadable: number): string {
  let quotes = 0;
  let unattributed = 0;
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of files) {
    for (const q of f.article.quotes) {
      if (q.kind === 'term') continue;
      quotes++;
      if (q.attribution.confidence < 0.5) unattributed++;
    }
    for (const x of f.article.findings) counts[x.severity]++;
  }
  const skipped = unreadable ? `, ${unreadable} not read` : '';
  return `${files.length} file${files.length === 1 ? '' : 's'}${skipped}: ${quotes} quotes, ${unattributed} unattributed; ${counts.error} errors, ${counts.warning} warnings, ${counts.information} info, ${counts.hint} hints`;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`whosaid: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
