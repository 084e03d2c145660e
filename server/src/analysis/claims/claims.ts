/**
 * Finds claims: attributed indirect speech (X said (that) …; X told …; according to X, …; …, X
 * said), statements worth checking (figures, superlatives, "first … since"), and hedged or
 * second-hand attribution ("seen as a sign", "reportedly", "officials said").
 */
import type { ClaimKind, Span, TextSpan } from '../model';
import type { ParagraphContext } from '../text/context';
import { tokenAt } from '../text/context';
import type { Token } from '../text/tokens';
import { accordingToAt, isCue, isStrongCue, spanOf } from '../attribution/cueTokens';
import { relativeAntecedent, sentenceSubject } from '../attribution/clauses';
import { mentionAfter, mentionBefore, relativeMention, type ParsedMention } from '../speakers/mentions';
import { PHRASE_STOPS } from '../lexicon/people';
import { Lex } from '../lexicon/wordInfo';
import { BELIEF_VERBS } from '../lexicon/cues';
import { OPENING_PREPOSITIONS, SENTENCE_ADVERBS } from '../lexicon/places';

export interface RawClaim extends Span {
  kind: ClaimKind;
  content: TextSpan;
  mention: ParsedMention | null;
  cue: TextSpan | null;
  /** Who relays the claim ("according to state media, Wang said …"). */
  via?: TextSpan;
  why: string;
  reasons: string[];
}

/**
 * Why a sentence is worth checking, read off its words outside quotes: figures, superlatives,
 * "first … since", and hedges ("seen as a sign", "reportedly", "is said to", "it is understood",
 * "according to reports"). Token checks, not regular expressions: this runs on every sentence.
 */
function signals(ctx: ParagraphContext, a: number, b: number): { reasons: string[]; hedges: string[] } {
  const { tokens, inQuote } = ctx;
  let figure = false;
  let first = false;
  let firstSince = false;
  let superlative = false;
  const hedges: string[] = [];
  const hedge = (why: string): void => {
    if (!hedges.includes(why)) hedges.push(why);
  };
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (!t.isWord || inQuote[k]) continue;
    const w = t.lower;
    const f = t.flags;
    const c = w.charCodeAt(0);
    if ((c >= 48 && c <= 57) || f & Lex.FigureWord || (w === 'per' && tokens[k + 1]?.lower === 'cent')) figure = true;
    if (w === 'first') first = true;
    else if (w === 'since' && first) firstSince = true;
    if (f & Lex.Superlative || (w === 'never' && tokens[k + 1]?.lower === 'before')) superlative = true;
    if (f === 0 && w !== 'it' && w !== 'according') continue;
    const t1 = tokens[k + 1];
    const t2 = tokens[k + 2];
    const n1 = t1?.lower;
    const n2 = t2?.lower;
    const f2 = t2?.flags ?? 0;
    if (f & Lex.Seen && n1 === 'as' && (f2 & Lex.Sign || ((n2 === 'a' || n2 === 'an') && (tokens[k + 3]?.flags ?? 0) & Lex.Sign))) hedge('hedge: seen as');
    if (f & Lex.Reportedly) hedge('hedge: reportedly');
    if (f & Lex.Be && (t1?.flags ?? 0) & Lex.Believed && n2 === 'to') hedge('hedge: is said to');
    if (w === 'it' && (n1 === 'is' || n1 === 'was') && f2 & Lex.Believed && n2 !== 'rumored' && n2 !== 'rumoured' && n2 !== 'alleged') hedge('hedge: it is understood');
    if (w === 'according' && n1 === 'to' && (n2 === 'reports' || ((n2 === 'media' || n2 === 'press' || n2 === 'news') && tokens[k + 3]?.lower === 'reports'))) hedge('hedge: according to reports');
  }
  const reasons: string[] = [];
  if (figure) reasons.push('figure');
  if (firstSince) reasons.push('first since');
  else if (superlative) reasons.push('superlative');
  return { reasons, hedges };
}

const TELL = new Set(['told', 'tell', 'tells', 'telling']);
const LEADING_LINKS = new Set(['but', 'and', 'yet', 'so']);

