/**
 * Reads the noun phrase that names a speaker next to a reporting cue, and says what it is: a
 * pronoun, a name with its title ("US Secretary of State Antony Blinken"), an organisation ("the
 * US State Department", "state media"), a role ("the secretary") or an unnamed source ("a senior
 * official who asked not to be named"). Appositives ("Hugh Hill, a doctor,") become the role.
 */
import type { Gender, MentionKind } from '../model';
import type { Token } from '../text/tokens';
import { stripPossessive } from '../text/tokens';
import { tokenAt } from '../text/context';

/** Capitalised words that are never a speaker's name: articles, days, months. */
const TIME_WORDS = /^(?:the|a|an|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|yesterday)$/;
import {
  ADVERBS_BEFORE_CUE,
  ANONYMOUS_NOUNS,
  FEMALE_WORDS,
  MALE_WORDS,
  MEDIA_NAMES,
  DOCUMENT_NOUNS,
  ORGANISATION_WORDS,
  PHRASE_STOPS,
  ROLE_NOUNS,
  TITLE_WORDS,
  genderOfFirstName,
  pronounInfo,
} from '../lexicon/people';
import { Lex } from '../lexicon/wordInfo';

export interface ParsedMention {
  start: number;
  end: number;
  kind: MentionKind;
  /** The proper-name part ("Antony Blinken", "State Department"), or the phrase for roles. */
  name: string;
  role: string | null;
  gender: Gender;
  plural: boolean;
  /**
   * For a relative pronoun ("Mike Lee, who declared …"): the phrase it stands for. The mention
   * is the pronoun, the words that attribute; the antecedent says who that is.
   */
  antecedent?: ParsedMention;
}

/** The relative pronoun `who` (a token) standing for `antecedent`. */
export function relativeMention(who: Token, antecedent: ParsedMention): ParsedMention {
  return { ...antecedent, start: who.start, end: who.end, antecedent };
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const LONE_SOURCES = new Set(['one', 'another', 'most', 'many', 'others', 'several']);
/** Pronouns that can be the subject of a clause. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const DESCRIBERS = new Set(['the', 'a', 'an', 'another', 'one', 'his', 'her', 'their']);
const NAME_JOINERS = new Set(['of', 'for', 'de', 'del', 'da', 'van', 'von', 'bin', 'al', 'el', 'la', 'le', 'di', 'du', 'and', '&']);
/** Words that open an appositive after a name and its comma: "Hugh Hill, a doctor". */
export const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'which', 'his', 'her', 'its', 'their', 'former', 'now', 'then', 'one', 'also', 'another', 'himself', 'herself', 'chief', 'president', 'director', 'spokesman', 'spokeswoman']);
const MAX_PHRASE = 12;

/** "Will Doyle", "May Smith": a capitalised function word that opens a name. */
function isFirstName(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return t.cap && t.isWord && PHRASE_STOPS.has(t.lower) && FIRST_NAME_STOPS.has(t.lower) && next !== undefined && next.isWord && next.cap && !PHRASE_STOPS.has(next.lower) && !(next.flags & Lex.NotName);
}

const FIRST_NAME_STOPS = new Set(['will', 'may', 'don']);

/** Words allowed lower-case inside a speaker phrase: adjectives and nouns, never verbs. */
function isPhraseWord(t: Token): boolean {
  if (!t.isWord) return false;
  if (PHRASE_STOPS.has(t.lower)) return false;
  if (t.cap) return true;
  if (t.cue?.strong) return false;
  if (/^\d/.test(t.text)) return /^\d+-year-old$/.test(t.lower);
  // "well-connected", "London-based": a hyphenated participle is an adjective
  return !/(?:ed|ing)$/.test(t.lower) || t.lower.includes('-') || ANONYMOUS_NOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower);
}

/**
 * The speaker phrase that ends just before `tokens[cue]` and starts no earlier than `floor`.
 * Skips adverbs ("Blinken also said"), appositives ("Hill, a doctor, said") and relative clauses
 * ("a senior official who asked not to be named said").
 */
