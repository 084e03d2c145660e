/**
 * Generated stories for property tests: real wire sentences mixed with every quote mark,
 * apostrophes, nested and unbalanced marks, BOMs, tabs, emoji, right-to-left text, very long lines
 * and empty paragraphs, joined with LF line ends (a property may turn them into CRLF).
 */
import fc from 'fast-check';
import type { Article, Span } from '../../server/src/analysis/index';
import * as assert from 'node:assert/strict';

const SENTENCES = [
  'Blinken said that “direct engagement is the best way.”',
  '“And at this moment, China has not agreed,” Blinken said.',
  'Xi said the two sides had “made progress.”',
  'According to state media, Wang said the visit came at a “critical juncture.”',
  '“We are ready,” said Hugh Hill, a doctor.',
  'He said: “We will win.”',
  'It’s the students’ rock ’n’ roll from the ’90s at five o’clock.',
  'A senior official who asked not to be named said the talks failed.',
  'The first visit since 2018 was seen as a sign of a thaw.',
  '"Straight quotes," she added, "are common too."',
  '„Deutsch“, sagte er. « Français », dit-il.',
  'Mr. J. R. Smith of the U.S. paid 3.5 million on Jun. 19...',
  '“Unclosed quote runs on',
  'A stray closing mark” here.',
  '‘Single ‘nested’ marks’ too.',
  'Beijing, Jun. 19, (dpa/GNA) – China and the United States agree.',
];

const NOISE = ['“', '”', '‘', '’', '"', "'", '«', '»', '„', '‹', '›', '\ufeff', '\t', ' ', '😀', '👩‍👩‍👧', 'مرحبا', '—', '…', '.', ',', ':', '(', ')', 'x'.repeat(3000), '\u00a0'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 3, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

const paragraph = fc.array(piece, { minLength: 0, maxLength: 8 }).map((ps) => ps.join(' '));

/** A story of 0–12 paragraphs with LF line ends (blank lines between paragraphs, or single). */
export const story = fc.tuple(fc.array(paragraph, { minLength: 0, maxLength: 12 }), fc.constantFrom('\n\n', '\n', '\n\n\n')).map(([ps, sep]) => ps.join(sep));

/** Every span lies inside the text, never splits a surrogate pair; top-level quotes never overlap. */
export function assertSpansSound(text: string, a: Article): void {
  const spans: Span[] = [
    ...a.paragraphs,
    ...a.paragraphs.flatMap((p) => p.sentences),
    ...a.quotes.flatMap((q) => [q, q.inner, ...q.segments]),
    ...a.speakers.flatMap((s) => s.mentions),
    ...a.claims.map((c) => c.content),
    ...a.findings,
  ];
  const splits = (i: number): boolean => {
    const c = text.charCodeAt(i);
    const b = text.charCodeAt(i - 1);
    return c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff;
  };
  for (const s of spans) {
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `span ${s.start}..${s.end} outside 0..${text.length}`);
    assert.ok(!splits(s.start) && !splits(s.end), `span ${s.start}..${s.end} splits a surrogate pair`);
  }
  const top = a.quotes.filter((q) => q.depth === 0).flatMap((q) => q.segments).sort((x, y) => x.start - y.start);
  for (let i = 1; i < top.length; i++) assert.ok(top[i - 1]!.end <= top[i]!.start, 'overlapping quotes');
}

/** The quotes of an Article as comparable lines, offsets mapped through `map`. */
export function quoteLines(a: Article, map: (o: number) => number = (o) => o): string[] {
  const names = new Map(a.speakers.map((s) => [s.id, s.name]));
  return a.quotes.map((q) => `${map(q.start)}-${map(q.end)} ${q.kind} ${q.depth} ${names.get(q.attribution.speakerId ?? '') ?? '-'}`);
}
