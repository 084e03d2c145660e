/**
 * The subject of a clause in news prose: the noun phrase that opens a sentence or a later clause,
 * a pronoun or relative "who" nearer the quote, the owner of "Trump’s claim that". Used where no
 * reporting verb names the speaker (a quote woven into the writer's sentence) and by claims.
 */
import type { Token } from '../text/tokens';
import { tokenAt } from '../text/context';
import { APPOSITIVE_OPENERS, SUBJECT_PRONOUNS, classify, mentionAfter, mentionBefore, relativeMention, type ParsedMention } from '../speakers/mentions';
import { PHRASE_STOPS } from '../lexicon/people';
import { OPENING_PREPOSITIONS, SENTENCE_ADVERBS } from '../lexicon/places';
import { Lex } from '../lexicon/wordInfo';
import { BELIEF_VERBS } from '../lexicon/cues';
import { DASHES, isCue, tokenIndexOf } from './cueTokens';

/** What the relative `who` at tokens[who] stands for: "Mike Lee" in "Mike Lee, who declared …". */
export function relativeAntecedent(tokens: Token[], who: number, a: number): ParsedMention | null {
  const end = tokens[who - 1]?.text === ',' ? who - 1 : who;
  if (end - 1 < a) return null;
  const m = mentionBefore(tokens, end, a);
  if (!m || m.kind === 'pronoun') return null;
  if (m.kind !== 'role' && m.kind !== 'anonymous') return m;
  // "McConnell, now the majority leader, who …": the role is an appositive of the name before it
  let k = tokenIndexOf(tokens, m.start) - 1;
  while (k > a && tokens[k]!.isWord && !tokens[k]!.cap && m.start - tokens[k]!.start < 12) k--;
  const named = tokens[k]?.text === ',' && k - 1 >= a ? mentionBefore(tokens, k, a) : null;
  return named && (named.kind === 'name' || named.kind === 'surname' || named.kind === 'title') ? named : m;
}

/** Words that open a clause before its subject: "But Trump said". */
const LEADING_SKIP = new Set(['but', 'and', 'so', 'yet', 'then', 'also', 'however', 'meanwhile', 'still', 'instead']);

/** The noun phrase that opens a clause: "Blinken" in "Blinken followed by saying:". */
export function subjectAtStart(tokens: Token[], a: number, b: number): ParsedMention | null {
  let i = a;
  while (i <= b && (!tokens[i]!.isWord || LEADING_SKIP.has(tokens[i]!.lower) || /^[A-Z]{3,}$/.test(tokens[i]!.text))) i++;
  // the end of a dateline: "PORTLAND, Ore. - Peter Santilli, …"
  if (i + 1 <= b && tokens[i]!.text.endsWith('.') && DASHES.has(tokens[i + 1]!.text)) i += 2;
  if (i > b) return null;
  if (/ing$/.test(tokens[i]!.lower) && tokens[i]!.cap) return null; // "Boasting that …": no subject here
  if (tokens[i]!.cap && (SENTENCE_ADVERBS.has(tokens[i]!.lower) || OPENING_PREPOSITIONS.has(tokens[i]!.lower))) return null; // "Given his past …", "First, …", "Despite …"
  // "Two years before …", "All this has led …", "One would require …": a number or quantifier and
  // a lower-case word open a noun phrase that names nobody
  if (QUANTIFIERS.has(tokens[i]!.lower) && (tokens[i + 1]?.isWord !== true || !tokens[i + 1]!.cap)) return null;
  // "Dec. 8 (UPI) — …": a date, not a subject
  if (tokens[i]!.flags & Lex.NotName && /^\d/.test(tokens[i + 1]?.text ?? '')) return null;
  // "Earlier, Trump said": one capitalised word and a comma open the sentence; "Kukura, a
  // junior, said" is a name with an appositive
  const next = tokens[i + 1];
  // ("in Tulsa, Oklahoma, arguing": a lone word closing the stretch continues a place)
  if (next?.text === ',' && (i + 2 > b || !APPOSITIVE_OPENERS.has(tokens[i + 2]!.lower)) && tokens[i]!.cap && !(tokens[i]!.flags & Lex.Title)) return null;
  const m = mentionAfter(tokens, i, b);
  if (!m || m.kind === 'role') return m && m.kind === 'role' ? m : null;
  return m;
}

const QUANTIFIERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'all', 'many', 'more', 'most', 'some', 'several', 'few', 'both', 'each', 'every', 'part', 'much', 'such', 'you']);

const SENTENCE_OPENERS = new Set(['the', 'a', 'an', ...LEADING_SKIP]);

/**
 * The subject of a sentence, tokens[a..b]: the noun phrase that opens it, or the one after an
 * opening phrase and its comma ("During the convention, Police Chief Calvin Williams lobbied …",
 * at most two such phrases). Tokens inside quotes (`inQuote`) are never the subject.
 */
export function sentenceSubject(tokens: Token[], a: number, b: number, inQuote?: boolean[]): ParsedMention | null {
  let from = a;
  let found: ParsedMention | null = null;
  let lone: ParsedMention | null = null;
  for (let clause = 0; clause < 4 && from <= b; clause++) {
    let first = from;
    while (first <= b && (!tokens[first]!.isWord || inQuote?.[first])) first++;
    if (first > b) break;
    // a later clause may open with its link: "…, in which she called for …", "…, when he said …"
    let linked = false;
    if (clause > 0) {
      if (SUBORDINATORS.has(tokens[first]!.lower)) {
        first++;
        linked = true;
      } else if (tokens[first + 1]?.lower === 'which' && PHRASE_STOPS.has(tokens[first]!.lower)) {
        first += 2;
        linked = true;
      }
      if (first > b) break;
    }
    const m = subjectAtStart(tokens, first, b);
    const head = tokens[first]!;
    // "Trump, in the middle of a swing through Florida, hammered the …": a lone name, a phrase
    // set off by commas, then the verb
    if (clause === 0 && !m && head.cap && tokens[first + 1]?.text === ',' && !(head.flags & (Lex.NotName | Lex.Title))) lone = mentionAfter(tokens, first, first);
    else if (clause > 0 && !m && !found && lone && !linked && !head.cap && (isCue(head) || /(?:ed|s)$/.test(head.lower))) found = lone;
    // the clause nearest the quote speaks: "Though Kaine …, in 2009, he signed …"; a later
    // clause's description is an appositive ("Trump, the nominee, called …"), not a new subject
    // "he paid a visit to Laredo, Texas and explained why": a name closing a place and joined to
    // the next verb by "and" is the end of the earlier clause
    if (clause > 0 && m && m.kind !== 'pronoun' && tokens[tokenAt(tokens, m.end)]?.lower === 'and' && tokens[tokenAt(tokens, m.end) + 1]?.cap === false) {
      from = nextClause(tokens, from, b, inQuote);
      continue;
    }
    const person = m !== null && (m.kind === 'pronoun' || m.kind === 'name' || m.kind === 'surname');
    if (m && opensClause(tokens, first, m) && (!found || PERSON_KINDS.has(m.kind)) && (!linked || person)) found = m;
    from = nextClause(tokens, from, b, inQuote);
  }
  return found;
}

/**
 * Where the clause after tokens[from] starts: after its comma or semicolon. A comma inside a
 * quote does not count, except the one closing it (“…called “distasteful,” Santilli said …”).
 */
function nextClause(tokens: Token[], from: number, b: number, inQuote?: boolean[]): number {
  for (; from <= b; from++) {
    const t = tokens[from]!.text;
    if (t !== ',' && t !== ';') continue;
    if (!inQuote?.[from] || (inQuote[from + 1] && !inQuote[from + 2] && from + 2 <= b && !tokens[from + 1]!.isWord)) break;
  }
  return from + 1;
}

/**
 * A pronoun that opens a later clause of tokens[a..b] with its own verb ("…, because he thought
 * it", "as she keeps talking about the"), or a relative `who`: the nearest clause's subject chose
 * the quoted words. Nominative pronouns only, after a comma or a subordinator, with a word between
 * it and the quote; relative clauses only when `relatives`.
 */
