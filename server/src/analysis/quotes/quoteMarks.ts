/**
 * Pairs quotation marks into quotes, paragraph by paragraph. Knows typographic, straight, German
 * („…“), French («…») and single-guillemet marks, tells apostrophes (It’s, ’90s, rock ’n’ roll,
 * the students’) from closing marks, keeps nested quotes, and joins the wire convention for
 * multi-paragraph quotes (every paragraph opens, only the last closes) into one quote.
 * A mark that cannot be paired becomes a finding; it never makes a quote run past its paragraph.
 */
import type { Span } from '../model';
import { isDigit, isLetter, isSpace } from '../text/chars';

export type MarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet';

export interface PairedQuote {
  /** One span per paragraph, marks included. */
  segments: Span[];
  mark: string;
  family: MarkFamily;
  closed: boolean;
  depth: number;
  /** Paragraph indexes of the first and last segment. */
  firstParagraph: number;
  lastParagraph: number;
}

export interface MarkProblem {
  kind: 'unbalanced' | 'continuation-missing';
  /** The offending mark (one character). */
  at: number;
  mark: string;
  /** For continuation-missing: the paragraph that lacks its opening mark. */
  paragraph?: Span;
}

export interface PairingResult {
  quotes: PairedQuote[];
  problems: MarkProblem[];
}

interface Open {
  family: MarkFamily;
  mark: string;
  at: number;
  /** Segments already finished in earlier paragraphs (multi-paragraph quotes). */
  segments: Span[];
  firstParagraph: number;
}

/** Every character that can be a quotation mark; the scan jumps from one to the next. */
const MARK_CHARS = /["'“”‘’«»„‹›]/g;

/** Nesting deeper than this is not prose; marks beyond it are reported, not stacked. */
const MAX_DEPTH = 6;

const OPEN_BEFORE = new Set(['(', '[', '{', '—', '–', '-', '/', '“', '‘', '"', "'", '«', '‹', '„', ':']);
const CLOSE_AFTER = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '”', '’', '"', "'", '»', '›', '/']);

function openPosition(text: string, i: number, start: number): boolean {
  const prev = i > start ? text[i - 1] : undefined;
  const next = text[i + 1];
  const prevOk = prev === undefined || isSpace(prev) || OPEN_BEFORE.has(prev);
  return prevOk && next !== undefined && !isSpace(next);
}

function closePosition(text: string, i: number, end: number): boolean {
  const next = i + 1 < end ? text[i + 1] : undefined;
  const prev = text[i - 1];
  const nextOk = next === undefined || isSpace(next) || CLOSE_AFTER.has(next);
  return nextOk && prev !== undefined && !isSpace(prev);
}

/** An apostrophe inside or at the start of a word: It’s, o’clock, ’90s, ’n’, ’em. */
function isWordApostrophe(text: string, i: number, start: number): boolean {
  const prev = i > start ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (isLetter(prev) && isLetter(next)) return true;
  if ((prev === undefined || isSpace(prev) || prev === '(' ) && next !== undefined) {
    if (isDigit(next) && isDigit(text[i + 2])) return true; // ’90s
    const word = /^[A-Za-z]+/.exec(text.slice(i + 1, i + 6))?.[0]?.toLowerCase();
    if (word === 'n' || word === 'em' || word === 'tis' || word === 'twas' || word === 'til' || word === 'cause') return true;
  }
  if (isDigit(prev) && (next === 's' || isSpace(next) || next === undefined)) {
    // 1990’s, or a feet mark 6' — never a single quote
    return true;
  }
  return false;
}

interface ParagraphRange extends Span {
  index: number;
}

export interface PairingOptions {
  /** Read ''two apostrophes'' as a double mark (old ASCII feeds). Off by default: in most copy '' is a typo. */
  doubleApostrophes?: boolean;
}

