/**
 * Splits a story into paragraphs and sentences, and finds the headline, dateline and closing
 * credit lines. Offsets always point into the original text: CRLF and a BOM are skipped over,
 * never removed.
 */
import type { Dateline, Paragraph, ParagraphKind, Sentence, Span } from '../model';
import { isDigit, isInlineSpace, isLower, isSpace, isUpper } from './chars';
import { isAbbreviation } from '../lexicon/abbreviations';

export interface Structure {
  paragraphs: Paragraph[];
  headline: Span | null;
  dateline: Dateline | null;
  credits: Span[];
}

export function segment(text: string): Structure {
  const blocks = splitParagraphs(text);
  const paragraphs: Paragraph[] = blocks.map((b, index) => ({
    start: b.start,
    end: b.end,
    index,
    kind: 'body' as ParagraphKind,
    sentences: [],
  }));
  const headline = findHeadline(text, paragraphs);
  if (headline) paragraphs[0]!.kind = 'headline';
  const credits = markCredits(text, paragraphs);
  const firstBody = paragraphs.find((p) => p.kind === 'body');
  const dateline = firstBody ? findDateline(text, firstBody) : null;
  for (const p of paragraphs) {
    const from = p === firstBody && dateline ? skipSpaces(text, dateline.end, p.end) : p.start;
    p.sentences = splitSentences(text, from, p.end);
  }
  return { paragraphs, headline, dateline, credits };
}

/**
 * Paragraphs are blocks separated by blank lines, the wire convention. Inside a block, a line
 * break still ends a paragraph unless the block is hard-wrapped (every line but the last of
 * similar, modest length), as feeds that send one paragraph per line do. A text with no blank
 * line at all is split at every line end.
 */
export function splitParagraphs(text: string): Span[] {
  const lines = splitLines(text);
  const out: Span[] = [];
  let block: Span[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    if (isHardWrapped(block)) out.push({ start: block[0]!.start, end: block[block.length - 1]!.end });
    else out.push(...block);
    block = [];
  };
  for (const line of lines) {
    const trimmed = trim(text, line.start, line.end);
    if (trimmed.start >= trimmed.end) flush();
    else block.push(trimmed);
  }
  flush();
  return out;
}

/** Lines cut at a fixed width (30–100 characters, all but the last): one paragraph. */
function isHardWrapped(lines: Span[]): boolean {
  if (lines.length < 2) return false;
  for (let i = 0; i < lines.length - 1; i++) {
    const len = lines[i]!.end - lines[i]!.start;
    if (len < 30 || len > 100) return false;
  }
  return true;
}

function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: nl > start && text[nl - 1] === '\r' ? nl - 1 : nl });
    start = nl + 1;
  }
}