export function mentionBefore(tokens: Token[], cue: number, floor: number): ParsedMention | null {
  const found = speakerPhraseBefore(tokens, cue, floor);
  if (found && found.kind !== 'role') return found;
  // "Trump in his announcement speech called …": a short setting between the speaker and the
  // verb (else "his announcement speech" would read as a role)
  for (let p = cue - 2; p > floor && cue - p <= 6; p--) {
    const t = tokens[p]!;
    if (!t.isWord || t.cap) break;
    if (SETTING_PREPOSITIONS.has(t.lower)) {
      const before = tokens[p - 1];
      if (!before || !before.cap || !before.isWord) break;
      const m = speakerPhraseBefore(tokens, p, floor);
      return m && m.kind !== 'role' ? m : found;
    }
  }
  return found;
}

const SETTING_PREPOSITIONS = new Set(['in', 'at', 'on', 'during']);

function speakerPhraseBefore(tokens: Token[], cue: number, floor: number): ParsedMention | null {
  let i = cue - 1;
  // adverbs: "Blinken also said", "he quickly added" (not "the daily wrote": a noun after "the")
  while (i >= floor && tokens[i]!.isWord && !tokens[i]!.cap && (ADVERBS_BEFORE_CUE.has(tokens[i]!.lower) || (/ly$/.test(tokens[i]!.lower) && !DESCRIBERS.has(tokens[i - 1]?.lower ?? '')))) i--;
  if (i < floor) return null;
  // "Rubio’s proposed credit", "Trump’s claims": a possessive qualifies a noun; it never does the verb
  if (tokens[i]!.isWord && /['’]s?$/.test(tokens[i]!.text) && /['’]/.test(tokens[i]!.text) && !pronounInfo(stripPossessive(tokens[i]!.lower))) return null;
  // "it said": the pronoun for a statement, a report or an organisation
  if (tokens[i]!.lower === 'it' && (i === floor || !tokens[i - 1]!.isWord || PHRASE_STOPS.has(tokens[i - 1]!.lower))) return classify(tokens, i, i, null);
  i = skipParenthesis(tokens, i, floor);
  let appositive: string | null = null;
  // relative clause without commas: "a senior official who asked not to be named said" (not when
  // a name stands right before the cue: "… who supported which bill that Gov. Chris Christie said")
  for (let k = i; k > floor && k > i - 14 && !tokens[i]!.cap; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';' || t.text === ':') break;
    if ((t.lower === 'who' || t.lower === 'whose') && k - 1 >= floor && tokens[k - 1]!.isWord) {
      appositive = tokens.slice(k, i + 1).map((x) => x.text).join(' ');
      i = k - 1;
      break;
    }
  }
  if (tokens[i]?.text === ',' && tokens[i - 2]?.text === ',' && tokens[i - 1]!.isWord && !tokens[i - 1]!.cap && (PHRASE_STOPS.has(tokens[i - 1]!.lower) || /ly$/.test(tokens[i - 1]!.lower))) {
    i -= 3; // "Hunter, meanwhile, told": an aside, not an appositive
    if (i < floor) return null;
  }
  if (tokens[i]?.text === ',') {
    // appositive or relative clause between commas: "Hugh Hill, a doctor, said"
    let j = i - 1;
    while (j >= floor && tokens[j]!.text !== ',' && tokens[j]!.text !== ';' && tokens[j]!.text !== ':' && i - j < 30) j--;
    if (j < floor || tokens[j]!.text !== ',') return null;
    // "Anne Richards, assistant secretary of state for population, refugees, and migration, said":
    // a list inside the appositive; its lower-case items go back to the comma after the name
    for (let itemEnd = i, extra = 0; extra < 4 && listItem(tokens, j + 1, itemEnd); extra++) {
      let k = j - 1;
      while (k >= floor && tokens[k]!.text !== ',' && tokens[k]!.text !== ';' && i - k < 40) k--;
      if (k < floor || tokens[k]!.text !== ',') break;
      itemEnd = j;
      j = k;
    }
    const first = tokens[j + 1];
    const inner = tokens.slice(j + 1, i);
    if (inner.length >= 2 && inner.every((t) => t.isWord && t.cap && !(t.flags & Lex.NotName))) {
      // "Sanders's campaign manager, Jeff Weaver, said": the name between commas, its role before
      const name = classify(tokens, j + 1, i - 1, null);
      const role = mentionBefore(tokens, j, floor);
      if (name && (name.kind === 'name' || name.kind === 'surname') && role && role.kind !== 'pronoun') return { ...name, role: joinTokens(tokens, tokenAt(tokens, role.start), j) };
    }
    // "Trump, speaking to a veterans group, said": a participle phrase between commas
    const participle = first !== undefined && first.isWord && !first.cap && /ing$/.test(first.lower);
    const describes = participle || inner.some((t) => t.lower === 'who' || ROLE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower));
    // "Mitch McConnell, R-Ky., said": party and state
    const partyState = inner.length === 1 && /^[RDI]-[A-Z]/.test(first?.text ?? '');
    if (!first || !(APPOSITIVE_OPENERS.has(first.lower) || /^\d/.test(first.text) || /['’]s$/.test(first.text) || describes || partyState)) return null;
    // "…, Clinton’s right-hand woman rallied supporters, saying": a clause with its own verb, not an appositive
    const relative = first.lower === 'who' || first.lower === 'whose' || first.lower === 'which' || participle;
    if (!relative && inner.some((t, n) => t.isWord && !t.cap && (t.cue?.strong === true || (/ed$/.test(t.lower) && !t.lower.includes('-') && !ROLE_NOUNS.has(t.lower) && !describesNext(inner[n - 1]))))) return null;
    appositive = participle ? null : joinTokens(tokens, j + 1, i);
    i = j - 1;
    i = skipParenthesis(tokens, i, floor); // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
    // "Brittany Lockwood, 20, a political science major, said": an age before the appositive
    if (i - 1 >= floor && /^\d{1,3}$/.test(tokens[i]!.text) && tokens[i - 1]!.text === ',') i -= 2;
  }
  // "an investment he concludes has …": a subject pronoun is the whole phrase
  if (i >= floor && SUBJECT_PRONOUNS.has(tokens[i]!.lower)) return classify(tokens, i, i, appositive);
  const end = i;
  let lower = 0;
  let k = i;
  for (; k >= floor && end - k < MAX_PHRASE; k--) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.lower)) {
      k--;
      break;
    }
    if (NAME_JOINERS.has(t.lower) && !t.cap) {
      if (k - 1 >= floor && tokens[k - 1]!.cap && tokens[k + 1]?.cap) continue;
      // "the Florida senator and Republican presidential candidate": two roles of one person
      if (t.lower === 'and' && k - 1 >= floor && ROLE_NOUNS.has(tokens[k - 1]!.lower)) continue;
      break;
    }
    if (isFirstName(tokens, k)) continue;
    if (!isPhraseWord(t)) break;
    if (t.cap && PHRASE_STOPS.has(t.lower)) break;
    if (!t.cap && ++lower > 5) break;
  }
  const startIdx = k + 1;
  if (startIdx > end) return null;
  // "A producer for Yahoo Studios told": the role is the head, the organisation qualifies it
  const link = tokens[startIdx - 1];
  const head = tokens[startIdx - 2];
  if (link && head && startIdx - 2 >= floor && ROLE_LINKS.has(link.lower) && !head.cap && (ROLE_NOUNS.has(head.lower) || ANONYMOUS_NOUNS.has(head.lower))) {
    let from = startIdx - 2;
    while (from - 1 >= floor && startIdx - from < 6 && tokens[from - 1]!.isWord && (DESCRIBERS.has(tokens[from - 1]!.lower) || (!tokens[from - 1]!.cap && isPhraseWord(tokens[from - 1]!)))) {
      from--;
      if (DESCRIBERS.has(tokens[from]!.lower)) break;
    }
    if (DESCRIBERS.has(tokens[from]!.lower)) return role(tokens, from, end, appositive);
  }
  const found = classify(tokens, startIdx, end, appositive);
  // "a Donald Trump tweet": a name after "a" qualifies the noun that follows; it does not speak
  if (found && (found.kind === 'name' || found.kind === 'surname') && (tokens[startIdx]!.lower === 'a' || tokens[startIdx]!.lower === 'an')) return null;
  // "Jeffrey Lewis of the James Martin Center said": the person, with the organisation as role
  if (found && found.kind === 'organisation') {
    let k2 = startIdx - 1;
    if (tokens[k2]?.lower === 'the') k2--;
    if (k2 - 1 >= floor && ROLE_LINKS.has(tokens[k2]!.lower) && tokens[k2 - 1]!.cap) {
      const person = mentionBefore(tokens, k2, floor);
      if (person && (person.kind === 'name' || person.kind === 'title')) return { ...person, end: found.end, role: person.role ?? joinTokens(tokens, k2, end + 1) };
    }
  }
  return found;
}

