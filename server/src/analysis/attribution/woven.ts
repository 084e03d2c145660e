/**
 * Quotes woven into the writer's own sentence, with no reporting verb of their own: the sentence
 * or clause subject chose the words ("Trump called them “rapists”"), unless the verb is passive;
 * names someone gave ("labeled “top secret” by the State Department"); and the document an "it"
 * stands for ("“…,” it read").
 */
import type { Span } from '../model';
import { sentenceAt, tokenAt, type ParagraphContext } from '../text/context';
import type { Token } from '../text/tokens';
import { classify, mentionAfter, mentionBefore, type ParsedMention } from '../speakers/mentions';
import { DOCUMENT_NOUNS, PHRASE_STOPS } from '../lexicon/people';
import { nearerClauseSubject, sentenceSubject, speechNounOwner } from './clauses';
import type { RawAttribution } from './attribute';

/** "by X" right after a named term: the one who gave the name. */
export function namingAgent(ctx: ParagraphContext | undefined, seg: Span): Omit<RawAttribution, 'inheritFrom'> | null {
  if (!ctx) return null;
  const { tokens } = ctx;
  let k = tokenAt(tokens, seg.end);
  while (k < tokens.length && !tokens[k]!.isWord && tokens[k]!.text !== '.') k++;
  if (tokens[k]?.lower !== 'by') return null;
  const m = mentionAfter(tokens, k + 1, Math.min(tokens.length - 1, k + 12));
  return m ? { mention: m, cue: null, via: null, why: '', confidence: 0.5 } : null;
}

/**
 * The subject right before the naming verb: "what former employees have called a “…”", "who she
 * dubbed “Mr. P”" (not a passive one: "is called a “debate”").
 */
export function namingVerbSubject(ctx: ParagraphContext | undefined, seg: Span): Omit<RawAttribution, 'inheritFrom'> | null {
  if (!ctx) return null;
  const { tokens, paragraph } = ctx;
  const q = tokenAt(tokens, seg.start);
  let v = q - 1;
  while (v >= 0 && (!tokens[v]!.isWord || NAMING_FILLERS.has(tokens[v]!.lower))) v--;
  let w = v - 1;
  while (w >= 0 && tokens[w]!.isWord && /ly$/.test(tokens[w]!.lower)) w--;
  if (v < 1 || w < 0 || BE_FORMS.has(tokens[w]!.lower) || tokens[w]!.lower === 'being') return null;
  const sentence = sentenceAt(paragraph, seg.start);
  const m = mentionBefore(tokens, v, tokenAt(tokens, sentence ? sentence.start : paragraph.start));
  if (!m || tokenAt(tokens, m.end) < v - 3) return null;
  // "a Twitter account named “ilduce2016”": the noun before a bare participle is what was named
  const bare = v >= q - 2;
  if (bare && m.kind !== 'pronoun' && !AUXILIARIES.has(tokens[w]!.lower)) return null;
  return { mention: m, cue: null, via: null, why: '', confidence: 0.5 };
}

const NAMING_FILLERS = new Set(['a', 'an', 'the', 'as']);
const AUXILIARIES = new Set(['have', 'has', 'had']);

const WOVEN_SUBJECT_KINDS = new Set(['name', 'surname', 'title', 'pronoun', 'organisation', 'anonymous', 'role']);

/**
 * The subject of the sentence a quote is woven into, when the quote stands after its verb:
 * `Trump called undocumented immigrants “rapists”`, `Manafort dismissed the kerfuffle as
 * “absurd.”`. Not for a quote that opens its sentence or clause, nor for a subject inside a quote.
 */