export function pairQuoteMarks(text: string, paragraphs: ParagraphRange[], options: PairingOptions = {}): PairingResult {
  const quotes: PairedQuote[] = [];
  const problems: MarkProblem[] = [];
  // A top-level quote left open at the end of the previous paragraph.
  let pending: Open | null = null;
  let pendingEnd = 0;

  for (const p of paragraphs) {
    const stack: Open[] = [];
    let scanFrom = p.start;
    if (pending) {
      const first = p.start;
      const ch = text[first];
      if (ch !== undefined && familyOfOpener(ch) === pending.family && (ch !== '"' || openPosition(text, first, p.start))) {
        // Wire continuation: this paragraph opens with a mark again.
        pending.segments.push({ start: pending.at, end: pendingEnd });
        stack.push({ ...pending, at: first });
        scanFrom = first + 1;
        pending = null;
      } else if (hasStrayCloser(text, p, pending.family)) {
        problems.push({ kind: 'continuation-missing', at: p.start, mark: pending.mark, paragraph: { start: p.start, end: p.end } });
        pending.segments.push({ start: pending.at, end: pendingEnd });
        stack.push({ ...pending, at: p.start });
        pending = null;
      } else {
        closeUnbalanced(pending, pendingEnd);
        pending = null;
      }
    }

    // where the paragraph's last possible closing single mark stands, found only when asked
    let lastSingleCloseCache = -2;
    const lastSingleClose = (): number => (lastSingleCloseCache === -2 ? (lastSingleCloseCache = lastSingleClosePosition(text, p)) : lastSingleCloseCache);
    /** Applies an open or close role to the mark of `width` characters at `i`; false when ignored. */
    const pushRole = (role: Role, i: number, width: number): boolean => {
      if (role === null) return false;
      const ch = text.slice(i, i + width);
      if (role.kind === 'open') {
        if (stack.length >= MAX_DEPTH) {
          problems.push({ kind: 'unbalanced', at: i, mark: ch });
          return false;
        }
        stack.push({ family: role.family, mark: ch, at: i, segments: [], firstParagraph: p.index });
        return true;
      }
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.family !== role.family) k--;
      if (k < 0) {
        if (ch !== '’' && ch !== "'") problems.push({ kind: 'unbalanced', at: i, mark: ch });
        return false;
      }
      while (stack.length - 1 > k) {
        const inner = stack.pop()!;
        problems.push({ kind: 'unbalanced', at: inner.at, mark: inner.mark });
      }
      const o = stack.pop()!;
      quotes.push({
        segments: [...o.segments, { start: o.at, end: i + width }],
        mark: o.mark,
        family: o.family,
        closed: true,
        depth: stack.length,
        firstParagraph: o.firstParagraph,
        lastParagraph: p.index,
      });
      return true;
    };
    MARK_CHARS.lastIndex = scanFrom;
    for (let m = MARK_CHARS.exec(text); m !== null && m.index < p.end; m = MARK_CHARS.exec(text)) {
      const i = m.index;
      const ch = text[i]!;
      if (ch === '"' && text[i - 1] === '=') {
        // markup attribute (<tweet id="…">): not a quotation
        let close = i + 1;
        while (close < p.end && close - i < 200 && text[close] !== '"') close++;
        if (text[close] === '"' && close < p.end) MARK_CHARS.lastIndex = close + 1;
        continue;
      }
      // "'Kosovo is a special case,'''": an open single quote closes first, then the two apostrophes
      const closesSingleFirst = ch === "'" && text[i + 1] === "'" && text[i + 2] === "'" && stack[stack.length - 1]?.family === 'single';
      if (ch === "'" && text[i + 1] === "'" && !closesSingleFirst) {
        // ''two apostrophes'' stand for a double mark in some feeds; elsewhere they are noise
        if (options.doubleApostrophes) pushRole(straightDouble(text, i, 2, p, stack), i, 2);
        MARK_CHARS.lastIndex = i + 2;
        continue;
      }
      if (closesSingleFirst) {
        pushRole({ kind: 'close', family: 'single' }, i, 1);
        continue;
      }
      const role = classify(text, i, p, stack, lastSingleClose);
      pushRole(role, i, 1);
    }
    // Whatever is still open at the paragraph end: the outermost may continue, the rest cannot.
    while (stack.length > 1) {
      const inner = stack.pop()!;
      problems.push({ kind: 'unbalanced', at: inner.at, mark: inner.mark });
    }
    const outer = stack.pop();
    if (outer) {
      if (outer.family === 'single' && outer.segments.length === 0) {
        problems.push({ kind: 'unbalanced', at: outer.at, mark: outer.mark });
      } else {
        pending = outer;
        pendingEnd = p.end;
      }
    }
  }
  if (pending) closeUnbalanced(pending, pendingEnd);
  quotes.sort((a, b) => a.segments[0]!.start - b.segments[0]!.start || a.depth - b.depth);
  return { quotes, problems };

  function closeUnbalanced(o: Open, end: number): void {
    // The wire convention leaves a quote open when the next paragraph continues it; when
    // nothing continues it, the mark was never closed. Keep the words as a quote (they are
    // somebody's speech) but only to the end of its paragraph, and report the mark.
    if (o.segments.length === 0) problems.push({ kind: 'unbalanced', at: o.at, mark: o.mark });
    quotes.push({
      segments: [...o.segments, { start: o.at, end }],
      mark: o.mark,
      family: o.family,
      closed: false,
      depth: 0,
      firstParagraph: o.firstParagraph,
      lastParagraph: o.firstParagraph + o.segments.length,
    });
  }
}

