/**
 * Finds reporting cues and their speakers inside a stretch of tokens outside quotes: the patterns
 * of news writing ("X said", "said X", "according to X", "X told reporters", "— X", "Y reported X
 * as saying"). Returns what it found with the name of the pattern, for the "why" a person reads.
 */
import type { TextSpan } from '../model';
import type { Token } from '../text/tokens';
import { tokenAt } from '../text/context';
import { firstIndex } from '../text/search';
import { APPOSITIVE_OPENERS, classify, mentionAfter, mentionBefore, relativeMention, type ParsedMention } from '../speakers/mentions';
import { PHRASE_STOPS } from '../lexicon/people';
import { OPENING_PREPOSITIONS, SENTENCE_ADVERBS } from '../lexicon/places';
import { Lex } from '../lexicon/wordInfo';
import { BELIEF_VERBS } from '../lexicon/cues';

export interface CueMatch {
  mention: ParsedMention;
  cue: TextSpan;
  via: TextSpan | null;
  why: string;
  confidence: number;
  /** Index of the cue token. */
  cueIndex: number;
  /** For an attribution in the sentence after the quote: that sentence's length in tokens. */
  nextSentenceTokens?: number;
}

export function spanOf(text: string, from: Token, to: Token): TextSpan {
  return { start: from.start, end: to.end, text: text.slice(from.start, to.end) };
}

/** A reporting verb: lower-case ("States" in "the United States" is a country, not a verb). */
export function isCue(t: Token): boolean {
  const c = t.cue;
  return c !== null && (!t.cap || c.strong);
}

const MODALS = new Set(['who', 'which', 'whom', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'to', 'not', "n't", 'cannot', 'must']);

/** "Americans will say “no”", "an official who asked not to be named": not the attribution's cue. */
function isReportedCue(tokens: Token[], c: number): boolean {
  const prev = tokens[c - 1];
  return prev !== undefined && MODALS.has(prev.lower);
}

export function isStrongCue(t: Token): boolean {
  return t.cue !== null && t.cue.strong;
}

const DASHES = new Set(['—', '–', '-', '―']);

/** "according to X" starting at tokens[i]; returns the index of the first token of X. */
export function accordingToAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t && t.lower === 'according' && tokens[i + 1]?.lower === 'to') return i + 2;
  return -1;
}

/** The phrase after "according to" or "reported … as saying", up to punctuation: "a State Department readout". */
export function phraseUntilPunctuation(text: string, tokens: Token[], from: number, to: number): TextSpan | null {
  let k = from;
  while (k <= to && tokens[k]!.isWord && !(k > from && PHRASE_STOPS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'of')) k++;
  if (k === from) return null;
  return spanOf(text, tokens[from]!, tokens[k - 1]!);
}

/**
 * Attribution after a quote, tokens[a..b]: `“…,” X said` / `“…,” said X` / `“…” — X` /
 * `“…,” CCTV reported him as saying` / `“…,” he said according to a readout`.
 */