const ROLE_LINKS = new Set(['for', 'of', 'at', 'with', 'from']);

/** "a retired general", "the newly elected mayor": an -ed word after these is an adjective. */
function describesNext(t: Token | undefined): boolean {
  return t !== undefined && (DESCRIBERS.has(t.lower) || /ly$/.test(t.lower) || t.lower === 'recently' || t.lower === 'long');
}

/** A short lower-case item of a list between commas: "refugees", "and migration". */
function listItem(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!tokens[k]!.isWord || tokens[k]!.cap) return false;
  return true;
}

/** "Rep. Gwen Moore (D-Wis.)": the index before a short parenthesis that ends at tokens[i]. */
function skipParenthesis(tokens: Token[], i: number, floor: number): number {
  if (tokens[i]?.text !== ')') return i;
  let j = i - 1;
  while (j > floor && tokens[j]!.text !== '(' && i - j < 8) j--;
  return tokens[j]?.text === '(' && j - 1 >= floor ? j - 1 : i;
}

/** Lower-case title words from tokens[k] up to a capitalised name within three words. */
function nameFollows(tokens: Token[], k: number, ceil: number): boolean {
  for (let j = k; j <= ceil && j - k < 4; j++) {
    const t = tokens[j]!;
    if (!t.isWord || PHRASE_STOPS.has(t.lower)) return false;
    if (t.cap) return !(t.flags & Lex.NotName);
  }
  return false;
}