export function wovenQuoteSubject(ctx: ParagraphContext | undefined, seg: Span): Omit<RawAttribution, 'inheritFrom'> | null {
  if (!ctx) return null;
  const { tokens, inQuote, paragraph } = ctx;
  const q = tokenAt(tokens, seg.start);
  const before = tokens[q - 1];
  // "Sanders' “diagnoses”": a possessive apostrophe belongs to its word
  const possessive = before !== undefined && (before.text === "'" || before.text === '’') && tokens[q - 2]?.isWord === true && tokens[q - 2]!.end === before.start;
  // "Clinton compared the president to a duck, “smoothly sailing …”": an elaboration after a comma
  // (after a lower-case word: "…challenger, Deborah Ross, “…”" closes an appositive instead)
  const elaboration = before?.text === ',' && tokens[q - 2]?.isWord === true && !tokens[q - 2]!.cap && !inQuote[q - 2];
  if (!before || !(before.isWord || possessive || elaboration)) return null;
  const sentence = sentenceAt(paragraph, seg.start);
  const a = tokenAt(tokens, sentence ? sentence.start : paragraph.start);
  // "Politifact seized on Trump’s claim that there have been “…”": the words are the claim's owner's
  const owner = speechNounOwner(tokens, Math.max(a, q - 10), q - 1, inQuote);
  if (owner) return { mention: owner, cue: null, via: null, why: 'X’s claim that … “…”', confidence: 0.5, tentative: true };
  // the subject opens the sentence, or follows an opening phrase and its comma ("At Monday’s
  // debate, Clinton cited …"), unless a later clause nearer the quote has its own
  let subject = sentenceSubject(tokens, a, q - 2, inQuote);
  const nearer = nearerClauseSubject(tokens, a, q - 1, true, inQuote);
  if (nearer && (!subject || nearer.start > subject.start)) subject = nearer;
  if (!subject || !WOVEN_SUBJECT_KINDS.has(subject.kind)) return null;
  // "Mosad was being treated for a “malignant disease”", "the show was named “…”": the subject of
  // a passive verb did not choose the words
  if (passiveAfter(tokens, tokenAt(tokens, subject.end), q)) return null;
  return { mention: subject, cue: null, via: null, why: 'X … “…” (subject of the sentence)', confidence: 0.5, tentative: true };
}

/**
 * The nearest written thing named before `offset` in its paragraph or the one before ("They sent
 * a letter …", "Thursday's memo from the panel"): what "it" stands for in "“…,” it read".
 */
export function documentBefore(contexts: ParagraphContext[], p: number, offset: number): ParsedMention | null {
  for (const ctx of [contexts[p], contexts[p - 1]]) {
    if (!ctx) continue;
    const { tokens, inQuote } = ctx;
    const last = Math.min(tokens.length, tokenAt(tokens, offset)) - 1;
    for (let k = last; k >= 0 && last - k < 200; k--) {
      const t = tokens[k]!;
      if (inQuote[k] || t.cap || !DOCUMENT_NOUNS.has(t.lower)) continue;
      let from = k;
      while (from > 0 && k - from < 3 && tokens[from - 1]!.isWord && !inQuote[from - 1] && !PHRASE_STOPS.has(tokens[from - 1]!.lower)) {
        from--;
        if (DETERMINER_WORDS.has(tokens[from]!.lower)) break;
      }
      return classify(tokens, from, k, null);
    }
  }
  return null;
}

const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their']);

/** A form of "be" and a participle right after tokens[k - 1] (adverbs between): "was being treated". */
function passiveAfter(tokens: Token[], k: number, limit: number): boolean {
  // (a passive verb stands near its subject: a bounded look keeps long sentences linear)
  limit = Math.min(limit, k + 40);
  const skip = (): void => {
    while (k < limit && tokens[k]!.isWord && (/ly$/.test(tokens[k]!.lower) || PASSIVE_FILLERS.has(tokens[k]!.lower))) k++;
  };
  // a relative clause or appositive after the subject: "Mosad, who was a teaching assistant, was …"
  if (tokens[k]?.text === ',') {
    let j = k + 1;
    while (j < limit && tokens[j]!.text !== ',') j++;
    if (j < limit) k = j + 1;
  }
  skip();
  if (k >= limit || !BE_FORMS.has(tokens[k]!.lower)) return false;
  k++;
  skip();
  const t = tokens[k];
  if (t === undefined || k >= limit || !t.isWord || t.cap || !(/(?:ed|en)$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower))) return false;
  // "was remarkably understated …, not once referring to …": a later clause has its own verb
  for (let j = k + 1; j < limit; j++) if (tokens[j]!.text === ',') return false;
  return true;
}

const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'be', "'s", '’s']);
const PASSIVE_FILLERS = new Set(['also', 'not', 'being', 'been', 'best', 'still', 'now', 'then', 'often', 'widely', 'has', 'had', 'have']);
const IRREGULAR_PARTICIPLES = new Set(['known', 'seen', 'told', 'made', 'held', 'shown', 'given', 'found', 'said', 'caught', 'brought', 'taught', 'sent', 'left', 'hit', 'put', 'set', 'thought']);