export function matchTrailing(text: string, tokens: Token[], a: number, b: number): CueMatch | null {
  let i = a;
  while (i <= b && !tokens[i]!.isWord && !DASHES.has(tokens[i]!.text)) i++;
  if (i > b) return null;
  const first = tokens[i]!;
  if (!first.isWord) {
    // dash attribution: ”—Hugh Hill, a doctor.
    // the credit is a name ("— Hugh Hill, a doctor"), not a phrase ("— a metaphor for …")
    const m = tokens[i + 1]?.cap ? mentionAfter(tokens, i + 1, b) : null;
    if (m && m.kind !== 'pronoun') return { mention: m, cue: spanOf(text, first, first), via: null, why: 'quote — X (dash attribution)', confidence: 0.85, cueIndex: i };
    return null;
  }
  const according = accordingToAt(tokens, i);
  if (according >= 0) {
    const m = mentionAfter(tokens, according, b);
    if (m) return { mention: m, cue: spanOf(text, first, tokens[i + 1]!), via: null, why: '“…,” according to X', confidence: 0.85, cueIndex: i };
  }
  // "… of “leading from behind” and Donald Trump says he's “…”": a new clause after the quote
  // reports the next words, not these
  if (COORDINATORS.has(first.lower) && i === a && tokens[a - 2]?.text !== ',') return null;
  // the cue must come within the first words after the quote
  for (let c = i; c <= b && c - i <= 60; c++) {
    const t = tokens[c]!;
    if ((t.text === '.' && tokens[c + 1]?.text !== ')') || t.text === ';' || t.text === '?' || t.text === '!') break;
    if (!isCue(t) || isReportedCue(tokens, c)) continue;
    // "Asked whether …, 75 percent of Democrats said yes": an answer, not the quote's attribution
    if (tokens[c + 1]?.lower === 'yes' || tokens[c + 1]?.lower === 'no') continue;
    // past 30 words only the attribution that closes the sentence: "…, the editorial board writes."
    const closing = tokens[c - 1]?.text === ',' || endsSentenceSoon(tokens, c, b);
    if (c - i > 30 && !closing) continue;
    if (c === i) {
      if (!isStrongCue(t)) continue; // "state media said": "state" is not "said"
      // "“…,” describing the team as …": a participle goes on with the sentence's own subject
      if (/ing$/.test(t.lower)) continue;
      const m = mentionAfter(tokens, c + 1, b);
      if (m) return finish({ mention: m, cue: spanOf(text, t, t), via: null, why: '“…,” said X', confidence: 0.9, cueIndex: c }, c);
      continue;
    }
    // "“…” a Trump tweet attacking …": the noun before a participle does not say the quote
    if (/ing$/.test(t.lower)) continue;
    const m = mentionBefore(tokens, c, i);
    if (!m) {
      // “…” about the decision, said RoseAnn DeMoro: "said X" after a comma, further along
      if (tokens[c - 1]?.text === ',' && (isStrongCue(t) || endsSentenceSoon(tokens, c + 1, b))) {
        const after = mentionAfter(tokens, c + 1, b);
        if (after && after.kind !== 'pronoun') return finish({ mention: after, cue: spanOf(text, t, t), via: null, why: '“…” …, said X', confidence: 0.8, cueIndex: c }, c);
      }
      continue;
    }
    // far from the quote only as a clause-final attribution: "… “stabilize” ties, Blinken said"
    const clauseFinal = tokens[tokenIndexOf(tokens, m.start) - 1]?.text === ',';
    if (m.start !== first.start && c - i > 12 && !(clauseFinal && endsSentenceSoon(tokens, c, b))) continue;
    // (a long title before the name is still the speaker phrase: "Fight for $15 organizing
    // director Kendall Fells told")
    if (m.start !== first.start && c - i > 6 && !clauseFinal && !(c - i <= 14 && onlyModifiers(tokens, i, tokenIndexOf(tokens, m.start)))) continue;
    const relayed = relayedSpeaker(text, tokens, c, b);
    if (relayed) return { mention: relayed.speaker, cue: spanOf(text, t, tokens[relayed.asIndex + 1]!), via: spanOf(text, tokens[tokenIndexOf(tokens, m.start)]!, tokens[tokenIndexOf(tokens, m.end - 1)]!), why: '“…,” Y reported X as saying (relayed)', confidence: 0.85, cueIndex: c };
    return finish({ mention: m, cue: cueSpan(text, tokens, c, b), via: null, why: '“…,” X said', confidence: m.start === first.start ? 0.95 : 0.75, cueIndex: c }, c);
  }
  return null;

  function finish(match: CueMatch, c: number): CueMatch {
    // "he said according to a State Department readout": the readout relays the words
    for (let k = c + 1; k <= b; k++) {
      const from = accordingToAt(tokens, k);
      if (from >= 0) {
        match.via = phraseUntilPunctuation(text, tokens, from, b);
        if (match.via) match.why += ', relayed (according to …)';
        break;
      }
    }
    return match;
  }
}

