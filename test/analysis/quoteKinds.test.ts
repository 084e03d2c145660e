import * as assert from 'node:assert/strict';
import { analyse } from '../helpers/analyse';

function kinds(text: string): [string, string][] {
  return analyse(text).quotes.map((q) => [q.text, q.kind]);
}

describe('quote kinds', () => {
  it('a sentence of speech is a full quote', () => {
    assert.deepEqual(kinds('“We will rebuild the bridge by spring,” Mayor Ann Lee said.'), [['“We will rebuild the bridge by spring,”', 'full']]);
  });

  it('a fragment inside reported speech is a partial quote', () => {
    assert.deepEqual(kinds('China and the United States agree on the need to “stabilize” their relations, Antony Blinken said.'), [['“stabilize”', 'partial']]);
  });

  it('a so-called phrase, a title or a scare quote that nobody speaks is a term', () => {
    assert.deepEqual(kinds('The so-called “Black Sea formula” was proposed in 2022.'), [['“Black Sea formula”', 'term']]);
    assert.deepEqual(kinds('She reviewed the book titled “War and Peace” on Sunday.'), [['“War and Peace”', 'term']]);
    assert.deepEqual(kinds('The “reforms” changed nothing at all for the farmers.'), [['“reforms”', 'term']]);
  });

  it('a quote inside a quote is nested, not a second speaker’s quote', () => {
    const a = analyse('“When Trump says ‘Make America great again,’ that is code,” Clinton said.');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.kind, q.depth]), [
      ['“When Trump says ‘Make America great again,’ that is code,”', 'full', 0],
      ['‘Make America great again,’', 'term', 1],
    ]);
  });
});