/** Adds the claims of one paragraph to `out`. */
export function claimsInParagraph(text: string, ctx: ParagraphContext, out: RawClaim[]): void {
  {
    if (ctx.paragraph.kind === 'credit') return;
    for (const s of ctx.paragraph.sentences) {
      const a = tokenAt(ctx.tokens, s.start);
      const b = tokenAt(ctx.tokens, s.end) - 1;
      if (b < a) continue;
      const before = out.length;
      reported(text, ctx, a, b, s, out);
      const { reasons, hedges } = signals(ctx, a, b);
      const own = out.slice(before);
      if (own.length > 0) {
        for (const c of own) c.reasons.push(...reasons, ...hedges);
        continue;
      }
      const sentenceText = text.slice(s.start, s.end);
      if (hedges.length > 0) {
        out.push({ start: s.start, end: s.end, kind: 'hedged', content: { start: s.start, end: s.end, text: sentenceText }, mention: null, cue: null, why: hedges[0]!, reasons: [...hedges, ...reasons] });
      } else if (reasons.length > 0 && ctx.paragraph.kind === 'body' && !mostlyQuoted(ctx, a, b)) {
        out.push({ start: s.start, end: s.end, kind: 'checkworthy', content: { start: s.start, end: s.end, text: sentenceText }, mention: null, cue: null, why: 'unsourced statement', reasons });
      }
    }
  }
}

function mostlyQuoted(ctx: ParagraphContext, a: number, b: number): boolean {
  let q = 0;
  for (let k = a; k <= b; k++) if (ctx.inQuote[k]) q++;
  return q * 2 > b - a + 1;
}

