import * as assert from 'node:assert/strict';
import { analyse } from '../helpers/analyse';
import { splitSentences } from '../../server/src/analysis/text/segment';

function sentences(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe('structure', () => {
  const story = 'US has ‘no illusions’ over China, Blinken says\n\nBeijing, Jun. 19, (dpa/GNA) – China and the United States agree, officials said.\n\nThe talks ended.\n\nGNA';

  it('finds the headline, the dateline with its agency, and the credit line', () => {
    const a = analyse(story);
    assert.deepEqual(a.headline, { start: 0, end: 46 });
    assert.equal(a.dateline?.text, 'Beijing, Jun. 19, (dpa/GNA) –');
    assert.equal(a.dateline?.place, 'Beijing');
    assert.equal(a.dateline?.agency, 'dpa/GNA');
    assert.deepEqual(a.credits.map((c) => story.slice(c.start, c.end)), ['GNA']);
    assert.deepEqual(a.paragraphs.map((p) => p.kind), ['headline', 'body', 'body', 'credit']);
  });

  it('reads an all-caps dateline with an agency and a Reuters credit block', () => {
    const text = 'WASHINGTON (Reuters) - The Senate voted on Tuesday.\n\n(Reporting by Jane Doe; Editing by John Roe)';
    const a = analyse(text);
    assert.equal(a.dateline?.text, 'WASHINGTON (Reuters) -');
    assert.equal(a.dateline?.agency, 'Reuters');
    assert.deepEqual(a.credits.map((c) => text.slice(c.start, c.end)), ['(Reporting by Jane Doe; Editing by John Roe)']);
  });

  it('does not take a name and a dash for a dateline', () => {
    assert.equal(analyse('Blinken – who arrived late – spoke first.').dateline, null);
  });

  it('keeps abbreviations, initials, decimals and ellipses inside sentences', () => {
    assert.deepEqual(sentences('The U.S. envoy met Gen. Smith on Jun. 19 in Washington. Mr. J. R. Ewing paid 3.5 million... and left. Then it rained.'), [
      'The U.S. envoy met Gen. Smith on Jun. 19 in Washington.',
      'Mr. J. R. Ewing paid 3.5 million... and left.',
      'Then it rained.',
    ]);
  });

  it('ends a sentence after a closing quote mark', () => {
    assert.deepEqual(sentences('He said: “We won.” Then he left.'), ['He said: “We won.”', 'Then he left.']);
  });

  it('splits paragraphs at blank lines and at long single lines, not in hard-wrapped text', () => {
    const oneLineEach = 'The first paragraph is one long line of wire copy, as agencies send it, running well past the width of any hard-wrapped feed.\nSecond paragraph.';
    assert.equal(analyse(oneLineEach).paragraphs.length, 2);
    const wrapped = 'This paragraph was wrapped at a fixed width by an old\nfeed system so every line is about the same length\nand the last one is short.\n\nNext.';
    assert.equal(analyse(wrapped).paragraphs.length, 2);
  });

  it('keeps offsets on the original text with a BOM and CRLF line ends', () => {
    const text = '\ufeffHeadline here\r\n\r\n“We will win,” Jane Doe said.\r\n';
    const a = analyse(text);
    assert.equal(a.quotes.length, 1);
    const q = a.quotes[0]!;
    assert.equal(text.slice(q.start, q.end), '“We will win,”');
    assert.equal(text.slice(a.paragraphs[1]!.start, a.paragraphs[1]!.end), '“We will win,” Jane Doe said.');
  });
});