/** Whether the sentence ends within a few words after tokens[c]: "writes.", "said in a statement." */
function endsSentenceSoon(tokens: Token[], c: number, b: number): boolean {
  for (let k = c + 1; k <= c + 6; k++) {
    if (k > b) return true;
    const t = tokens[k]!.text;
    if (t === '.' || t === ';' || t === '?' || t === '!') return true;
    if (t === ',') return false;
  }
  return false;
}

/** Index of the token that holds `offset` (the first ending after it). */
function tokenIndexOf(tokens: Token[], offset: number): number {
  return Math.max(0, Math.min(firstIndex(tokens, (t) => t.end > offset), tokens.length - 1));
}

/** "told reporters", "said in a statement": the cue with the words that belong to it. */
function cueSpan(text: string, tokens: Token[], c: number, b: number): TextSpan {
  const t = tokens[c]!;
  const next = tokens[c + 1];
  if ((t.lower === 'told' || t.lower === 'tells' || t.lower === 'tell') && next && c + 1 <= b && next.isWord && !PHRASE_STOPS.has(next.lower) && !/^(?:a|an|the)$/.test(next.lower)) {
    return spanOf(text, t, next);
  }
  return spanOf(text, t, t);
}

/** "CCTV reported him as saying": the speaker is "him", relayed by CCTV. */
function relayedSpeaker(_text: string, tokens: Token[], c: number, b: number): { speaker: ParsedMention; asIndex: number } | null {
  for (let k = c + 1; k <= b && k <= c + 6; k++) {
    if (tokens[k]!.lower === 'as' && /^(?:saying|telling|writing|stating|declaring|warning|adding)$/.test(tokens[k + 1]?.lower ?? '')) {
      const m = mentionAfter(tokens, c + 1, k - 1);
      return m ? { speaker: m, asIndex: k } : null;
    }
  }
  return null;
}

/**
 * Attribution before a quote, tokens[a..b]: `X said: “` / `X said (that) “` / `According to X, “`
 * / `X told reporters “` / `X added, “` / `X followed by saying: “`, and a partial quote inside
 * reported speech (`Wang said that the visit came at a “critical juncture”`).
 */