function reported(text: string, ctx: ParagraphContext, a: number, b: number, s: Span, out: RawClaim[]): void {
  const { tokens, inQuote } = ctx;
  // According to X, content.
  for (let k = a; k <= b; k++) {
    if (inQuote[k]) continue;
    const from = accordingToAt(tokens, k);
    if (from < 0) continue;
    // any phrase is a source after "according to": "according to his Facebook profile"
    const named = mentionAfter(tokens, from, b);
    const next = named ? tokens[tokenAt(tokens, named.end)] : undefined;
    // (the whole phrase when the noun phrase goes on after the name: "his Facebook profile")
    const m = named && !(next?.isWord && !next.cap) ? named : phraseSource(text, tokens, from, b) ?? named;
    if (!m) continue;
    let comma = tokenAt(tokens, m.end);
    while (comma <= b && tokens[comma]!.text !== ',') comma++;
    if (k === a && comma < b) {
      // "According to state media, Wang said that …": Wang claims it, state media relays it
      const before = out.length;
      reported(text, ctx, comma + 1, b, s, out);
      if (out.length > before) {
        for (let c = before; c < out.length; c++) out[c]!.via = spanOf(text, tokens[from]!, tokens[tokenAt(tokens, m.end) - 1]!);
        return;
      }
      push(out, text, ctx, comma + 1, b, s, m, spanOf(text, tokens[k]!, tokens[k + 1]!), 'according to X, …');
      return;
    }
    if (k > a + 2) {
      // content, according to X.
      let end = k - 1;
      while (end > a && !tokens[end]!.isWord) end--;
      push(out, text, ctx, a, end, s, m, spanOf(text, tokens[k]!, tokens[k + 1]!), '…, according to X');
      return;
    }
  }
  // "Lynch: No outside influence on FBI probe", "Clinton to Planned Parenthood: Trump will …",
  // "Matthews: Well, speculation is bad": a headline or transcript line names who says it
  const colon = colonSource(tokens, inQuote, a, b);
  if (colon) {
    push(out, text, ctx, colon.from, b, s, colon.mention, spanOf(text, tokens[colon.from - 1]!, tokens[colon.from - 1]!), 'X: … (headline)');
    return;
  }
  // Every cue of the sentence may report a claim: "Merrill says Machado promised … and said …".
  for (let c = a; c <= b; c++) {
    if (inQuote[c] || !(isCue(tokens[c]!) || (BELIEF_VERBS.has(tokens[c]!.lower) && !tokens[c]!.cap))) continue;
    const t = tokens[c]!;
    let k = c + 1;
    if (TELL.has(t.lower)) {
      // skip the listener: "told reporters", "told The New York Times Tuesday morning that"
      while (k <= b && k - c <= 8 && tokens[k]!.isWord && tokens[k]!.lower !== 'that' && !inQuote[k]) k++;
    } else {
      // "says at a campaign stop in Toledo, Ohio, that …": the setting, then "that"
      const that = thatAfterSetting(tokens, inQuote, c + 1, b);
      if (that > 0) k = that;
    }
    // "…, BFMTV reported.": a weaker verb closing the sentence reports all that came before it
    if (!isStrongCue(t) && closesSentence(tokens, c, b)) {
      const m = mentionBefore(tokens, c, a);
      const comma = m ? tokenAt(tokens, m.start) - 1 : -1;
      if (m && tokens[comma]?.text === ',' && !inQuote[comma] && comma - 1 > a) {
        push(out, text, ctx, a, comma - 1, s, m, spanOf(text, t, t), '…, X said');
        return;
      }
    }
    const hasThat = tokens[k]?.lower === 'that' && k <= b;
    // "Western states Sanders is counting on", "the party began a shift": words that are mostly
    // nouns or other verbs report a claim only with "that", a comma or a colon
    if (NOUN_LIKE_CUES.has(t.lower) && !hasThat && tokens[c + 1]?.text !== ',' && tokens[c + 1]?.text !== ':') continue;
    if (hasThat) {
      k++;
      while (k <= b && tokens[k]!.text === ',') k++; // "said that, if elected, he’d …"
    } else if (TELL.has(t.lower)) {
      // "told a press conference as …" is not a claim; "…, Mr. Lou told reporters." reports what came before
      const m = k > b || closesSentence(tokens, k - 1, b) ? mentionBefore(tokens, c, a) : null;
      const comma = m ? commaBefore(tokens, tokenAt(tokens, m.start) - 1) : -1;
      if (m && tokens[comma]?.text === ',' && !inQuote[comma] && comma - 1 > a) {
        push(out, text, ctx, a, comma - 1, s, m, spanOf(text, t, t), '…, X told Y');
        return;
      }
      continue;
    }
    const strong = isStrongCue(t) && !BELIEF_VERBS.has(t.lower);
    // the cheap tests first: most cues report nothing ("as" X noted, a clause after a weak verb)
    if (!strong && !hasThat && !startsClause(tokens[k]) && tokens[c + 1]?.text !== ',' && !SHOW_VERBS.has(t.lower)) continue;
    // "Barkley, who said he typically votes …": the relative clause's antecedent claims it
    const antecedent = tokens[c - 1]?.lower === 'who' ? relativeAntecedent(tokens, c - 1, a) : null;
    let m = antecedent ? relativeMention(tokens[c - 1]!, antecedent) : mentionBefore(tokens, c, a);
    // "…, saying it was swayed …", "Merrill says … and said she would …": the sentence's subject
    if (!m && (/ing$/.test(t.lower) || tokens[c - 1]?.lower === 'and') && (tokens[c - 1]?.text === ',' || tokens[c - 1]?.lower === 'and')) m = sentenceSubject(tokens, a, c - 1, inQuote);
    // "As the Times noted, Clinton raised …": the clause after the comma
    const as = tokens[a]!.lower === 'as' ? a : tokens[a + 1]?.lower === 'as' && LEADING_LINKS.has(tokens[a]!.lower) ? a + 1 : -1; // "But as Clyburn noted, …"
    if (m && tokens[c + 1]?.text === ',' && as >= 0 && tokenAt(tokens, m.start) - 1 === as) {
      push(out, text, ctx, c + 2, b, s, m, spanOf(text, t, t), 'as X said, …');
      continue;
    }
    // a weaker verb reports a clause only after a named subject: "The Times reported the email came …"
    // (what a poll or a review shows needs no clause opener: "a poll shows upstart Sen. Sanders leading")
    const shows = m?.kind === 'organisation' && SHOW_VERBS.has(t.lower) && tokens[k]?.isWord === true && !PHRASE_STOPS.has(tokens[k]!.lower);
    const weakReport = !strong && !hasThat && m !== null && REPORTING_SUBJECTS.has(m.kind) && (startsClause(tokens[k]) || shows);
    if (!strong && !hasThat && !weakReport) continue;
    // (not "“…,” said Senator Dianne Feinstein, …": after a quote the words after the verb name
    // the speaker; not "said Tuesday night, drawing applause": a time or a manner is no content)
    const afterQuote = inQuote[c - 1] === true || (tokens[c - 1]?.text === ',' && inQuote[c - 2] === true);
    if (!hasThat) {
      // "said Tuesday the bridge …": the time is not part of what was said
      for (let n = 0; n < 4 && k < b && (TIME_OR_MANNER.test(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower)); n++) k++;
    }
    const setting = !hasThat && (afterQuote || TIME_OR_MANNER.test(tokens[k]?.lower ?? '') || /ly$/.test(tokens[k]?.lower ?? ''));
    if (m && k <= b && !inQuote[k] && !setting && tokens[k]!.isWord && (hasThat || !PHRASE_STOPS.has(tokens[k]!.lower) || /^(?:it|there|he|she|they|the)$/.test(tokens[k]!.lower))) {
      // X said (that) content (a relative clause ends at its comma: "Barkley, who said …, spoke")
      let end = b;
      for (let j = k; antecedent && j < b; j++) {
        if (tokens[j]!.text === ',' && !inQuote[j]) {
          end = j - 1;
          break;
        }
      }
      push(out, text, ctx, k, end, s, m, spanOf(text, t, t), hasThat ? 'X said that …' : 'X said …');
      continue;
    }
    // content, X said. (not an opening setting: "In an interview, X said")
    if (m && c > a + 3) {
      const comma = commaBefore(tokens, tokenAt(tokens, m.start) - 1);
      if (onlySetting(tokens, a, comma)) continue;
      if (tokens[comma]?.text === ',' && !inQuote[comma] && comma - 1 >= a) {
        push(out, text, ctx, a, comma - 1, s, m, spanOf(text, t, t), '…, X said');
        return;
      }
    }
    if (!m && c === a + 0) continue;
    if (!m) {
      // content, said X.
      const after = mentionAfter(tokens, c + 1, b);
      const comma = commaBefore(tokens, c - 1);
      if (after && tokens[comma]?.text === ',' && !inQuote[comma] && comma - 1 > a) {
        push(out, text, ctx, a, comma - 1, s, after, spanOf(text, t, t), '…, said X');
        return;
      }
    }
  }
}