/** The speaker phrase that starts at `tokens[from]`: "said Hugh Hill, a doctor." */
export function mentionAfter(tokens: Token[], from: number, ceil: number): ParsedMention | null {
  let i = from;
  if (i > ceil) return null;
  // "he paid a visit": a subject pronoun is the whole phrase, whatever verb follows
  if (SUBJECT_PRONOUNS.has(tokens[i]!.lower)) return classify(tokens, i, i, null);
  let lower = 0;
  let seenCap = false;
  let onlyAdjectives = false;
  let end = i - 1;
  for (let k = i; k <= ceil && k - i < MAX_PHRASE; k++) {
    const t = tokens[k]!;
    if ((DETERMINERS.has(t.lower) || ((t.lower === 'its' || t.lower === 'their') && k + 1 <= ceil)) && k === i) {
      end = k;
      continue;
    }
    if (NAME_JOINERS.has(t.lower) && !t.cap) {
      if (tokens[k + 1]?.cap || (t.lower === 'of' && k > i && TITLE_WORDS.has(tokens[k - 1]!.lower))) continue;
      break;
    }
    if (isFirstName(tokens, k)) {
      seenCap = true;
      end = k;
      continue;
    }
    if (!isPhraseWord(t)) break;
    if (t.cap && PHRASE_STOPS.has(stripPossessive(t.lower))) break;
    // after a name only a role noun may follow: "Trump took a risk" ends at "Trump"
    // after a possessive the noun phrase goes on: "Clinton’s right-hand woman"
    const afterPossessive = k > i && /['’]s?$/.test(tokens[k - 1]!.text) && /['’]/.test(tokens[k - 1]!.text);
    if (!t.cap && seenCap && !afterPossessive && !(t.flags & (Lex.Title | Lex.Role | Lex.Anonymous | Lex.Organisation)) && !(onlyAdjectives && nameFollows(tokens, k, ceil))) break;
    if (t.cap) {
      seenCap = true;
      // "Republican presidential nominee Donald Trump": a party or place adjective, then the title
      onlyAdjectives = (onlyAdjectives || k === i || DETERMINERS.has(tokens[k - 1]!.lower)) && (t.flags & Lex.NotName) !== 0;
    }
    if (k === i && /^[A-Z]{3,}$/.test(t.text) && (tokens[k + 1]?.text === '—' || tokens[k + 1]?.text === '–' || tokens[k + 1]?.text === '-')) break; // dateline
    if (!t.cap && ++lower > 5) break;
    end = k;
  }
  while (end >= i && (DETERMINERS.has(tokens[end]!.lower) || NAME_JOINERS.has(tokens[end]!.lower))) end--;
  if (end < i) return null;
  let appositive: string | null = null;
  const comma = end + 1;
  if (tokens[comma]?.text === ',' && tokens[comma + 1] && APPOSITIVE_OPENERS.has(tokens[comma + 1]!.lower) && tokens[comma + 1]!.lower !== 'who' && tokens[comma + 1]!.lower !== 'which') {
    let j = comma + 1;
    while (j <= ceil && tokens[j]!.text !== ',' && tokens[j]!.text !== '.' && tokens[j]!.text !== ';' && j - comma < 16) j++;
    appositive = joinTokens(tokens, comma + 1, j);
  }
  const found = classify(tokens, i, end, appositive);
  if (found) return found;
  // "Clinton’s broadside against …": not a speaker phrase, but the possessive names one
  for (let k = i; k < end; k++) {
    const t = tokens[k]!;
    if (t.cap && /['’]s?$/.test(t.text) && /['’]/.test(t.text)) return classify(tokens, i, k, null);
  }
  return null;
}