export function matchLeading(text: string, tokens: Token[], a: number, b: number): CueMatch | null {
  let best: CueMatch | null = null;
  let via: TextSpan | null = null;
  for (let k = a; k <= b; k++) {
    const from = accordingToAt(tokens, k);
    if (from < 0) continue;
    const m = mentionAfter(tokens, from, b);
    const phrase = phraseUntilPunctuation(text, tokens, from, b);
    if (m) best = { mention: m, cue: spanOf(text, tokens[k]!, tokens[k + 1]!), via: null, why: 'according to X, “…”', confidence: 0.85, cueIndex: k };
    else if (phrase) via = phrase;
  }
  for (let c = b; c >= a; c--) {
    const t = tokens[c]!;
    if (!isCue(t)) continue;
    // "a short film called “Tenemos Familias”": a thing and its name, not a speaker and words
    if (c === b && NAMING_PARTICIPLES.has(t.lower) && tokens[c - 1]?.isWord && !tokens[c - 1]!.cap && !SUBJECT_PRONOUN_WORDS.has(tokens[c - 1]!.lower)) continue;
    // "Trump said, and I quote, “…”": the writer quoting, not a speaker
    if (t.lower === 'quote' && tokens[c - 1]?.lower === 'i') continue;
    // "Trump’s claim that “…”": the cue word is a noun, its owner speaks
    const owner = SPEECH_NOUNS.has(t.lower) && ownedWordsFollow(tokens, c, b) ? possessiveBefore(tokens, c, a) : null;
    if (owner) return { mention: owner, cue: cueSpan(text, tokens, c, b), via: null, why: 'X’s claim that … “…”', confidence: 0.7, cueIndex: c };
    // "Mike Lee, who declared in the spin room, “…”", "McConnell, who in 2010 said …": the
    // relative clause's antecedent speaks
    const who = relativePronounBefore(tokens, c, a);
    let antecedent = who >= 0 && isStrongCue(t) ? relativeAntecedent(tokens, who, a) : null;
    // far from the quote, "told a young woman who suggested that …, that “…”": the one told
    // does not speak the quote
    if (antecedent && b - c > 8 && isCue(tokens[tokenIndexOf(tokens, antecedent.start) - 1] ?? tokens[c]!)) antecedent = null;
    if (antecedent) return { mention: relativeMention(tokens[who]!, antecedent), cue: cueSpan(text, tokens, c, b), via: null, why: 'X, who said, “…”', confidence: 0.8, cueIndex: c };
    if (isReportedCue(tokens, c)) continue;
    const strong = isStrongCue(t);
    const near = b - c <= 3;
    const next = tokens[c + 1];
    const loose = !strong && !near && next?.lower !== 'that' && next?.text !== ':' && next?.text !== ',';
    // "TRT quoted him as saying that “…”": the speaker is "him", relayed by TRT
    if (tokens[c - 1]?.lower === 'as' && c - 2 >= a) {
      const speaker = mentionBefore(tokens, c - 1, a);
      const verb = speaker ? tokenIndexOf(tokens, speaker.start) - 1 : -1;
      const relay = verb > a && isCue(tokens[verb]!) ? mentionBefore(tokens, verb, a) : null;
      if (speaker && relay) {
        return { mention: speaker, cue: spanOf(text, tokens[verb]!, t), via: { start: relay.start, end: relay.end, text: text.slice(relay.start, relay.end) }, why: 'Y quoted X as saying “…” (relayed)', confidence: 0.85, cueIndex: c };
      }
    }
    // "…, saying: “" and "adding that “": the subject is the clause's, not the word before
    const participle = /ing$/.test(t.lower);
    let m = mentionBefore(tokens, c, a);
    // "with Trump reportedly yelling:" names the speaker; "emailed supporters saying:" does not
    if (participle && m && m.kind !== 'name' && m.kind !== 'surname' && m.kind !== 'title') m = null;
    // "… in Tulsa, Oklahoma, arguing that": after a comma the participle shares the clause's subject;
    // so after the object of a preposition ("responded … on Facebook writing") but not "with Trump yelling"
    if (participle && m && (tokens[c - 1]?.text === ',' || tokens[c - 1]?.lower === 'and')) m = null;
    if (participle && m && OBJECT_PREPOSITIONS.has(tokens[tokenIndexOf(tokens, m.start) - 1]?.lower ?? '')) m = null;
    let why = b - c <= 2 ? 'X said: “…”' : 'X said (that) … “…”';
    let confidence = b - c <= 2 ? 0.9 : 0.8;
    if (!m && !participle && c + 1 <= b) {
      // "said Hugh Hill: “": the name must end right before the quote (or its colon or comma)
      // (without the colon or comma, "said the U.S. “clearly” needed": the phrase is the clause's subject, not the speaker)
      const punctuated = tokens[b]!.text === ':' || tokens[b]!.text === ',';
      m = punctuated ? mentionAfter(tokens, c + 1, b - 1) : null;
      if (m && (m.kind === 'pronoun' || tokenAt(tokens, m.end) < b)) m = null;
      why = 'said X: “…”';
    }
    if (!m) {
      // "Blinken followed by saying:", "Xi said, adding that he hoped": the clause's subject
      m = sentenceSubject(tokens, a, c - 1);
      why = 'X … saying “…” (subject of the clause)';
      confidence = 0.7;
    }
    if (!m) continue;
    if (loose) {
      // "Multiple outlets reported on Wednesday the Secret Service had “…”": a weaker verb far from the quote
      if (m.kind === 'pronoun' || m.kind === 'role') continue;
      confidence = 0.6;
    }
    if (best && best.cueIndex > c) return best;
    // "When Trump suggested that …, Rubio fired back forcefully: “…”": a later clause ending in a
    // colon right before the quote has its own speaker
    if (tokens[b]!.text === ':') {
      // (or a dash: "Pollsters agree - Carl Bialik: “…”")
      let comma = b - 1;
      while (comma > c && tokens[comma]!.text !== ',' && !DASHES.has(tokens[comma]!.text)) comma--;
      const colon = comma > c ? colonSpeaker(text, tokens, comma + 1, b) : null;
      if (colon) return colon;
    }
    // "In 2010, he warned the Fed, because he thought it “…”": a later clause's own subject
    const nearer = nearerClauseSubject(tokens, c + 1, b, false);
    if (nearer) {
      m = nearer;
      why = 'X … “…” (subject of the clause nearest the quote)';
    }
    // "According to state media, Wang said …": Wang speaks, state media relays
    if (!via && best) via = { start: best.mention.start, end: best.mention.end, text: text.slice(best.mention.start, best.mention.end) };
    const match: CueMatch = { mention: m, cue: cueSpan(text, tokens, c, b), via, why, confidence, cueIndex: c };
    if (via) match.why += ', relayed (according to …)';
    return match;
  }
  if (best) return best;
  return colonSpeaker(text, tokens, a, b);
}

