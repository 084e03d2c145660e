import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, ParagraphMemo } from '../../server/src/analysis/index';
import { assertSpansSound, quoteLines, story } from '../helpers/stories';

/** A few thousand generated stories in the ordinary test run; `npm run fuzz` runs 100,000. */
const RUNS = Number(process.env.WHOSAID_PROPERTY_RUNS ?? 1500);

describe('properties of analyse over generated stories', function () {
  this.timeout(120000);

  it('never throws, and every span is sound', () => {
    fc.assert(
      fc.property(story, (text) => {
        assertSpansSound(text, analyse(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same result when run twice', () => {
    fc.assert(
      fc.property(story, (text) => {
        assert.equal(JSON.stringify(analyse(text)), JSON.stringify(analyse(text)));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('gives the same result with a paragraph memo, after any edit of another story', () => {
    fc.assert(
      fc.property(story, story, fc.nat(), fc.string({ maxLength: 12 }), (before, base, at, typed) => {
        const memo = new ParagraphMemo();
        analyse(before, { memo });
        analyse(base, { memo });
        const k = at % (base.length + 1);
        const edited = base.slice(0, k) + typed + base.slice(k);
        assert.deepEqual(analyse(edited, { memo }), analyse(edited));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('finds the same quotes and speakers with CRLF line ends, offsets mapped', () => {
    fc.assert(
      fc.property(story, (text) => {
        const crlf = text.replace(/\n/g, '\r\n');
        // offset o in text is o + (line ends before o) in crlf
        const ends: number[] = [];
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) ends.push(i);
        const map = (o: number): number => {
          let n = 0;
          while (n < ends.length && ends[n]! < o) n++;
          return o + n;
        };
        assert.deepEqual(quoteLines(analyse(crlf)), quoteLines(analyse(text), map));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
