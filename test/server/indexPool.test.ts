import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyse } from '../../server/src/analysis/index';
import { packArticle } from '../../server/src/indexEntry';
import { IndexPool } from '../../server/src/indexPool';
import { TestClient } from '../helpers/lspClient';

const root = path.join(__dirname, '..', '..', '..');
const samples = path.join(root, 'samples');

/** The one story at `file` indexed by a worker: its packed article, or null; a failure throws. */
async function indexOne(pool: IndexPool, file: string, maxFileSize: number): Promise<unknown> {
  const [result] = await pool.indexBatch([pathToFileURL(file).toString()], maxFileSize);
  assert.ok(result && !('error' in result), `${file}: ${JSON.stringify(result)}`);
  return result.packed;
}

describe('index worker threads', function () {
  this.timeout(20000);

  it('pack every sample exactly as the server thread would, and skip what cannot be read', async () => {
    const pool = new IndexPool(path.join(__dirname, '..', '..', 'server', 'src', 'indexWorker.js'), 2);
    try {
      for (const f of ['blinken-beijing-dpa.txt', 'harbour-strike-wire.txt', 'flood-relief-wire.txt']) {
        const file = path.join(samples, f);
        const text = readFileSync(file, 'utf8');
        const inWorker = await indexOne(pool, file, 5_000_000);
        assert.deepEqual(inWorker, packArticle(text, analyse(text, { maxLength: 5_000_000 })), f);
      }
      assert.equal(await indexOne(pool, path.join(samples, 'no-such-story.txt'), 5_000_000), null);
      assert.equal(await indexOne(pool, path.join(samples, 'blinken-beijing-dpa.txt'), 100), null, 'over the size limit');
      const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-pool-'));
      try {
        const binary = path.join(dir, 'photo.txt');
        writeFileSync(binary, Buffer.from([0x22, 0x48, 0x69, 0x22, 0x00, 0xff, 0x10, 0x20]));
        assert.equal(await indexOne(pool, binary, 5_000_000), null, 'binary');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      await pool.dispose();
    }
  });

  it('answer a batch with one result per story, in order, a missing story as null', async () => {
    const pool = new IndexPool(path.join(__dirname, '..', '..', 'server', 'src', 'indexWorker.js'), 1);
    try {
      const names = ['flood-relief-wire.txt', 'no-such-story.txt', 'harbour-strike-wire.txt'];
      const results = await pool.indexBatch(names.map((f) => pathToFileURL(path.join(samples, f)).toString()), 5_000_000);
      assert.equal(results.length, 3);
      results.forEach((r, k) => {
        assert.ok(!('error' in r), names[k]);
        if (k === 1) assert.equal(r.packed, null);
        else {
          const text = readFileSync(path.join(samples, names[k]!), 'utf8');
          assert.deepEqual(r.packed, packArticle(text, analyse(text, { maxLength: 5_000_000 })), names[k]);
        }
      });
    } finally {
      await pool.dispose();
    }
  });

  it('run at a lower priority than the server thread, which answers the typing (Linux)', async function () {
    if (process.platform !== 'linux') {
      console.log(`      (a thread's own priority exists on Linux only; ${process.platform} here)`);
      this.skip();
    }
    // field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value (after the name in parentheses)
    const niceOf = (tid: string): number => Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
    const before = new Set(readdirSync('/proc/self/task'));
    const pool = new IndexPool(path.join(__dirname, '..', '..', 'server', 'src', 'indexWorker.js'), 1);
    try {
      await indexOne(pool, path.join(samples, 'flood-relief-wire.txt'), 5_000_000);
      const added = readdirSync('/proc/self/task').filter((tid) => !before.has(tid));
      assert.ok(added.some((tid) => niceOf(tid) === 10), `new threads' nice values: ${added.map(niceOf).join(', ')}`);
      assert.equal(niceOf(String(process.pid)), 0, "the server's own thread keeps its priority");
    } finally {
      await pool.dispose();
    }
  });

  it('give the server the same search results as indexing on its own thread', async () => {
    const search = async (env: NodeJS.ProcessEnv): Promise<unknown> => {
      const client = new TestClient({ workspaceFolder: samples, env: { ...process.env, ...env } });
      await client.initialize();
      const hits = await client.request('whosaid/searchQuotes', { query: 'the' });
      assert.equal(await client.shutdown(), 0);
      return hits;
    };
    const threads = await search({});
    assert.ok(Array.isArray(threads) && threads.length > 10);
    assert.deepEqual(await search({ WHOSAID_INDEX_WORKERS: '0' }), threads);
  });
});