/** The person a "who" at tokens[who] refers to: "Mike Lee, who", "an aide who". */
/** tokens[a..b) could open a noun phrase: no punctuation, reporting verb, past tense or function word. */
function onlyModifiers(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.cue || (!t.isWord && t.text !== '$') || (t.isWord && !t.cap && (/ed$/.test(t.lower) || (PHRASE_STOPS.has(t.lower) && t.lower !== 'for')))) return false;
  }
  return true;
}

/** The `who` opening the clause of the verb at `c`, at most three words before it ("who in 2010 said"). */
function relativePronounBefore(tokens: Token[], c: number, a: number): number {
  for (let k = c - 1; k >= a && c - k <= 4; k--) {
    const t = tokens[k]!;
    if (t.lower === 'who') return k;
    // "who he said are", "who Beck called": `who` is the object, the clause has its own subject
    if (!t.isWord || t.cue || t.cap || CLAUSE_PRONOUNS.has(t.lower)) return -1;
  }
  return -1;
}

function relativeAntecedent(tokens: Token[], who: number, a: number): ParsedMention | null {
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

/** `pollster Daron Shaw: “…”` and the headline form `Cruz: Trump would …`. */
function colonSpeaker(text: string, tokens: Token[], a: number, b: number): CueMatch | null {
  for (let k = b; k >= a; k--) {
    if (tokens[k]!.text !== ':') continue;
    if (k !== b && k - a > 6) continue;
    let m = mentionBefore(tokens, k, a);
    // "he demurred:", "Rubio fired back forcefully:": a verb the lexicon does not know (with its
    // adverbs and particles), then the colon
    let v = k - 1;
    while (v > a && tokens[v]!.isWord && !tokens[v]!.cap && (/ly$/.test(tokens[v]!.lower) || PARTICLES.has(tokens[v]!.lower))) v--;
    const verb = tokens[v];
    const viaVerb = !m && verb !== undefined && v > a && verb.isWord && !verb.cap && /ed$/.test(verb.lower);
    if (viaVerb) m = mentionBefore(tokens, v, a);
    if (!m && k === b) {
      // "And she is sure that keeping him in jail will only make his voice louder: “…”"
      const subject = sentenceSubject(tokens, a, k - 1);
      if (subject && (subject.kind === 'pronoun' || subject.kind === 'name' || subject.kind === 'surname' || subject.kind === 'title')) {
        return { mention: subject, cue: spanOf(text, tokens[k]!, tokens[k]!), via: null, why: 'X … : “…” (subject of the sentence)', confidence: 0.6, cueIndex: k };
      }
    }
    if (!m || (m.kind === 'pronoun' && !viaVerb)) continue;
    // "Skelly said of the man who cleaned the national RNC file: “…”", "Kaine has adopted the
    // stance common in public office: “…”": a phrase after the clause's verb is its object, and
    // the clause's subject speaks
    const subject = sentenceSubject(tokens, a, k - 1);
    // ("Media shares blame in Iowa poll overhype - HuffPollster: “…”": a dash starts the credit)
    let dashBetween = false;
    for (let d = tokenIndexOf(tokens, m.start) - 1; subject && d >= 0 && tokens[d]!.start >= subject.end && k - d < 100; d--) if (DASHES.has(tokens[d]!.text)) dashBetween = true;
    if (subject && !dashBetween && subject.start !== m.start && subject.end <= m.start) {
      if (subject.kind !== 'role') return { mention: subject, cue: spanOf(text, tokens[k]!, tokens[k]!), via: null, why: 'X … : “…” (subject of the sentence)', confidence: 0.6, cueIndex: k };
      continue;
    }
    // "… putting it into the national RNC file: “…”", "contrasted him with Clinton: “…”": the
    // object of a verb or a preposition does not speak
    const before = tokens[tokenIndexOf(tokens, m.start) - 1];
    if (!viaVerb && before?.isWord && !before.cap && (PHRASE_STOPS.has(before.lower) || /ed$/.test(before.lower)) && !DETERMINER_LIKE.has(before.lower)) continue;
    return { mention: m, cue: spanOf(text, tokens[k]!, tokens[k]!), via: null, why: k === b ? 'X: “…” (colon)' : 'X: … (headline colon)', confidence: k === b ? 0.75 : 0.6, cueIndex: k };
  }
  return null;
}

const DETERMINER_LIKE = new Set(['and', 'but', 'so', 'then', 'also']);

const PARTICLES = new Set(['back', 'up', 'out', 'on', 'in', 'off', 'down', 'again', 'simply', 'too']);

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

const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'nicknamed', 'labeled', 'labelled']);
const SUBJECT_PRONOUN_WORDS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);

