import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, ParagraphMemo } from '../../server/src/analysis/index';

const samples = path.join(__dirname, '..', '..', '..', 'samples');
const stories = readdirSync(samples).map((f) => ({ name: f, text: readFileSync(path.join(samples, f), 'utf8') }));

/** Analyses every version with one memo, as an editor does, and compares with a fresh analysis. */
function assertSameAsFresh(versions: string[], what: string): void {
  const memo = new ParagraphMemo();
  versions.forEach((text, v) => {
    assert.deepEqual(analyse(text, { memo }), analyse(text), `${what}, version ${v}`);
  });
}

/** A deterministic stream of edits a person might make: typing, deleting, pasting, splitting. */
function editsOf(text: string, count: number, seed: number): string[] {
  let s = seed;
  const rand = (n: number): number => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s % n;
  };
  const pieces = ['x', ' ', 'he said', '“', '”', '"', ', she said.', '\n\n', 'Mr. Lee', '.', 'According to officials, ', '\r\n'];
  const out = [text];
  let t = text;
  for (let i = 0; i < count; i++) {
    const at = rand(t.length + 1);
    switch (rand(3)) {
      case 0:
        t = t.slice(0, at) + pieces[rand(pieces.length)] + t.slice(at);
        break;
      case 1:
        t = t.slice(0, at) + t.slice(at + 1 + rand(40));
        break;
      default: {
        // move a paragraph: every later paragraph changes offset and index
        const paras = t.split('\n\n');
        const [p] = paras.splice(rand(paras.length), 1);
        paras.splice(rand(paras.length + 1), 0, p!);
        t = paras.join('\n\n');
      }
    }
    out.push(t);
  }
  return out;
}

describe('paragraph memo: reusing unchanged paragraphs gives the same article', function () {
  this.timeout(60000); // hundreds of analyses on a shared machine

  for (const { name, text } of stories) {
    it(`while typing at the end of ${name}`, () => {
      const versions = [text];
      for (const c of ' “We will see,” Ann Lee said. He added: “No.”') versions.push(versions[versions.length - 1]! + c);
      assertSameAsFresh(versions, name);
    });

    it(`through 150 random edits of ${name}`, () => {
      assertSameAsFresh(editsOf(text, 150, name.length), name);
    });
  }

  it('when a new first paragraph moves every other one, and when a quote mark pairs across paragraphs', () => {
    const text = stories[0]!.text;
    assertSameAsFresh([text, 'BREAKING\n\n' + text, '“' + text, text.replace('”', ''), text], 'moves and pairing');
  });

  it('takes every paragraph but the edited one from the memo', () => {
    const memo = new ParagraphMemo();
    const text = stories[0]!.text;
    const first = analyse(text, { memo });
    assert.equal(memo.reused, 0);
    analyse(text + ' x', { memo });
    assert.equal(memo.reused, first.paragraphs.length - 1);
    analyse('x' + text + ' x', { memo });
    // only the first paragraph differs from the version before; every other one moved by one
    assert.equal(memo.reused, first.paragraphs.length - 1, 'moved paragraphs are reused too');
    assert.equal(memo.moved, first.paragraphs.length - 1);
    analyse('x' + text + ' xy', { memo });
    assert.equal(memo.moved, 0, 'each is moved once, then kept where it stands');
  });

  it('keeps a paragraph the story repeats once for each place it stands', () => {
    const text = stories[0]!.text;
    const body = text.split('\n\n').slice(2).join('\n\n');
    const versions = [`${text}\n\n${body}\n\n${body}`];
    for (const c of 'Yes, he said.') versions.push(versions[versions.length - 1]! + c);
    assertSameAsFresh(versions, 'repeated paragraphs');
    const memo = new ParagraphMemo();
    const paragraphs = analyse(versions[0]!, { memo }).paragraphs.length;
    analyse(versions[1]!, { memo });
    assert.equal(memo.reused, paragraphs - 1);
    analyse(versions[2]!, { memo });
    assert.equal(memo.reused, paragraphs - 1);
    assert.equal(memo.moved, 0, 'no repeated paragraph is copied from its first place again');
  });
});
