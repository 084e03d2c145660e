// node bench/tokenizerFloor.mjs (after npm test or `npx tsc -p .`): what tokenising news text costs
// at each step of the present design (class of each character, word boundaries, one object per
// token, one string per token, a lexicon look-up per word) beside the engine's own tokenizer and a
// string-free prototype (tokens as numbers in typed arrays, lexicon ids from a case-folding hash
// over the char codes). The figures behind issue 6's question of a faster engine; best of 20 runs.
// Reads the corpus in ../shared/corpus/ when present, else the samples.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, '..', 'shared', 'corpus', 'polnear-dev.jsonl');
const docs = existsSync(corpus)
  ? readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text)
  : readdirSync(path.join(root, 'samples')).map((f) => readFileSync(path.join(root, 'samples', f), 'utf8'));
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;
const tokensJs = path.join(root, 'out', 'server', 'src', 'analysis', 'text', 'tokens.js');
const { tokenize } = existsSync(tokensJs) ? require(tokensJs) : { tokenize: null };

// 1 letter or digit, 2 upper-case letter, 3 combining mark, 4 space, 0 anything else
const CLASS = new Uint8Array(65536);
const FOLD = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /\p{Lu}/u.test(ch) ? 2 : /[\p{L}\p{N}]/u.test(ch) ? 1 : /\p{M}/u.test(ch) ? 3 : /\s/u.test(ch) ? 4 : 0;
  const lower = ch.toLowerCase();
  FOLD[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
}
const isWord = (k) => k === 1 || k === 2;

// the lexicon: every word the engine's tables know that the text holds (read off its tokenizer)
const lexicon = new Set(['the', 'a', 'said', 'says', 'told', 'according', 'to', 'he', 'she', 'it', 'they', 'was', 'is']);
if (tokenize) for (const d of docs) for (const t of tokenize(d, 0, d.length)) if (t.isWord && (t.flags || t.cue)) lexicon.add(t.lower);
const lexiconMap = new Map([...lexicon].map((w, i) => [w, i + 1]));
const SIZE = 1 << 13;
const slotWord = new Array(SIZE).fill(null);
const slotId = new Int32Array(SIZE);
const hashOf = (s) => {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return (h ^ (h >>> 13)) & (SIZE - 1);
};
for (const [w, id] of lexiconMap) {
  let k = hashOf(w);
  while (slotWord[k] !== null) k = (k + 1) & (SIZE - 1);
  slotWord[k] = w;
  slotId[k] = id;
}

/** The prototype: fills `out` with start, end, lexicon id (0: none) and class per token; returns the count. */
function tokenizeToIds(text, out) {
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const k = CLASS[text.charCodeAt(i)];
    if (k === 4) {
      i++;
      continue;
    }
    if (!isWord(k)) {
      out.start[n] = i;
      out.end[n] = i + 1;
      out.id[n] = 0;
      out.kind[n++] = 0;
      i++;
      continue;
    }
    let j = i;
    let h = 0;
    for (;;) {
      const d = text.charCodeAt(j);
      const dk = CLASS[d];
      const joins = (d === 46 || d === 39 || d === 0x2019 || d === 45) && j + 1 < text.length && isWord(CLASS[text.charCodeAt(j + 1)]);
      if (j < text.length && (isWord(dk) || dk === 3 || joins)) {
        h = (Math.imul(h, 31) + FOLD[d]) | 0;
        j++;
      } else break;
    }
    let slot = (h ^ (h >>> 13)) & (SIZE - 1);
    let id = 0;
    for (let w = slotWord[slot]; w !== null; slot = (slot + 1) & (SIZE - 1), w = slotWord[slot]) {
      if (w.length !== j - i) continue;
      let q = 0;
      while (q < w.length && w.charCodeAt(q) === FOLD[text.charCodeAt(i + q)]) q++;
      if (q === w.length) {
        id = slotId[slot];
        break;
      }
    }
    out.start[n] = i;
    out.end[n] = j;
    out.id[n] = id;
    out.kind[n++] = k;
    i = j;
  }
  return n;
}

function best(f) {
  let ms = Infinity;
  for (let r = 0; r < 20; r++) {
    const t0 = process.hrtime.bigint();
    f();
    ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return ms;
}
/** Word spans of `d`, handed to `each(start, end)`. */
function words(d, each) {
  let s = -1;
  for (let i = 0; i <= d.length; i++) {
    const w = i < d.length && CLASS[d.charCodeAt(i)] !== 0 && CLASS[d.charCodeAt(i)] !== 4;
    if (w && s < 0) s = i;
    else if (!w && s >= 0) {
      each(s, i);
      s = -1;
    }
  }
}

let sink = 0;
const rows = [
  ['the class of every character', () => { for (const d of docs) for (let i = 0; i < d.length; i++) sink += CLASS[d.charCodeAt(i)]; }],
  ['+ word boundaries', () => { for (const d of docs) words(d, () => sink++); }],
  ['+ one object per token', () => { const out = []; for (const d of docs) words(d, (start, end) => out.push({ start, end })); sink += out.length; }],
  ['+ a string per token', () => { const out = []; for (const d of docs) words(d, (start, end) => out.push({ start, end, text: d.slice(start, end) })); sink += out.length; }],
  ['+ a lexicon look-up per word', () => { const out = []; for (const d of docs) words(d, (start, end) => { const text = d.slice(start, end); out.push({ start, end, text, id: lexiconMap.get(text) }); }); sink += out.length; }],
];
if (tokenize) rows.push(["the engine's tokenizer (text/tokens.ts)", () => { for (const d of docs) sink += tokenize(d, 0, d.length).length; }]);
const cap = Math.max(...docs.map((d) => d.length)) + 1;
const out = { start: new Int32Array(cap), end: new Int32Array(cap), id: new Int32Array(cap), kind: new Uint8Array(cap) };
rows.push(['prototype: no strings, no objects, lexicon ids', () => { for (const d of docs) sink += tokenizeToIds(d, out); }]);

console.log(`tokenising ${docs.length} stories, ${mb.toFixed(2)} MB (best of 20; 30 MB/s for the whole engine leaves ${(mb / 30 * 1000).toFixed(0)} ms in all)`);
for (const [name, f] of rows) {
  const ms = best(f);
  console.log(`  ${name.padEnd(50)} ${ms.toFixed(1).padStart(6)} ms  ${(mb / (ms / 1000)).toFixed(0).padStart(4)} MB/s`);
}
if (!tokenize) console.log("  (the engine's tokenizer: run `npx tsc -p .` first)");
if (sink < 0) console.log(sink);
