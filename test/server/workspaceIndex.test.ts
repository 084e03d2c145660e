import * as assert from 'node:assert/strict';
import { analyse } from '../../server/src/analysis/index';
import { WorkspaceIndex } from '../../server/src/workspaceIndex';

function indexOf(stories: Record<string, string>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [uri, text] of Object.entries(stories)) index.set(uri, text, analyse(text));
  return index;
}

describe('workspace index', () => {
  const index = indexOf({
    'file:///b.txt': 'Mayor Ann Lee spoke.\n\n“The bridge opens in May,” Lee said.\n\n“We disagreed on the budget,” said Tom Hart.',
    'file:///a.txt': '“We agreed on the budget at last,” Ann Lee said.',
    'file:///c.txt': '“İstanbul agreed,” Jane Doe said. “No budget,” she added.',
  });

  it('ranks a whole-word phrase above a word inside another word, then by file and line', () => {
    const hits = index.search('agreed', 10);
    assert.deepEqual(hits.map((h) => [h.uri, h.text, h.speaker, h.score]), [
      ['file:///a.txt', '“We agreed on the budget at last,”', 'Ann Lee', 3],
      ['file:///c.txt', '“İstanbul agreed,”', 'Jane Doe', 3],
      ['file:///b.txt', '“We disagreed on the budget,”', 'Tom Hart', 1],
    ]);
    assert.deepEqual(hits[1]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 18 } });
  });

  it('matches words of the speaker’s name and every word of the query', () => {
    assert.deepEqual(index.search('lee budget', 10).map((h) => h.text), ['“We agreed on the budget at last,”']);
    assert.deepEqual(index.search('bridge lee', 10).map((h) => [h.uri, h.line]), [['file:///b.txt', 2]]);
    assert.deepEqual(index.search('volcano', 10), []);
    assert.deepEqual(index.search('  ', 10), []);
  });

  it('finds typographic apostrophes, quotes and dashes from their ASCII forms, and shows the story’s own text', () => {
    const typed = indexOf({ 'file:///d.txt': '“We don’t want a 1970s‑style “crisis” — not in Zürich 🏔,” said Ruth Bell.' });
    const hits = typed.search("don't want", 10);
    assert.deepEqual(hits.map((h) => [h.text, h.speaker, h.score]), [['“We don’t want a 1970s‑style “crisis” — not in Zürich 🏔,”', 'Ruth Bell', 11]]);
    assert.equal(typed.search('don’t', 10).length, 1);
    assert.equal(typed.search('"crisis"', 10).length, 1);
    assert.equal(typed.search('1970s-style', 10).length, 1);
    // kept as its search form plus the characters the story writes otherwise: shown exactly as written
    const written = '“ÅNGSTRÖM in İstanbul, ΣΑΣ and 𐐀𐐨 — Don’t SHOUT,” said Ruth Bell.';
    const mixed = indexOf({ 'file:///e.txt': written });
    assert.deepEqual(mixed.search('ångström', 10).map((h) => h.text), ['“ÅNGSTRÖM in İstanbul, ΣΑΣ and 𐐀𐐨 — Don’t SHOUT,”']);
    assert.deepEqual(mixed.search('shout', 10).map((h) => h.text), ['“ÅNGSTRÖM in İstanbul, ΣΑΣ and 𐐀𐐨 — Don’t SHOUT,”']);
    // lower-cased by word beside "İ" (whose lower case is longer): a closing capital sigma is still ς
    assert.equal(mixed.search('σας', 10).length, 1);
    assert.equal(mixed.search('İstanbul', 10).length, 1);
    assert.deepEqual(typed.speakers('ruth', 10).map((s) => [s.name, s.range]), [['Ruth Bell', { start: { line: 0, character: 64 }, end: { line: 0, character: 73 } }]]);
  });

  it('keeps the best hits only, and stops when cancelled', () => {
    assert.deepEqual(index.search('budget', 2).map((h) => h.uri), ['file:///a.txt', 'file:///b.txt']);
    assert.equal(index.search('budget', 10).length, 3);
    const many = new WorkspaceIndex();
    const story = '“The budget is fine,” Ann Lee said.';
    for (let i = 0; i < 1000; i++) many.set(`file:///s${String(i).padStart(4, '0')}.txt`, story, analyse(story));
    assert.equal(many.search('budget', 5000).length, 1000);
    assert.ok(many.search('budget', 5000, () => true).length < 1000);
  });

  it('gives the best hits of all even when it skips articles that cannot outrank those it has', () => {
    // files added in an order unlike their names; later ones hold better hits (a speaker's name, a phrase)
    const stories = [
      '“The plan is fine,” Tom Hart said. “It is the best plan,” he added.',
      '“They planned the budget,” said Ruth Bell.',
      '“A plan for the bridge,” the mayor said.',
      '“The plan failed,” said Plan Okafor.',
      '“Planning the budget takes time,” Ann Lee said.',
      '“The best plan is the budget plan,” said Hugh Hill.',
    ];
    const mixed = new WorkspaceIndex();
    for (let i = 0; i < 60; i++) {
      const uri = `file:///${String((i * 37) % 60).padStart(2, '0')}.txt`;
      const text = stories[i % stories.length]!;
      mixed.set(uri, text, analyse(text));
    }
    for (const query of ['plan', 'the', 'budget plan', 'best plan', 'okafor plan', 'the plan', 'plan the budget']) {
      const all = mixed.search(query, 10_000);
      for (const limit of [1, 3, 10, 25]) assert.deepEqual(mixed.search(query, limit), all.slice(0, limit), `${query}, ${limit} hits`);
    }
  });

  it('forgets a deleted article', () => {
    const copy = indexOf({ 'file:///x.txt': '“Bridges matter,” Ann Lee said.' });
    copy.delete('file:///x.txt');
    assert.deepEqual(copy.search('bridges', 10), []);
    assert.equal(copy.size, 0);
  });
});