function joinTokens(tokens: Token[], from: number, to: number): string {
  // reconstruct with single spaces; punctuation glued to the word before it
  let s = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    s += (s && t.isWord ? ' ' : '') + t.text;
  }
  return s.trim();
}

function isAcronym(t: Token): boolean {
  return /^[A-Z][A-Z0-9&.-]+$/.test(t.text) && t.text.replace(/\./g, '').length >= 2;
}

function isTitleToken(t: Token): boolean {
  if (TITLE_WORDS.has(t.lower)) return true;
  if (/['’]s$/.test(t.text)) return true; // "China’s top foreign policy official"
  return false;
}

/** Says what the phrase tokens[from..to] names. */
export function classify(tokens: Token[], from: number, to: number, appositive: string | null): ParsedMention | null {
  const first = tokens[from]!;
  const last = tokens[to]!;
  const start = first.start;
  const end = last.end;
  const phrase = tokens.slice(from, to + 1);
  const words = phrase.filter((t) => t.isWord);
  if (words.length === 0) return null;

  if (words.length === 1) {
    const p = pronounInfo(stripPossessive(words[0]!.lower)); // "she’s said": a contraction, still the pronoun
    if (p) return { start, end, kind: 'pronoun', name: stripPossessive(words[0]!.text), role: null, gender: p.gender, plural: p.plural };
    // "“…,” one said. “…,” said another.": one of a group the story describes
    if (LONE_SOURCES.has(words[0]!.lower)) return anonymous(tokens, from, to, appositive);
  }

  // the last run of capitalised words (with joiners) is the proper name; "Monday", "The" are not names
  let runEnd = to;
  while (runEnd >= from && (!tokens[runEnd]!.cap || TIME_WORDS.test(tokens[runEnd]!.lower))) {
    if (tokens[runEnd]!.cap && runEnd === to && TIME_WORDS.test(tokens[runEnd]!.lower)) {
      to--; // trailing "Monday" in "told a Politico reporter Monday"
      if (to < from) return null;
    }
    runEnd--;
  }
  if (runEnd >= from) {
    let runStart = runEnd;
    while (runStart - 1 >= from && (tokens[runStart - 1]!.cap || (NAME_JOINERS.has(tokens[runStart - 1]!.lower) && runStart - 2 >= from && tokens[runStart - 2]!.cap))) runStart--;
    const run = tokens.slice(runStart, runEnd + 1);
    // "one well-connected Democrat", "a Republican": a described party member, not a name
    if (runStart > from && DESCRIBERS.has(first.lower) && run.every((t) => t.flags & Lex.NotName) && runEnd === to) return role(tokens, from, to, appositive);
    const lowerTail = tokens.slice(runEnd + 1, to + 1).filter((t) => t.isWord);
    // "Police Chief Calvin Williams": an organisation's title, then a person's name
    let lastTitle = -1;
    run.forEach((t, k) => {
      if (TITLE_WORDS.has(t.lower) && k < run.length - 1) lastTitle = k;
    });
    const personAfterTitle = lastTitle >= 0 && run.slice(lastTitle + 1).every((t) => !ORGANISATION_WORDS.has(t.lower) && !MEDIA_NAMES.has(t.lower) && !isAcronym(t));
    const isOrg =
      (!personAfterTitle && run.some((t) => ORGANISATION_WORDS.has(t.lower) || MEDIA_NAMES.has(t.lower))) ||
      lowerTail.some((t) => ORGANISATION_WORDS.has(t.lower)) ||
      (run.length === 1 && isAcronym(run[0]!) && !TITLE_WORDS.has(run[0]!.lower));
    if (lowerTail.length > 0 && !isOrg) {
      // "Obama’s campaign manager", "the Clinton campaign": the head is the lower-case noun
      const head = lowerTail[lowerTail.length - 1]!;
      if (ANONYMOUS_NOUNS.has(head.lower) && !ROLE_NOUNS.has(head.lower)) return anonymous(tokens, from, to, appositive);
      if (ROLE_NOUNS.has(head.lower)) return role(tokens, from, to, appositive);
      if (DOCUMENT_NOUNS.has(head.lower)) return organisation(tokens, from, to, appositive);
      return null;
    }
    if (isOrg) {
      const nameTokens = tokens.slice(runStart, to + 1);
      const name = joinTokens(nameTokens, 0, nameTokens.length);
      return { start, end, kind: 'organisation', name, role: appositive, gender: 'unknown', plural: false };
    }
    let nameStart = runStart;
    while (nameStart < runEnd && (isTitleToken(tokens[nameStart]!) || (tokens[nameStart]!.lower === 'of' && isTitleToken(tokens[nameStart + 1]!)))) nameStart++;
    // "Police Chief Calvin Williams", "Senate Majority Leader Mitch McConnell": a title word
    // further in ends the title, with the words before it
    for (let k = runEnd - 1; k > nameStart; k--) {
      if (TITLE_WORDS.has(tokens[k]!.lower)) {
        nameStart = k + 1;
        break;
      }
    }
    if (nameStart === runEnd && isTitleToken(tokens[runEnd]!) && !/['’]s$/.test(tokens[runEnd]!.text)) {
      // only title words: "the President", "the Secretary of State"
      return role(tokens, from, to, appositive);
    }
    const nameToks = tokens.slice(nameStart, runEnd + 1).filter((t) => t.isWord);
    const name = nameToks.map((t) => stripPossessive(t.text)).join(' ');
    const titleToks = tokens.slice(from, nameStart).filter((t) => t.isWord && !DETERMINERS.has(t.lower));
    const titleText = titleToks.length && titleToks.some((t) => isTitleToken(t) || ROLE_NOUNS.has(t.lower)) ? tokens.slice(from, nameStart).filter((t) => !DETERMINERS.has(t.lower) || t !== first).map((t) => t.text).join(' ') : null;
    const kind: MentionKind = nameToks.length >= 2 ? 'name' : titleText ? 'title' : 'surname';
    let gender: Gender = 'unknown';
    for (const t of titleToks) {
      if (FEMALE_WORDS.has(t.lower)) gender = 'female';
      else if (MALE_WORDS.has(t.lower)) gender = 'male';
    }
    if (gender === 'unknown' && nameToks.length >= 2) gender = genderOfFirstName(nameToks[0]!.text);
    if (gender === 'unknown' && appositive) gender = genderFromWords(appositive);
    return { start, end, kind, name, role: titleText ?? appositive, gender, plural: false };
  }

  const head = headWord(words);
  if (ANONYMOUS_NOUNS.has(head.lower) || words.some((w) => w.lower === 'sources' || w.lower === 'officials')) return anonymous(tokens, from, to, appositive);
  if (ORGANISATION_WORDS.has(head.lower)) {
    const name = joinTokens(tokens, from, to + 1);
    return { start, end, kind: 'organisation', name, role: appositive, gender: 'unknown', plural: false };
  }
  if (ROLE_NOUNS.has(head.lower)) return role(tokens, from, to, appositive);
  if (DOCUMENT_NOUNS.has(head.lower)) return organisation(tokens, from, to, appositive);
  // "the announcer said", "a bartender said", "said the 46-year-old": a short description of
  // someone next to a reporting verb
  if (DESCRIBERS.has(first.lower) && words.length >= 2 && words.length <= 4 && !head.cue && !/(?:ed|ing)$/.test(head.lower)) return role(tokens, from, to, appositive);
  return null;
}

/** The noun a lower-case phrase is about: its last word, or the role before "of" ("the secretary of state"). */
function headWord(words: Token[]): Token {
  const of = words.findIndex((w, k) => k > 0 && w.lower === 'of');
  const before = of > 0 ? words[of - 1]! : null;
  return before && ROLE_NOUNS.has(before.lower) ? before : words[words.length - 1]!;
}

/** A newspaper, a statement, a headline: the text speaks for whoever published it. */
function organisation(tokens: Token[], from: number, to: number, appositive: string | null): ParsedMention {
  const text = joinTokens(tokens, from, to + 1);
  return { start: tokens[from]!.start, end: tokens[to]!.end, kind: 'organisation', name: text, role: appositive, gender: 'unknown', plural: false };
}

function genderFromWords(s: string): Gender {
  for (const w of s.toLowerCase().split(/\W+/)) {
    if (FEMALE_WORDS.has(w)) return 'female';
    if (MALE_WORDS.has(w)) return 'male';
  }
  return 'unknown';
}

function role(tokens: Token[], from: number, to: number, appositive: string | null): ParsedMention {
  const text = joinTokens(tokens, from, to + 1);
  return { start: tokens[from]!.start, end: tokens[to]!.end, kind: 'role', name: text, role: appositive ?? text, gender: genderFromWords(text), plural: /s$/.test(tokens[to]!.lower) && !/ss$/.test(tokens[to]!.lower) };
}

function anonymous(tokens: Token[], from: number, to: number, appositive: string | null): ParsedMention {
  const text = joinTokens(tokens, from, to + 1);
  const full = appositive && /^who/i.test(appositive) ? `${text} ${appositive}` : text;
  const head = tokens[to]!.lower;
  return { start: tokens[from]!.start, end: tokens[to]!.end, kind: 'anonymous', name: full, role: null, gender: genderFromWords(text), plural: /s$/.test(head) && head !== 'press' };
}
