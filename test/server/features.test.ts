import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-types';
import { analyse } from '../../server/src/analysis/index';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { hoverAt } from '../../server/src/features/hover';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { inlayHints } from '../../server/src/features/inlayHints';
import { codeActions, typographicEdits } from '../../server/src/features/codeActions';
import { semanticTokens } from '../../server/src/features/semanticTokens';
import { codeLenses } from '../../server/src/features/codeLens';
import { definition, references } from '../../server/src/features/navigation';

function setup(text: string) {
  const doc = TextDocument.create('file:///story.news', 'news', 1, text);
  return { doc, article: analyse(text) };
}

const story = 'Mayor Ann Lee met residents on Monday.\n\n“We will rebuild the bridge,” she said. "It will take a year," Lee added.\n\n“Nobody told us anything.”';

describe('features (Article → LSP types)', () => {
  it('diagnostics carry source, code, severity from settings, and can be turned off', () => {
    const { doc, article } = setup(story);
    const d = toDiagnostics(article, doc, DEFAULT_SETTINGS.diagnostics);
    assert.deepEqual(d.map((x) => [x.code, x.severity, x.source, x.range.start.line]), [['unattributed-quote', 2, 'whosaid', 4]]);
    assert.deepEqual(toDiagnostics(article, doc, { ...DEFAULT_SETTINGS.diagnostics, 'unattributed-quote': 'off' }), []);
    assert.equal(toDiagnostics(article, doc, { ...DEFAULT_SETTINGS.diagnostics, 'unattributed-quote': 'error' })[0]!.severity, 1);
  });

  it('hover on a pronoun names the person; on a quote gives the cue and the other quotes', () => {
    const { doc, article } = setup(story);
    const he = hoverAt(article, doc, story.indexOf('she said') + 1)!;
    assert.equal((he.contents as MarkupContent).value, '“she” → **Ann Lee** — Mayor\n\n2 quotes · 0 claims · first named on line 1');
    const q = hoverAt(article, doc, story.indexOf('take a year'))!;
    assert.equal((q.contents as MarkupContent).value, '**Ann Lee** — Mayor\n\nnamed as “Lee” · cue “added” · confidence 0.95 (“…,” X said)\n\nOther quotes by Ann Lee:\n- line 3: “We will rebuild the bridge,”');
    assert.equal(hoverAt(article, doc, 3 + story.indexOf('met residents')), null);
  });

  it('the outline holds speakers with their quotes, and an Unattributed group', () => {
    const { doc, article } = setup(story);
    assert.deepEqual(documentSymbols(article, doc).map((s) => [s.name, s.children?.map((c) => c.name)]), [
      ['Ann Lee', ['“We will rebuild the bridge,”', '"It will take a year,"']],
      ['Unattributed', ['“Nobody told us anything.”']],
    ]);
  });

  it('inlay hints follow pronoun and surname attributions', () => {
    const { doc, article } = setup(story);
    const hints = inlayHints(article, doc, { start: 0, end: story.length });
    assert.deepEqual(hints.map((h) => [h.label, h.position]), [
      ['→ Ann Lee', { line: 2, character: 33 }],
      ['→ Ann Lee', { line: 2, character: 66 }],
    ]);
  });

  it('definition and references of a speaker', () => {
    const { doc, article } = setup(story);
    assert.deepEqual(definition(article, doc, story.indexOf('Lee added'))?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } });
    assert.equal(references(article, doc, story.indexOf('Lee added'), true).length, 3 + 2);
  });

  it('code lens counts quotes and claims at the first full mention', () => {
    const { doc, article } = setup(story);
    assert.deepEqual(codeLenses(article, doc).map((l) => [l.command?.title, l.range.start]), [['2 quotes · 0 claims', { line: 0, character: 0 }]]);
  });

  it('turns straight quotes typographic for one quote, and for the whole document with apostrophes', () => {
    const text = '"It\'s done," she said. "Yes."';
    const { doc, article } = setup(text);
    const apply = (edits: ReturnType<typeof typographicEdits>): string => TextDocument.applyEdits(doc, edits);
    assert.equal(apply(typographicEdits(doc, [article.quotes[0]!], false)), '“It\'s done,” she said. "Yes."');
    assert.equal(apply(typographicEdits(doc, article.quotes, true)), '“It’s done,” she said. “Yes.”');
    const titles = codeActions(article, doc, { start: 1, end: 1 }, []).map((a) => a.title);
    assert.deepEqual(titles, ['Use typographic quotes here', 'Use typographic quotes in the whole document']);
  });

  it('offers the missing mark for an unbalanced quote', () => {
    const text = 'He said “we will never stop.\n\nThe vote is Tuesday.';
    const { doc, article } = setup(text);
    const diags = toDiagnostics(article, doc, DEFAULT_SETTINGS.diagnostics).filter((d) => d.code === 'unbalanced-quote-mark');
    const fix = codeActions(article, doc, { start: 8, end: 8 }, diags).find((a) => a.title.startsWith('Insert'))!;
    assert.equal(fix.title, 'Insert the missing ”');
    assert.equal(TextDocument.applyEdits(doc, fix.edit!.changes!['file:///story.news']!), 'He said “we will never stop.”\n\nThe vote is Tuesday.');
  });

  it('semantic tokens never overlap and never cross a line, even in a multi-paragraph quote with CRLF', () => {
    const text = 'Jane Doe said: “One.\r\n\r\n“Two,” she added.';
    const { doc } = setup(text);
    const data = semanticTokens(analyse(text), doc).data;
    const tokens: [number, number, number, number][] = [];
    let line = 0;
    let ch = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      ch = data[i]! === 0 ? ch + data[i + 1]! : data[i + 1]!;
      tokens.push([line, ch, data[i + 2]!, data[i + 3]!]);
    }
    // Jane Doe (speaker), said (cue), “One. and “Two,” (one quote, a token per line, no \r\n)
    assert.deepEqual(tokens, [
      [0, 0, 8, 1],
      [0, 9, 4, 2],
      [0, 15, 5, 0],
      [2, 0, 6, 0],
    ]);
  });
});