/**
 * The comma at or just before tokens[k], past the apostrophes that close a ''…'' passage (copy
 * whose doubled apostrophes are not read as quote marks: "''…,'' he said").
 */
function commaBefore(tokens: Token[], k: number): number {
  for (let n = 0; n < 2 && k > 0 && (tokens[k]!.text === "'" || tokens[k]!.text === '’'); n++) k--;
  return k;
}

/** A speaker phrase opening the sentence, then a colon and words outside quotes. */
function colonSource(tokens: Token[], inQuote: boolean[], a: number, b: number): { mention: ParsedMention; from: number } | null {
  let k = a;
  while (k <= b && k - a <= 8 && tokens[k]!.text !== ':' && tokens[k]!.text !== ',' && tokens[k]!.text !== '.') k++;
  if (tokens[k]?.text !== ':' || k === a || k + 1 > b || inQuote[k + 1] || !tokens[k + 1]!.isWord) return null;
  // "Clinton to Planned Parenthood:": the speaker before "to"
  let end = k - 1;
  for (let j = a + 1; j < k; j++) if (tokens[j]!.lower === 'to' || tokens[j]!.lower === 'at') end = Math.min(end, j - 1);
  const mention = mentionAfter(tokens, a, end);
  if (!mention || mention.kind === 'pronoun' || tokenAt(tokens, mention.end) <= end) return null;
  return { mention, from: k + 1 };
}

const TIME_OR_MANNER = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|late|last|this|next|recently|jan\.?|feb\.?|march|april|may|june|july|aug\.?|sept\.?|oct\.?|nov\.?|dec\.?|\d.*)$/;

const SHOW_VERBS = new Set(['show', 'shows', 'showed', 'shown', 'find', 'finds', 'found']);

