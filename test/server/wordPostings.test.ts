import * as assert from 'node:assert/strict';
import { distinctWords, WordPostings } from '../../server/src/wordPostings';

describe('word postings of the workspace index', () => {
  it('finds the entries holding a word that contains every query word', () => {
    const p = new WordPostings<number>();
    p.set('a', 1, distinctWords(['we have no illusions', 'antony blinken']));
    p.set('b', 2, distinctWords(['the illusion of peace']));
    p.set('c', 3, distinctWords(['no comment']));
    assert.deepEqual([...p.matching(['illus'])].map(([k]) => k), ['a', 'b']);
    assert.deepEqual([...p.matching(['illus', 'blinken'])].map(([k]) => k), ['a']);
    assert.deepEqual([...p.matching(['no'])].map(([k]) => k), ['a', 'c']);
    assert.deepEqual([...p.matching(['volcano'])], []);
  });

  it('forgets what an entry held before it was replaced or deleted, also after compaction', () => {
    const p = new WordPostings<string>();
    p.set('doc', 'old', ['budget']);
    p.set('doc', 'new', ['bridge']);
    assert.deepEqual([...p.matching(['budget'])], []);
    assert.deepEqual([...p.matching(['bridge'])], [['doc', 'new']]);
    for (let i = 0; i < 3000; i++) p.set('doc', `v${i}`, [`word${i % 7}`]); // replaced 3,000 times: compacts
    assert.equal(p.size, 1);
    assert.deepEqual([...p.matching(['word'])], [['doc', 'v2999']]);
    p.delete('doc');
    assert.deepEqual([...p.entries()], []);
    assert.equal(p.get('doc'), undefined);
  });

  it('reads words as search does: letters, digits and apostrophes', () => {
    assert.deepEqual(distinctWords(['it’s u.s. policy, it’s 2024']).sort(), ['2024', 'it’s', 'policy', 's', 'u']);
  });
});
