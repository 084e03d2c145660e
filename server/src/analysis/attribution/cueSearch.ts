/**
 * Finds reporting cues and their speakers inside a stretch of tokens outside quotes: the patterns
 * of news writing ("X said", "said X", "according to X", "X told reporters", "— X", "Y reported X
 * as saying"). Returns what it found with the name of the pattern, for the "why" a person reads.
 */
import type { TextSpan } from '../model';
import type { Token } from '../text/tokens';
import { tokenAt } from '../text/context';
import { SUBJECT_PRONOUNS, mentionAfter, mentionBefore, relativeMention, type ParsedMention } from '../speakers/mentions';
import { PHRASE_STOPS } from '../lexicon/people';
import { DASHES, accordingToAt, isCue, isStrongCue, spanOf, tokenIndexOf } from './cueTokens';
import { PERSON_KINDS, SPEECH_NOUNS, nearerClauseSubject, ownedWordsFollow, possessiveBefore, relativeAntecedent, sentenceSubject } from './clauses';

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

const MODALS = new Set(['who', 'which', 'whom', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'to', 'not', "n't", 'cannot', 'must']);

/** "Americans will say “no”", "an official who asked not to be named": not the attribution's cue. */
function isReportedCue(tokens: Token[], c: number): boolean {
  const prev = tokens[c - 1];
  return prev !== undefined && MODALS.has(prev.lower);
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
    if (!t.isWord || t.cue || t.cap || SUBJECT_PRONOUNS.has(t.lower)) return -1;
  }
  return -1;
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
      if (subject && PERSON_KINDS.has(subject.kind)) {
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

const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'nicknamed', 'labeled', 'labelled']);

const SUBJECT_PRONOUN_WORDS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);

const COORDINATORS = new Set(['and', 'but', 'while', 'whereas']);

const OBJECT_PREPOSITIONS = new Set(['on', 'in', 'at', 'to', 'from', 'via', 'for', 'about', 'into', 'onto', 'by']);
