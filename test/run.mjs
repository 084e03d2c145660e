// Runs every compiled test (out/test/**/*.test.js) with mocha and ends with the plain line
// "N passed, N failed" that CI reads. Exit code 1 when anything failed.
import Mocha from 'mocha';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function find(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...find(p));
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

const mocha = new Mocha({ reporter: 'spec', timeout: 20000 });
for (const f of find(path.resolve('out/test')).sort()) mocha.addFile(f);
let passed = 0;
let failed = 0;
let pending = 0;
const runner = mocha.run(() => {
  console.log(`\n${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
  process.exitCode = failed > 0 ? 1 : 0;
});
runner.on('pass', () => passed++);
runner.on('fail', () => failed++);
runner.on('pending', () => pending++);
