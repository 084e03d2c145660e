// npm run bench: engine throughput (an archive, one large input, a 1 MB story, a keystroke's
// re-analysis) beside compromise's quotations() on the same text (medians and ratio), pathological
// inputs at n/2n/4n, the language server over stdio (bench/server.mjs), and accuracy on
// ../shared/corpus/polnear-dev.jsonl when it exists. Figures only: nothing here asserts a time.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreCorpus, printAccuracy } from './accuracy.mjs';
import { time } from './stats.mjs';
import { benchPathological } from './pathological.mjs';
import { benchServer } from './server.mjs';
import { benchMachine } from './machine.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const { analyse, ParagraphMemo } = require(path.join(root, 'dist', 'engine.js'));
const corpus = path.join(root, '..', 'shared', 'corpus', 'polnear-dev.jsonl');

// Real news text: the corpus when present, else the bundled samples, repeated to about 4 MB.
let stories = [];
if (existsSync(corpus)) stories = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
else stories = readdirSync(path.join(root, 'samples')).map((f) => readFileSync(path.join(root, 'samples', f), 'utf8'));
let big = '';
while (big.length < 4_000_000) big += stories.join('\n\n') + '\n\n';
const mb = Buffer.byteLength(big, 'utf8') / 1e6;

await benchMachine(path.join(root, 'dist', 'engine.js'), stories);
console.log('');

// An archive: every story analysed on its own, as the CLI and the server do.
const archiveMb = stories.reduce((n, s) => n + Buffer.byteLength(s, 'utf8'), 0) / 1e6;
for (let i = 0; i < 3; i++) for (const s of stories) analyse(s); // warm up the JIT
const archive = time(() => {
  for (const s of stories) analyse(s);
}, 15);
console.log(`engine: ${stories.length} stories, ${archiveMb.toFixed(2)} MB, each analysed on its own`);
console.log(`  whosaid analyse()        median ${archive.median.toFixed(0)} ms, p95 ${archive.p95.toFixed(0)} ms, max ${archive.max.toFixed(0)} ms  → ${(archiveMb / (archive.median / 1000)).toFixed(1)} MB/s`);

// One very large input: the same stories joined into a single ${mb} MB text.
analyse(big); // warm up
const ours = time(() => analyse(big), 7);
console.log(`engine: one input of ${mb.toFixed(2)} MB (the stories joined)`);
console.log(`  whosaid analyse()        median ${ours.median.toFixed(0)} ms, p95 ${ours.p95.toFixed(0)} ms, max ${ours.max.toFixed(0)} ms  → ${(mb / (ours.median / 1000)).toFixed(1)} MB/s`);

let compromiseRate = null;
try {
  const nlp = require('compromise');
  // compromise is slow: measure it on a slice and report its rate
  const slice = big.slice(0, 200_000);
  const sliceMb = Buffer.byteLength(slice, 'utf8') / 1e6;
  nlp(slice).quotations().out('array'); // warm up
  const theirs = time(() => nlp(slice).quotations().out('array'), 3);
  compromiseRate = sliceMb / (theirs.median / 1000);
  for (let i = 0; i < 5; i++) analyse(slice); // warm up, as for compromise's first run
  const oursOnSlice = time(() => analyse(slice), 21);
  const oursRate = sliceMb / (oursOnSlice.median / 1000);
  console.log(`  compromise quotations()  median ${theirs.median.toFixed(0)} ms on ${sliceMb.toFixed(2)} MB → ${compromiseRate.toFixed(3)} MB/s`);
  console.log(`  whosaid on the same ${sliceMb.toFixed(2)} MB: median ${oursOnSlice.median.toFixed(1)} ms → ${oursRate.toFixed(1)} MB/s, ${Math.round(oursRate / compromiseRate)}× compromise`);
} catch (e) {
  console.log(`  compromise: not measured (${e.message})`);
}

// a 1 MB story
const oneMb = big.slice(0, 1_000_000);
analyse(oneMb);
const one = time(() => analyse(oneMb), 9);
console.log(`  one story of 1.00 MB: median ${one.median.toFixed(0)} ms, p95 ${one.p95.toFixed(0)} ms, max ${one.max.toFixed(0)} ms`);

// one keystroke's worth of work: a 1,000-word story analysed again
const story = stories.find((s) => s.split(/\s+/).length >= 900) ?? stories[0];
const small = time(() => analyse(story), 200);
console.log(`  one story of ${story.split(/\s+/).length} words (a keystroke's full re-analysis): median ${small.median.toFixed(2)} ms, p95 ${small.p95.toFixed(2)} ms, max ${small.max.toFixed(2)} ms`);

// the same keystrokes as the language server makes them: one character typed, then analysed with
// the document's paragraph memo (unchanged paragraphs reused), at the end and in the middle
for (const where of ['end', 'middle']) {
  const memo = new ParagraphMemo();
  let typed = story;
  analyse(typed, { memo });
  const at = () => (where === 'end' ? typed.length : Math.floor(typed.length / 2));
  const keystrokes = time(() => {
    const k = at();
    typed = typed.slice(0, k) + 'x' + typed.slice(k);
    analyse(typed, { memo });
  }, 200);
  console.log(`  the same story, one character typed at the ${where.padEnd(6)} and re-analysed with the paragraph memo: median ${keystrokes.median.toFixed(2)} ms, p95 ${keystrokes.p95.toFixed(2)} ms, max ${keystrokes.max.toFixed(2)} ms`);
}

console.log('');
benchPathological(analyse);

console.log('');
await benchServer(root);

if (existsSync(corpus)) {
  console.log('');
  const { totals } = await scoreCorpus(corpus);
  printAccuracy(totals);
} else {
  console.log(`\naccuracy: skipped, ${corpus} is not present`);
}
