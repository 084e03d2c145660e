import * as assert from 'node:assert/strict';
import { analyse, type Article } from '../../server/src/analysis/index';
import { assertSpansSound } from '../helpers/stories';

const cases: Record<string, string> = {
  'empty text': '',
  'only white space': ' \n\r\n\t \u00a0\n',
  '10,000 quote marks in a row': '“'.repeat(10000),
  '10,000 straight marks': '"'.repeat(10000),
  'every mark, mixed': '“”‘’"\'«»„‹›'.repeat(1000),
  'deeply nested marks': '“‘«‹'.repeat(500) + 'x' + '›»’”'.repeat(500),
  'binary junk': Buffer.from(Array.from({ length: 50000 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
  'emoji and right-to-left text': '😀 “مرحبا” قال أحمد. 👩‍👩‍👧 '.repeat(2000),
  'a BOM and CRLF everywhere': '\ufeff“Hi,” Jane Doe said.\r\n\r\n'.repeat(2000),
  'one 5 MB line': ('The council met on Monday and agreed a budget for the coming year. '.repeat(3) + '“We are done,” Jane Doe said. ').repeat(21500),
  '100,000 paragraphs': 'Ok.\n\n“Yes,” he said.\n\n'.repeat(50000),
  'a 1 MB word': 'a'.repeat(1_000_000),
  'lone surrogates': '\ud800“x”\udc00 said \ud83d'.repeat(1000),
  'an unclosed quote at the top': '“The story starts here.\n\n' + 'Normal paragraph, officials said.\n\n'.repeat(200),
};

describe('robustness: nothing a user opens breaks the engine', function () {
  this.timeout(20000); // multi-megabyte inputs on a shared machine
  for (const [name, text] of Object.entries(cases)) {
    it(`analyses ${name} without throwing, with sound spans`, () => {
      const a = analyse(text);
      assertSpansSound(text, a);
      assert.equal(a.length, text.length);
    });
  }

  it('an unclosed quote never swallows the rest of the story', () => {
    const text = cases['an unclosed quote at the top']!;
    const a = analyse(text);
    assert.equal(a.quotes[0]!.end, text.indexOf('\n'));
    assert.deepEqual(a.findings.filter((f) => f.code === 'unbalanced-quote-mark').map((f) => f.start), [0]);
  });

  it('refuses a text over the size limit with one finding', () => {
    const a = analyse('x'.repeat(1001), { maxLength: 1000 });
    assert.deepEqual(a.findings.map((f) => [f.code, f.severity, f.message]), [['file-too-large', 'information', 'Not analysed: 1,001 characters is over the limit of 1,000.']]);
    assert.deepEqual([a.quotes.length, a.paragraphs.length], [0, 0]);
  });

  it('gives the same result twice, and the same quotes with CRLF line ends', () => {
    const text = 'Mayor Ann Lee spoke.\n\n“We will rebuild,” she said.\n\n“Nobody told us.”';
    assert.deepEqual(analyse(text), analyse(text));
    const crlf = text.replace(/\n/g, '\r\n');
    const map = (a: Article, t: string): string[] => a.quotes.map((q) => `${t.slice(q.start, q.end)}|${a.speakers.find((s) => s.id === q.attribution.speakerId)?.name}`);
    assert.deepEqual(map(analyse(crlf), crlf), map(analyse(text), text));
  });
});
