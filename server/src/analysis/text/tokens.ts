/**
 * Word and punctuation tokens of a stretch of text, with offsets. Words keep inner apostrophes,
 * hyphens and dots ("Blinken’s", "China-US", "U.S."); every other non-space character is a token
 * of its own.
 */
import { isUpper } from './chars';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** Starts with a capital letter (or is a word such as "U.S." that does). */
  cap: boolean;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[.'’\-](?=[\p{L}\p{N}]))*\.?|[^\s\p{L}\p{N}]/gu;

/** Abbreviation-like words keep their final dot ("Mr.", "U.S."); other words lose it. */
const KEEP_DOT = /^(?:\p{L}\.)+\p{L}?\.$|^(?:mr|mrs|ms|dr|gen|sen|rep|gov|lt|col|sgt|capt|adm|prof|rev|st|jr|sr|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|vs|inc|corp|co|ltd|u\.s|d\.c)\.$/iu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    let s = start + m.index;
    if (t.length > 1 && t.endsWith('.') && !KEEP_DOT.test(t)) {
      t = t.slice(0, -1);
      TOKEN.lastIndex = m.index + t.length;
    }
    const isWord = t.length > 1 || /[\p{L}\p{N}]/u.test(t);
    out.push({ start: s, end: s + t.length, text: t, lower: t.toLowerCase(), isWord, cap: isWord && isUpper(t[0]) });
  }
  return out;
}

/** "Blinken’s" → "Blinken"; other words unchanged. */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$|(?<=s)['’]$/u, '');
}
