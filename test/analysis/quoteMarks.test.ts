import * as assert from 'node:assert/strict';
import { analyse } from '../helpers/analyse';

function quoted(text: string): string[] {
  return analyse(text).quotes.map((q) => text.slice(q.start, q.end));
}

describe('quotation marks', () => {
  it('pairs curly, straight, German, French and single-guillemet marks', () => {
    assert.deepEqual(quoted('“One,” he said. "Two," she said. „Drei“, sagte er. « Quatre », dit-il. ‹Cinq›, he said.'), ['“One,”', '"Two,"', '„Drei“', '« Quatre »', '‹Cinq›']);
  });

  it('never takes an apostrophe for a quote mark', () => {
    const text = 'It’s Blinken’s view that the students’ rock ’n’ roll of the ’90s ends at five o’clock, he said.';
    assert.deepEqual(quoted(text), []);
    assert.deepEqual(analyse(text).findings.filter((f) => f.code === 'unbalanced-quote-mark'), []);
  });

  it('keeps a single-quoted phrase beside apostrophes', () => {
    assert.deepEqual(quoted('US has ‘no illusions’ over China’s moves, Blinken says'), ['‘no illusions’']);
  });

  it('nests a single-quoted quote inside a double-quoted one', () => {
    const a = analyse('“She told me ‘never again’ and left,” Jane Doe said.');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.depth]), [
      ['“She told me ‘never again’ and left,”', 0],
      ['‘never again’', 1],
    ]);
  });

  it('joins a multi-paragraph quote into one quote with a segment per paragraph', () => {
    const text = 'Doe said: “The first paragraph ends open.\n\n“The second continues.\n\n“The third closes,” she added.';
    const a = analyse(text);
    assert.equal(a.quotes.length, 1);
    const q = a.quotes[0]!;
    assert.deepEqual(q.segments.map((s) => text.slice(s.start, s.end)), ['“The first paragraph ends open.', '“The second continues.', '“The third closes,”']);
    assert.equal(q.closed, true);
    assert.deepEqual(a.findings.map((f) => f.code), []);
  });

  it('reports a mark that cannot be paired and keeps the quote inside its paragraph', () => {
    const text = 'He said “we will never stop fighting.\n\nThe vote is on Tuesday, officials said.\n\n“Good,” Jane Doe said.';
    const a = analyse(text);
    assert.deepEqual(a.quotes.map((q) => q.text), ['“we will never stop fighting.', '“Good,”']);
    assert.equal(a.quotes[0]!.closed, false);
    const f = a.findings.filter((x) => x.code === 'unbalanced-quote-mark');
    assert.deepEqual(f.map((x) => [x.start, x.end]), [[8, 9]]);
  });

  it('reports a continuation paragraph that lacks its opening mark', () => {
    const text = 'Doe said: “The first paragraph ends open.\n\nThe second closes without reopening,” she added.';
    const a = analyse(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0]!.segments.length, 2);
    assert.deepEqual(a.findings.filter((f) => f.code === 'continuation-mark-missing').map((f) => f.start), [text.indexOf('The second')]);
  });

  it('pairs straight quotes by position even when spacing is sloppy', () => {
    assert.deepEqual(quoted('"We are ready," Doe said, adding that "nothing" would change.'), ['"We are ready,"', '"nothing"']);
  });

  it('skips markup attribute values and inch marks', () => {
    assert.deepEqual(quoted('<tweet id="123" author="@doe">Hi</tweet> He is 6\'2" tall.'), []);
  });

  it("reads ''two apostrophes'' as a quote only when asked", () => {
    const text = "''We will win,'' Mr. Doe said.";
    assert.deepEqual(analyse(text).quotes.length, 0);
    assert.deepEqual(analyse(text, { doubleApostrophes: true }).quotes.map((q) => q.text), ["''We will win,''"]);
  });
});
