// npm test's runner: the fast tier (every compiled out/test/**/*.test.js with mocha), then the
// editor tier (scripts/e2e.mjs: the packaged extension in a real VS Code). Ends with the plain line
// "N passed, N failed" over both tiers that CI reads; exit code 1 when anything failed.
// WHOSAID_E2E=0 leaves the editor tier out, saying so.
import Mocha from 'mocha';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  let note = '';
  if (process.env.WHOSAID_E2E === '0') {
    note = 'editor tier left out (WHOSAID_E2E=0)';
  } else {
    const counts = path.join(mkdtempSync(path.join(tmpdir(), 'whosaid-e2e-')), 'counts.json');
    console.log('\nEditor tier (scripts/e2e.mjs):');
    spawnSync(process.execPath, ['scripts/e2e.mjs', '--counts', counts], { stdio: 'inherit' });
    if (existsSync(counts)) {
      const c = JSON.parse(readFileSync(counts, 'utf8'));
      passed += c.passed;
      failed += c.failed;
      if (c.skipped) note = `editor tier not run: ${c.skipped}`;
    } else {
      failed++;
      note = 'the editor tier crashed before reporting';
    }
  }
  if (note) console.log(`\n${note}`);
  console.log(`\n${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
  process.exitCode = failed > 0 ? 1 : 0;
});
runner.on('pass', () => passed++);
runner.on('fail', () => failed++);
runner.on('pending', () => pending++);