const COORDINATORS = new Set(['and', 'but', 'while', 'whereas']);

const OBJECT_PREPOSITIONS = new Set(['on', 'in', 'at', 'to', 'from', 'via', 'for', 'about', 'into', 'onto', 'by']);

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
    if (m && opensClause(tokens, first, m) && (!found || NEARER_SUBJECT_KINDS.has(m.kind)) && (!linked || person)) found = m;
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
      const antecedent = !comma && tokens[k - 1]!.text === ',' && next.isWord && !next.cap && !CLAUSE_PRONOUNS.has(next.lower) ? relativeAntecedent(tokens, k, a) : null;
      if (antecedent) return relativeMention(t, antecedent);
      continue;
    }
    if (!CLAUSE_PRONOUNS.has(t.lower)) continue;
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
function ownedWordsFollow(tokens: Token[], k: number, b: number): boolean {
  return b - k <= 8 && (k === b || NOUN_LINKS.has(tokens[k + 1]!.lower));
}

const NOUN_LINKS = new Set(['that', 'of', 'for', 'about', 'to']);

/** The possessive name before the noun at `k`, at most one word between ("Trump’s repeated claim"). */
function possessiveBefore(tokens: Token[], k: number, a: number): ParsedMention | null {
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

const SPEECH_NOUNS = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'statement', 'statements', 'promise', 'pledge', 'call', 'calls',
  'comment', 'comments', 'remark', 'remarks', 'vow', 'warning', 'insistence', 'suggestion', 'argument', 'accusation',
  'charge', 'boast', 'admission', 'contention', 'dictum', 'description', 'characterization', 'words', 'slogan', 'tweet', 'mantra',
]);

function reportsWithin(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (isCue(tokens[k]!) || BELIEF_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const CLAUSE_LINKS = new Set(['what', 'because', 'as', 'though', 'although', 'while', 'when', 'and', 'but', 'so', 'since', 'after', 'before', 'where', 'which', 'whom', 'until', 'once']);

const NEARER_SUBJECT_KINDS = new Set(['pronoun', 'name', 'surname', 'title']);
const SUBORDINATORS = new Set(['which', 'who', 'when', 'where', 'while', 'as', 'because', 'after', 'before', 'if', 'since', 'although', 'though', 'and', 'but', 'so']);

/** No word but an article or a conjunction before the subject: not "the past" in "Given the past". */
function opensClause(tokens: Token[], first: number, m: ParsedMention): boolean {
  for (let k = first; tokens[k] && tokens[k]!.start < m.start; k++) {
    if (tokens[k]!.isWord && !SENTENCE_OPENERS.has(tokens[k]!.lower) && !/^[A-Z]{3,}$/.test(tokens[k]!.text)) return false;
  }
  return true;
}