const NOUN_LIKE_CUES = new Set(['state', 'states', 'put', 'puts', 'began', 'begins', 'offer', 'offers', 'offered', 'offering']);

/**
 * tokens[a..end) is only a phrase that sets the scene ("In an interview", "As Virginia's governor"),
 * with no clause after it ("During his visit, Blinken has addressed …" has one).
 */
function onlySetting(tokens: Token[], a: number, end: number): boolean {
  const t = tokens[a]!;
  if (!(t.cap && (OPENING_PREPOSITIONS.has(t.lower) || SENTENCE_ADVERBS.has(t.lower) || t.lower === 'as'))) return false;
  for (let k = a + 1; k < end; k++) if (tokens[k]!.text === ',') return false;
  return true;
}

/** Only a short setting ("on Thursday", "in a statement") between the cue at `c` and the sentence end. */
function closesSentence(tokens: Token[], c: number, b: number): boolean {
  let words = 0;
  for (let k = c + 1; k <= b; k++) {
    const t = tokens[k]!;
    if (t.isWord) {
      if (++words > 5 || t.cue) return false;
    } else if (t.text !== '.' && t.text !== ',' && t.text !== '!' && t.text !== '?') return false;
  }
  return true;
}

/** The phrase after "according to" as a source of its own, up to punctuation. */
function phraseSource(text: string, tokens: Token[], from: number, b: number): ParsedMention | null {
  let to = from;
  while (to + 1 <= b && (tokens[to + 1]!.isWord || tokens[to + 1]!.text === "'s" || tokens[to + 1]!.text === '’s') && to - from < 10) to++;
  if (!tokens[from]?.isWord || to - from > 9) return null;
  const start = tokens[from]!.start;
  const end = tokens[to]!.end;
  return { start, end, kind: 'organisation', name: text.slice(start, end), role: null, gender: 'unknown', plural: false };
}

const REPORTING_SUBJECTS = new Set(['name', 'surname', 'title', 'organisation', 'pronoun', 'anonymous', 'role']);
const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'there', 'his', 'her', 'their', 'its', 'this', 'these', 'those']);

/** A word that can open a reported clause: "the email came …", "Trump never paid …". */
function startsClause(t: Token | undefined): boolean {
  return t !== undefined && t.isWord && (CLAUSE_OPENERS.has(t.lower) || (t.cap && !PHRASE_STOPS.has(t.lower)));
}

/**
 * The index of "that" after a short setting ("on Saturday that", "at a stop in Toledo, Ohio,
 * that", "— on Twitter, as it happens — that"), or -1.
 */
function thatAfterSetting(tokens: Token[], inQuote: boolean[], from: number, b: number): number {
  const first = tokens[from];
  if (!first || first.lower === 'that') return -1;
  const setting = (first.isWord && (PHRASE_STOPS.has(first.lower) || TIME_OR_MANNER.test(first.lower))) || first.text === '—' || first.text === '–' || first.text === ',';
  if (!setting) return -1;
  for (let k = from; k <= b && k - from <= 12; k++) {
    const t = tokens[k]!;
    if (inQuote[k] || t.text === '.' || t.text === ';' || (t.cue && isStrongCue(t))) return -1;
    if (t.lower === 'that') return k;
  }
  return -1;
}

function push(out: RawClaim[], text: string, ctx: ParagraphContext, from: number, to: number, s: Span, m: ParsedMention, cue: TextSpan, why: string): void {
  const { tokens, inQuote } = ctx;
  while (to >= from && (!tokens[to]!.isWord && tokens[to]!.text !== '”' && tokens[to]!.text !== '"')) to--;
  while (from < to && (tokens[from]!.text === "'" || tokens[from]!.text === '’')) from++; // the opening of a ''…'' passage
  if (to - from < 2) return;
  // direct speech is a quote, not a claim
  let quoted = 0;
  for (let k = from; k <= to; k++) if (inQuote[k]) quoted++;
  if (quoted * 10 > (to - from + 1) * 6) return;
  const content = spanOf(text, tokens[from]!, tokens[to]!);
  const reasons: string[] = [];
  out.push({ start: s.start, end: s.end, kind: 'reported', content, mention: m, cue, why, reasons });
}

export type { Token };
