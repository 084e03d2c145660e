/**
 * Character classes shared by the engine. Works on UTF-16 code units of ordinary JS strings;
 * a surrogate half is simply "not a letter we know", which never splits a pair because we only
 * cut at ASCII or BMP punctuation.
 */

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && /\p{L}/u.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  return /\p{Lu}/u.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  return /\p{Ll}/u.test(ch);
}

/** Spaces inside a line, including the no-break space and a stray BOM. */
export function isInlineSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\ufeff' || ch === '\u2009' || ch === '\u202f' || ch === '\f' || ch === '\v';
}

export function isSpace(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || isInlineSpace(ch);
}

/** Dashes wire copy uses for datelines and dash attributions. */
export function isDash(ch: string | undefined): boolean {
  return ch === '–' || ch === '—' || ch === '―' || ch === '-';
}
