import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const seed = path.join(root, 'samples', 'blinken-beijing-dpa.txt');

function run(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('whosaid command line', () => {
  it('prints linter lines and a summary for the seed story', () => {
    const r = run([seed]);
    assert.equal(r.code, 0);
    const lines = r.out.trim().split('\n');
    assert.match(lines[0]!, /^.*blinken-beijing-dpa\.txt:13:1 info secondhand-attribution /);
    assert.equal(lines[lines.length - 1], '1 file: 14 quotes, 0 unattributed; 0 errors, 0 warnings, 4 info, 0 hints');
  });

  it('reports a deleted attribution at its line and fails on warnings when asked', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-'));
    const file = path.join(dir, 'edited.txt');
    writeFileSync(file, readFileSync(seed, 'utf8').replace('forward with that,” Blinken said.', 'forward with that.”'));
    const r = run(['--fail-on', 'warning', file]);
    assert.equal(r.code, 1);
    assert.match(r.out, /edited\.txt:9:1 warning unattributed-quote Quotation has no speaker/);
  });

  it('writes one JSON line per corpus document, in order, with the published field names', () => {
    const input = [JSON.stringify({ id: 'a', text: '“Yes,” Jane Doe said.' }), 'not json', JSON.stringify({ id: 'b', text: '' })].join('\n');
    const r = run(['--jsonl-input', '-', '--format', 'jsonl'], input);
    assert.equal(r.code, 2);
    const docs = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(docs.map((d) => d.id), ['a', null, 'b']);
    const q = docs[0].quotes[0];
    assert.deepEqual(Object.keys(q), ['id', 'start', 'end', 'segments', 'text', 'kind', 'speaker', 'cue', 'via', 'confidence', 'why']);
    assert.deepEqual([q.start, q.end, q.text, q.speaker.name, q.speaker.mention.text, q.cue.text], [0, 6, '“Yes,”', 'Jane Doe', 'Jane Doe', 'said']);
    assert.match(r.err, /-:2: not a JSON line/);
  });

  it('gives one clear line for missing, binary and over-limit files and still reports the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-'));
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(2000));
    writeFileSync(path.join(dir, 'good.txt'), '“We won,” Jane Doe said.');
    const r = run(['--max-size', '1000', dir, path.join(dir, 'missing.txt')]);
    assert.equal(r.code, 2);
    assert.deepEqual(r.err.trim().split('\n').sort(), [
      `whosaid: ${path.join(dir, 'big.txt')}: too large: 2,000 bytes is over the limit of 1,000 (--max-size)`,
      `whosaid: ${path.join(dir, 'binary.txt')}: binary file, not a text story: skipped`,
      `whosaid: ${path.join(dir, 'empty.txt')}: empty file, nothing to analyse`,
      `whosaid: ${path.join(dir, 'missing.txt')}: no such file or directory`,
    ]);
    assert.match(r.out, /^2 files, 3 not read: 1 quotes, 0 unattributed/m);
  });

  it('says “permission denied” for an unreadable file and still reports the rest', function () {
    // root reads every file, so the check runs as the unprivileged user "nobody" when it can
    const root = process.getuid?.() === 0;
    const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-'));
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, 'good.txt'), '“We won,” Jane Doe said.');
    writeFileSync(path.join(dir, 'locked.txt'), 'secret');
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    const r = spawnSync(process.execPath, [cli, dir], { encoding: 'utf8', ...(root ? { uid: 65534, gid: 65534 } : {}) });
    if (r.error || (!root && r.stderr === '')) {
      console.log(`      (skipped: cannot run the command line without read permission here: ${r.error?.message ?? 'this user can read a mode-000 file'})`);
      this.skip();
    }
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim(), `whosaid: ${path.join(dir, 'locked.txt')}: permission denied`);
    assert.match(r.stdout, /^1 file, 1 not read: 1 quotes, 0 unattributed/m);
  });

  it('writes SARIF 2.1.0 and CSV', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', seed]).out);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].results.length, 4);
    assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.region, { startLine: 13, startColumn: 1, endLine: 13, endColumn: 165 });
    const csv = run(['--format', 'csv', seed]).out.trim().split('\n');
    assert.equal(csv[0], 'file,line,column,kind,speaker,role,mention,cue,via,confidence,why,quote');
    assert.equal(csv.length, 15);
    assert.match(csv[1]!, /,1,8,partial,Antony Blinken,US Secretary of State,Blinken,says,,0\.75,/);
  });
});
