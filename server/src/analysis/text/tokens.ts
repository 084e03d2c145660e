/**
 * Word and punctuation tokens of a stretch of text, with offsets. Words keep inner apostrophes,
 * hyphens and dots ("Blinken’s", "China-US", "U.S."); every other non-space character is a token
 * of its own. A hand-written scanner: this runs over every character of every story, so it avoids
 * regular expressions and looks each word up in the cue lexicon once.
 */
import { isAbbreviation } from '../lexicon/abbreviations';
import type { CueInfo } from '../lexicon/cues';
import { wordInfo } from '../lexicon/wordInfo';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** Starts with a capital letter (or is a word such as "U.S." that does). */
  cap: boolean;
  /** The reporting verb this word is, if any ("said" → say). */
  cue: CueInfo | null;
  /** What the lexicons say about the word (Lex bit flags); 0 for punctuation and unknown words. */
  flags: number;
}

// Per-code-unit classes for the BMP, filled on first use: 1 letter or digit, 2 upper-case letter
// (also 1), 3 combining mark, 4 space.
const CLASS = new Uint8Array(65536);
const KNOWN = new Uint8Array(65536);
const WORD = 1;
const UPPER = 2;
const MARK = 3;
const SPACE = 4;

function classOf(c: number): number {
  if (KNOWN[c]) return CLASS[c]!;
  const ch = String.fromCharCode(c);
  let k = 0;
  if (/\p{Lu}/u.test(ch)) k = UPPER;
  else if (/[\p{L}\p{N}]/u.test(ch)) k = WORD;
  else if (/\p{M}/u.test(ch)) k = MARK;
  else if (/\s/u.test(ch) || c === 0xfeff) k = SPACE;
  CLASS[c] = k;
  KNOWN[c] = 1;
  return k;
}
for (let c = 0; c < 128; c++) classOf(c);

function isWordClass(k: number): boolean {
  return k === WORD || k === UPPER;
}

/** Abbreviation-like words keep their final dot ("Mr.", "U.S.", the party and state "R-Ky."); other words lose it. */
/** Initials ("U.S.", "J.") and party-state tags ("R-Ky."); named abbreviations are in lexicon/abbreviations. */
const KEEP_DOT = /^(?:\p{L}\.)*\p{L}\.$|^[rdi]-[a-z]{2,5}\.$/iu;

function keepsDot(word: string): boolean {
  return KEEP_DOT.test(word + '.') || isAbbreviation(word.includes('.') ? word.replace(/\./g, '') : word);
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === SPACE) {
      i++;
      continue;
    }
    if (!isWordClass(k)) {
      // a surrogate pair stays one token so no span ever splits it
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
      const t = text.slice(i, i + len);
      out.push({ start: i, end: i + len, text: t, lower: t, isWord: false, cap: false, cue: null, flags: 0 });
      i += len;
      continue;
    }
    let j = i + 1;
    let upper = k === UPPER;
    for (;;) {
      if (j >= end) break;
      const d = text.charCodeAt(j);
      const dk = classOf(d);
      if (isWordClass(dk) || dk === MARK) {
        if (dk === UPPER) upper = true;
        j++;
        continue;
      }
      // . ' ’ - join when a letter or digit follows: U.S, It’s, China-US
      if ((d === 46 || d === 39 || d === 0x2019 || d === 45) && j + 1 < end && isWordClass(classOf(text.charCodeAt(j + 1)))) {
        j += 2;
        continue;
      }
      break;
    }
    let word = text.slice(i, j);
    // (abbreviations are short or dotted: a long plain word before a full stop is not one)
    if (j < end && text.charCodeAt(j) === 46 && (word.length <= 5 || word.includes('.') || word.includes('-')) && keepsDot(word)) {
      j++;
      word += '.';
    }
    const lower = upper ? word.toLowerCase() : word;
    const info = wordInfo(lower);
    // "went on", "pointed out": a two-word reporting verb, carried by its first word
    if (lower === 'on' || lower === 'out') {
      const prev = out[out.length - 1];
      if (prev && prev.isWord && prev.cue === null && prev.end === i - 1) prev.cue = wordInfo(`${prev.lower} ${lower}`).cue;
    }
    out.push({ start: i, end: j, text: word, lower, isWord: true, cap: k === UPPER, cue: info.cue, flags: info.flags });
    i = j;
  }
  return out;
}

/**
 * The token `d` code units further on, built as the tokenizer builds one (not by spreading) so
 * that moved tokens keep its hidden class and the code reading them stays fast.
 */
export function movedToken(t: Token, d: number): Token {
  return { start: t.start + d, end: t.end + d, text: t.text, lower: t.lower, isWord: t.isWord, cap: t.cap, cue: t.cue, flags: t.flags };
}

/** "Blinken’s" → "Blinken", "the students’" → "the students"; other words unchanged. */
export function stripPossessive(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if ((last === 0x2019 || last === 39) && n > 1 && word.charCodeAt(n - 2) === 115) return word.slice(0, -1);
  if ((last === 115 || last === 83) && n > 2) {
    const mark = word.charCodeAt(n - 2);
    if (mark === 0x2019 || mark === 39) return word.slice(0, -2);
  }
  return word;
}
