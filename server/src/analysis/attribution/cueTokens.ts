/**
 * Token tests shared by cue matching, clause subjects and claims: what counts as a reporting verb,
 * where "according to" starts, and spans of tokens.
 */
import type { TextSpan } from '../model';
import type { Token } from '../text/tokens';
import { firstIndex } from '../text/search';

export function spanOf(text: string, from: Token, to: Token): TextSpan {
  return { start: from.start, end: to.end, text: text.slice(from.start, to.end) };
}

/** A reporting verb: lower-case ("States" in "the United States" is a country, not a verb). */
export function isCue(t: Token): boolean {
  const c = t.cue;
  return c !== null && (!t.cap || c.strong);
}

export function isStrongCue(t: Token): boolean {
  return t.cue !== null && t.cue.strong;
}

export const DASHES = new Set(['—', '–', '-', '―']);

/** "according to X" starting at tokens[i]; returns the index of the first token of X. */
export function accordingToAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t && t.lower === 'according' && tokens[i + 1]?.lower === 'to') return i + 2;
  return -1;
}

/** Index of the token that holds `offset` (the first ending after it). */
export function tokenIndexOf(tokens: Token[], offset: number): number {
  return Math.max(0, Math.min(firstIndex(tokens, (t) => t.end > offset), tokens.length - 1));
}
