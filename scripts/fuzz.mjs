// npm run fuzz: the engine's properties (test/analysis/properties.test.ts) over 100,000 generated
// stories each (WHOSAID_FUZZ_RUNS to change it). Prints how many ran and failed, with the smallest
// counterexample of a failure; exit code 1 when any property failed.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const fc = require('fast-check');
const { analyse } = require(path.join(root, 'out', 'server', 'src', 'analysis', 'index.js'));
const { story, assertSpansSound, quoteLines } = require(path.join(root, 'out', 'test', 'helpers', 'stories.js'));

const runs = Number(process.env.WHOSAID_FUZZ_RUNS ?? 100000);
const properties = {
  'never throws, every span sound': (text) => assertSpansSound(text, analyse(text)),
  'same result twice': (text) => assert.equal(JSON.stringify(analyse(text)), JSON.stringify(analyse(text))),
  'CRLF gives the same quotes': (text) => {
    const crlf = text.replace(/\n/g, '\r\n');
    const ends = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) ends.push(i);
    const map = (o) => {
      let n = 0;
      while (n < ends.length && ends[n] < o) n++;
      return o + n;
    };
    assert.deepEqual(quoteLines(analyse(crlf)), quoteLines(analyse(text), map));
  },
};

let ran = 0;
let failed = 0;
for (const [name, check] of Object.entries(properties)) {
  const t = Date.now();
  const r = fc.check(fc.property(story, check), { numRuns: runs });
  ran += r.numRuns;
  if (r.failed) failed++;
  console.log(`${r.failed ? '✘' : '✔'} ${name}: ${r.numRuns} cases in ${Math.round((Date.now() - t) / 1000)} s${r.failed ? `, failed; smallest counterexample: ${JSON.stringify(r.counterexample)}\n  ${String(r.errorInstance ?? r.error).split('\n')[0]}` : ''}`);
}
console.log(`\n${ran} generated cases run, ${failed} properties failed`);
process.exitCode = failed ? 1 : 0;