export function nearerClauseSubject(tokens: Token[], a: number, b: number, relatives: boolean, inQuote?: boolean[]): ParsedMention | null {
  let comma = b < tokens.length && tokens[b]!.text === ',';
  // (the nearest clause is near: a bounded look-back keeps a sentence of many quotes linear)
  for (let k = b - 1; k > a && b - k < 60; k--) {
    const t = tokens[k]!;
    if (inQuote?.[k]) return null;
    if (t.text === ',') comma = true;
    if (t.lower === 'who' && relatives) {
      // "Trump, who has postured himself as the “…”": the antecedent of a relative clause set
      // off by a comma ("any candidate who wants …" restricts, it does not speak)
      const next = tokens[k + 1]!;
      // (a comma after it closes the clause: "Mosad, who was …, was treated")
      const antecedent = !comma && tokens[k - 1]!.text === ',' && next.isWord && !next.cap && !SUBJECT_PRONOUNS.has(next.lower) ? relativeAntecedent(tokens, k, a) : null;
      if (antecedent) return relativeMention(t, antecedent);
      continue;
    }
    if (!SUBJECT_PRONOUNS.has(t.lower)) continue;
    const before = tokens[k - 1]!;
    const verb = tokens[k + 1]!;
    if (!(before.text === ',' || CLAUSE_LINKS.has(before.lower)) || !verb.isWord || verb.cap || verb.lower === 'quote') continue;
    // against a cue of the sentence, only a clause that reports too ("because he thought it"),
    // not "Xi said before he sat down with Blinken that …"
    if (!relatives && !reportsWithin(tokens, k + 1, Math.min(b, k + 3))) continue;
    return classify(tokens, k, k, null);
  }
  return null;
}

/**
 * "Trump’s claim that", "Clinton's assertion of a", "Sanders' call for": a possessive name before
 * a noun of speech, within tokens[a..b], owns the words quoted after it.
 */
export function speechNounOwner(tokens: Token[], a: number, b: number, inQuote?: boolean[]): ParsedMention | null {
  for (let k = b; k > a; k--) {
    const noun = tokens[k]!;
    if (inQuote?.[k] || noun.text === ',' || noun.text === ';') return null;
    if (!SPEECH_NOUNS.has(noun.lower)) continue;
    return ownedWordsFollow(tokens, k, b) ? possessiveBefore(tokens, k, a) : null;
  }
  return null;
}

/** The noun at `k` introduces the quote: "claim that …", "call for a", or the quote itself next. */
export function ownedWordsFollow(tokens: Token[], k: number, b: number): boolean {
  return b - k <= 8 && (k === b || NOUN_LINKS.has(tokens[k + 1]!.lower));
}

const NOUN_LINKS = new Set(['that', 'of', 'for', 'about', 'to']);

/** The possessive name before the noun at `k`, at most one word between ("Trump’s repeated claim"). */
export function possessiveBefore(tokens: Token[], k: number, a: number): ParsedMention | null {
  for (let p = k - 1; p >= a && k - p <= 2; p--) {
    const t = tokens[p]!;
    if (t.cap && /['’]s?$/.test(t.text) && /['’]/.test(t.text)) {
      const owner = classify(tokens, p, p, null);
      return owner && (owner.kind === 'name' || owner.kind === 'surname' || owner.kind === 'title') ? owner : null;
    }
    if (!t.isWord || t.cap) break;
  }
  return null;
}

export const SPEECH_NOUNS = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'statement', 'statements', 'promise', 'pledge', 'call', 'calls',
  'comment', 'comments', 'remark', 'remarks', 'vow', 'warning', 'insistence', 'suggestion', 'argument', 'accusation',
  'charge', 'boast', 'admission', 'contention', 'dictum', 'description', 'characterization', 'words', 'slogan', 'tweet', 'mantra',
]);

function reportsWithin(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (isCue(tokens[k]!) || BELIEF_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

const CLAUSE_LINKS = new Set(['what', 'because', 'as', 'though', 'although', 'while', 'when', 'and', 'but', 'so', 'since', 'after', 'before', 'where', 'which', 'whom', 'until', 'once']);

/** Mention kinds that name a person (or stand for one). */
export const PERSON_KINDS = new Set(['pronoun', 'name', 'surname', 'title']);

const SUBORDINATORS = new Set(['which', 'who', 'when', 'where', 'while', 'as', 'because', 'after', 'before', 'if', 'since', 'although', 'though', 'and', 'but', 'so']);

/** No word but an article or a conjunction before the subject: not "the past" in "Given the past". */
function opensClause(tokens: Token[], first: number, m: ParsedMention): boolean {
  for (let k = first; tokens[k] && tokens[k]!.start < m.start; k++) {
    if (tokens[k]!.isWord && !SENTENCE_OPENERS.has(tokens[k]!.lower) && !/^[A-Z]{3,}$/.test(tokens[k]!.text)) return false;
  }
  return true;
}