export function trim(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

function skipSpaces(text: string, from: number, end: number): number {
  while (from < end && isSpace(text[from])) from++;
  return from;
}

/** A first paragraph that is one short line without a closing full stop is a headline. */
function findHeadline(text: string, paragraphs: Paragraph[]): Span | null {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return null;
  const len = first.end - first.start;
  if (len > 200 || text.slice(first.start, first.end).includes('\n')) return null;
  const last = text[first.end - 1];
  if (last === '.' && !/\.\.\.$|…$/.test(text.slice(first.start, first.end))) return null;
  if (findDateline(text, first)) return null;
  return { start: first.start, end: first.end };
}

const DATELINE =
  /^((?:[A-Z][\p{L}.'’-]*)(?:[ -][A-Z][\p{L}.'’-]*){0,3})((?:,? [A-Z][\p{L}.'’-]*){0,2}(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?))?,?) ?(\(([^()\n]{1,40})\))? ?[–—―-]{1,2} ?/u;

/** "Beijing, Jun. 19, (dpa/GNA) –", "WASHINGTON (Reuters) -", "LONDON — ". */
export function findDateline(text: string, p: Span): Dateline | null {
  const head = text.slice(p.start, Math.min(p.end, p.start + 120));
  const m = DATELINE.exec(head);
  if (!m) return null;
  const place = m[1]!;
  const agency = m[4] ?? null;
  // Without an agency, only an all-caps place ("WASHINGTON —") or a date makes it a dateline;
  // "Blinken – who …" must not become one.
  const hasDate = /\d/.test(m[2] ?? '');
  if (!agency && !hasDate && place !== place.toUpperCase()) return null;
  if (place.length < 2) return null;
  let end = p.start + m[0].length;
  while (end > p.start && isSpace(text[end - 1])) end--;
  return { start: p.start, end, text: text.slice(p.start, end), place, agency };
}

const CREDIT = /^(?:\(?(?:Reporting|Writing|Additional reporting|Editing|Compiled) by\b[^\n]*\)?|\(?[A-Z][A-Za-z/&-]{1,12}\)?|[–—-]+ ?[A-Z][A-Za-z/ &-]{0,30}|\(?(?:[A-Z]{2,}\/)+[A-Za-z]{2,}\)?|Copyright\b.*|©.*)$/;

/** Closing credit lines: "GNA", "(Reporting by …; Editing by …)", "— AP". */
function markCredits(text: string, paragraphs: Paragraph[]): Span[] {
  const credits: Span[] = [];
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const p = paragraphs[i]!;
    if (p.end - p.start > 300) break;
    const t = text.slice(p.start, p.end);
    if (!CREDIT.test(t) || /[“”"‘]/.test(t)) break;
    p.kind = 'credit';
    credits.unshift({ start: p.start, end: p.end });
  }
  return credits;
}

const TERMINAL = /[.!?]/g;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›', '*']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '‹', '„']);

/**
 * Sentences end at . ! ? (and the marks and brackets that close with them) when the next
 * word starts a sentence. Abbreviations (U.S., Jun., Mr., Gen.), initials (J. R.), decimals
 * (3.5) and ellipses do not end a sentence.
 */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let sentStart = start;
  TERMINAL.lastIndex = start;
  for (let found = TERMINAL.exec(text); found !== null && found.index < end; found = TERMINAL.exec(text)) {
    const i = found.index;
    const ch = text[i];
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    if (ch === '.' && j - i >= 3) {
      TERMINAL.lastIndex = j;
      continue; // ellipsis "..."
    }
    const afterTerminal = j;
    while (j < end && CLOSERS.has(text[j]!)) j++;
    if (j >= end) break;
    // “I love Hispanics!”Former … : a closing quote mark glued to the next sentence's capital
    const glued = j > afterTerminal && (text[j - 1] === '”' || text[j - 1] === '"') && isUpper(text[j]) && isLower(text[j + 1]);
    if (glued) {
      out.push({ start: sentStart, end: j });
      sentStart = j;
      TERMINAL.lastIndex = j;
      continue;
    }
    if (!isSpace(text[j])) {
      TERMINAL.lastIndex = j;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k >= end) break;
    if (ch === '.' && isAbbreviationBefore(text, i, sentStart)) {
      TERMINAL.lastIndex = j;
      continue;
    }
    const next = text[k];
    const startsSentence = isUpper(next) || isDigit(next) || OPENERS.has(next!);
    if (!startsSentence || isLower(next)) {
      TERMINAL.lastIndex = j;
      continue;
    }
    out.push({ start: sentStart, end: j });
    sentStart = k;
    TERMINAL.lastIndex = k;

  }
  const last = { start: sentStart, end };
  while (last.end > last.start && isInlineSpace(text[last.end - 1])) last.end--;
  if (last.end > last.start) out.push(last);
  return out;
}

function isAbbreviationBefore(text: string, dot: number, floor: number): boolean {
  let s = dot;
  while (s > floor && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  // Initials and dotted acronyms: "J.", "U.S", "D.C"
  if (/^(?:\p{Lu}\.?)+$/u.test(word) && word.replace(/\./g, '').length <= 3) return true;
  return isAbbreviation(word);
}
