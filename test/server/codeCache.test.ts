import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const CODE_CACHE = path.join(__dirname, '..', '..', 'server', 'src', 'codeCache.js');

describe('code cache of the server bundle', function () {
  this.timeout(30000);
  let work: string;
  let bundle: string;
  let cache: string;

  /** Runs the bundle in a new process as dist/server.js does; what it exported, and the cache's fate. */
  function start(dir: string | null, env: NodeJS.ProcessEnv = {}): { outcome: string; exports: { answer: number; twice: number; dirname: string } } {
    const script = `const { runWithCodeCache, defaultCacheDir } = require(${JSON.stringify(CODE_CACHE)});
      const dir = ${dir === null ? 'defaultCacheDir()' : JSON.stringify(dir)};
      process.stdout.write(JSON.stringify(runWithCodeCache(${JSON.stringify(bundle)}, dir, module)));`;
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' })) as ReturnType<typeof start>;
  }

  function writeBundle(answer: number): void {
    // late() is compiled only in a run that calls it: the code cache of such a run is larger
    const late = `function late() { let s = 0; ${Array.from({ length: 200 }, (_, i) => `s += ${i} * (s % 7);`).join(' ')} return s; }`;
    writeFileSync(bundle, `function twice(x) { return x * 2; }\n${late}\nif (process.env.CALL_LATE) late();\nexports.answer = ${answer};\nexports.twice = twice(21);\nexports.dirname = __dirname;\n`);
  }

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'whosaid-code-cache-'));
    bundle = path.join(work, 'serverMain.js');
    cache = path.join(work, 'cache');
    writeBundle(42);
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('writes the cache on the first start and uses it on the next, with the same module', () => {
    const first = start(cache);
    assert.equal(first.outcome, 'none');
    assert.deepEqual(first.exports, { answer: 42, twice: 42, dirname: work });
    assert.equal(readdirSync(cache).length, 1, 'one cache file, written at exit');
    const second = start(cache);
    assert.equal(second.outcome, 'used');
    assert.deepEqual(second.exports, first.exports);
  });

  it('writes the cache again when a run compiled much more than the cache it used held', () => {
    start(cache);
    const file = path.join(cache, readdirSync(cache)[0]!);
    const small = statSync(file).size;
    assert.equal(start(cache).outcome, 'used');
    assert.equal(statSync(file).size, small, 'the same functions: left as it was');
    assert.equal(start(cache, { CALL_LATE: '1' }).outcome, 'used');
    assert.ok(statSync(file).size > small * 1.1, `${statSync(file).size} bytes after a run that compiled late(), ${small} before`);
  });

  it('never runs a cache made for another bundle of the same length', () => {
    start(cache);
    writeBundle(43);
    const changed = start(cache);
    assert.equal(changed.outcome, 'none');
    assert.equal(changed.exports.answer, 43);
    assert.equal(readdirSync(cache).length, 1, "the old bundle's cache is gone");
    assert.equal(start(cache).outcome, 'used');
  });

  it('runs the bundle without its cache when the cache is damaged, and writes a good one', () => {
    start(cache);
    const [file] = readdirSync(cache);
    writeFileSync(path.join(cache, file!), Buffer.alloc(4096, 7));
    const damaged = start(cache);
    assert.equal(damaged.outcome, 'rejected');
    assert.equal(damaged.exports.answer, 42);
    assert.equal(start(cache).outcome, 'used');
  });

  it('runs without a cache when there is no folder for one, or one others can write', () => {
    writeFileSync(path.join(work, 'a-file'), '');
    assert.deepEqual(start(path.join(work, 'a-file')), { outcome: 'off', exports: { answer: 42, twice: 42, dirname: work } });
    assert.equal(start(null, { WHOSAID_CODE_CACHE_DIR: '' }).outcome, 'off');
    assert.equal(start(null, { WHOSAID_CODE_CACHE_DIR: '0' }).outcome, 'off');
    if (process.platform !== 'win32') {
      const shared = path.join(work, 'shared');
      mkdirSync(shared);
      chmodSync(shared, 0o777);
      assert.equal(start(shared).outcome, 'off');
      assert.equal(existsSync(path.join(shared, readdirSync(shared)[0] ?? 'none')), false, 'nothing written there');
    }
  });

  it('keeps it in the user cache folder unless the editor names one', () => {
    const home = path.join(work, 'home');
    const outcome = start(null, { WHOSAID_CODE_CACHE_DIR: undefined, XDG_CACHE_HOME: path.join(home, '.cache'), HOME: home }).outcome;
    if (process.platform === 'linux') {
      assert.equal(outcome, 'none');
      assert.equal(readdirSync(path.join(home, '.cache', 'whosaid')).length, 1);
    } else {
      console.log(`      (user cache folder checked on Linux only; ${process.platform} here)`);
    }
  });
});