/** A straight double mark (" or '') of `width` characters: its side comes from its neighbours. */
function straightDouble(text: string, i: number, width: number, p: Span, stack: Open[]): Role {
  const prev = i > p.start ? text[i - 1] : undefined;
  const next = i + width < p.end ? text[i + width] : undefined;
  const open = (prev === undefined || isSpace(prev) || OPEN_BEFORE.has(prev)) && next !== undefined && !isSpace(next);
  const close = prev !== undefined && !isSpace(prev) && (next === undefined || isSpace(next) || CLOSE_AFTER.has(next));
  if (isDigit(prev) && !open) return null; // 5'10" — an inch mark
  if (isOpen(stack, 'double')) return { kind: 'close', family: 'double' };
  if (open || !close) return { kind: 'open', family: 'double' };
  return { kind: 'close', family: 'double' };
}

type Role = { kind: 'open' | 'close'; family: MarkFamily } | null;

function familyOfOpener(ch: string): MarkFamily | null {
  switch (ch) {
    case '“':
    case '„':
    case '"':
      return 'double';
    case '«':
      return 'guillemet';
    case '‹':
      return 'single-guillemet';
    case '‘':
    case "'":
      return 'single';
    default:
      return null;
  }
}

function isOpen(stack: Open[], family: MarkFamily): boolean {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return true;
  return false;
}

function classify(text: string, i: number, p: Span, stack: Open[], lastSingleClose: () => number): Role {
  const ch = text[i];
  switch (ch) {
    case '„':
      return { kind: 'open', family: 'double' };
    case '“': {
      // German „…“ closes with “; a “ in closing position closes an open double quote.
      const top = stack[stack.length - 1];
      if (top && top.family === 'double' && (top.mark === '„' || (closePosition(text, i, p.end) && !openPosition(text, i, p.start))))
        return { kind: 'close', family: 'double' };
      return { kind: 'open', family: 'double' };
    }
    case '”':
      if (!isOpen(stack, 'double') && openPosition(text, i, p.start) && !closePosition(text, i, p.end))
        return { kind: 'open', family: 'double' };
      return { kind: 'close', family: 'double' };
    case '"':
      return straightDouble(text, i, 1, p, stack);
    case '«':
      return { kind: 'open', family: 'guillemet' };
    case '»':
      return { kind: 'close', family: 'guillemet' };
    case '‹':
      return { kind: 'open', family: 'single-guillemet' };
    case '›':
      return { kind: 'close', family: 'single-guillemet' };
    case '‘':
      if (isWordApostrophe(text, i, p.start)) return null;
      return { kind: 'open', family: 'single' };
    case '’':
    case "'": {
      if (isWordApostrophe(text, i, p.start)) return null;
      const singleOpen = isOpen(stack, 'single');
      if (singleOpen && closePosition(text, i, p.end)) {
        // "the students’ plans’": a possessive s’ inside a single quote is not its end when a
        // later mark can close it.
        if (text[i - 1] === 's' && isLetter(text[i - 2]) && isSpace(text[i + 1]) && lastSingleClose() > i) return null;
        return { kind: 'close', family: 'single' };
      }
      if (ch === "'" && !singleOpen && openPosition(text, i, p.start) && !closePosition(text, i, p.end) && lastSingleClose() > i)
        return { kind: 'open', family: 'single' };
      return null; // a possessive (the students’) or an elision
    }
    default:
      return null;
  }
}

/** Where the last ’ or ' that could close a single quote stands in the paragraph (or -1). */
function lastSingleClosePosition(text: string, p: Span): number {
  let last = -1;
  SINGLE_CHARS.lastIndex = p.start;
  for (let m = SINGLE_CHARS.exec(text); m !== null && m.index < p.end; m = SINGLE_CHARS.exec(text)) {
    const i = m.index;
    const ch = text[i];
    if ((ch === '’' || (text[i - 1] !== "'" && text[i + 1] !== "'")) && !isWordApostrophe(text, i, p.start) && closePosition(text, i, p.end)) last = i;
    // the first of three: a single quote closing, then two apostrophes ("…case,''' Mr. Putin said")
    else if (ch === "'" && text[i - 1] !== "'" && text[i + 1] === "'" && text[i + 2] === "'" && text[i + 3] !== "'" && closePosition(text, i + 2, p.end)) last = i;
  }
  return last;
}

const SINGLE_CHARS = /['’]/g;

/** True when the paragraph closes a quote it never opened: its opening mark is missing. */
function hasStrayCloser(text: string, p: Span, family: MarkFamily): boolean {
  let depth = 0;
  for (let i = p.start; i < p.end; i++) {
    const ch = text[i];
    if (family === 'double') {
      if (ch === '“' || ch === '„' || (ch === '"' && depth === 0 && openPosition(text, i, p.start))) depth++;
      else if (ch === '”' || ch === '"') {
        if (depth === 0) return true;
        depth--;
      }
    } else if (family === 'guillemet') {
      if (ch === '«') depth++;
      else if (ch === '»') {
        if (depth === 0) return true;
        depth--;
      }
    }
  }
  return false;
}
