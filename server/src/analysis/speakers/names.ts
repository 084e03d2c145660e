/**
 * Finds the people the story names outside its quotes ("US Secretary of State Antony Blinken",
 * "President Xi Jinping", "Blinken") so that a surname or a title resolves to the full name, and a
 * pronoun to the nearest person before it. Names inside quotes are the speaker's words, not the
 * writer's, and are left out.
 */
import type { Gender } from '../model';
import type { ParagraphContext } from '../text/context';
import type { Token } from '../text/tokens';
import { stripPossessive } from '../text/tokens';
import { FEMALE_WORDS, MALE_WORDS, MEDIA_NAMES, ORGANISATION_WORDS, PHRASE_STOPS, ROLE_NOUNS, TITLE_WORDS, genderOfFirstName } from '../lexicon/people';
import { NOT_NAME_WORDS, PLACE_WORDS } from '../lexicon/places';
import { Lex } from '../lexicon/wordInfo';

export interface Person {
  /** Canonical full name, "Antony Blinken". */
  name: string;
  parts: string[];
  role: string | null;
  gender: Gender;
  firstAt: number;
}

export interface NameOccurrence {
  start: number;
  end: number;
  /** Key into NameIndex.people (the full name), or null when the single word matches nobody. */
  person: string | null;
  text: string;
  /** Whether the occurrence is the full name, a title + name, or one part of it. */
  full: boolean;
  paragraph: number;
}

export interface NameIndex {
  people: Map<string, Person>;
  occurrences: NameOccurrence[];
  /** Lower-cased last name → full names; first name part → full names (for "Xi" in "Xi Jinping"). */
  byLast: Map<string, string[]>;
  byFirst: Map<string, string[]>;
}

const JOINERS = new Set(['de', 'del', 'da', 'van', 'von', 'bin', 'al', 'el', 'di', 'du', 'la', 'le']);

/**
 * One name as the text gives it. Plain strings and numbers only: runs live until the whole story
 * is read, and holding tokens here would keep every paragraph's tokens alive with them.
 */
export interface Run {
  start: number;
  end: number;
  /** The title or role before the name as written ("US Secretary of State"), or null. */
  title: string | null;
  gender: Gender;
  /** The name's words, possessive dropped: ["Antony", "Blinken"]. */
  parts: string[];
  paragraph: number;
}

/**
 * The run `d` code units further on, in paragraph `paragraph`, built as namesInParagraph builds
 * one (not by spreading), so moved runs keep its hidden class.
 */
export function movedRun(r: Run, d: number, paragraph: number): Run {
  return { start: r.start + d, end: r.end + d, title: r.title, gender: r.gender, parts: r.parts, paragraph };
}

function isNameWord(t: Token): boolean {
  if (!t.cap || !t.isWord || t.flags & (Lex.NotName | Lex.Title)) return false;
  const text = t.text;
  let allCaps = text.length >= 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
    if (c < 65 || c > 90) allCaps = false;
  }
  if (allCaps) return false;
  // "China’s": the possessive of a word that is never a name
  const last = text.charCodeAt(text.length - 1);
  if ((last === 115 || last === 0x2019 || last === 39) && /['’]/.test(text)) return !NOT_NAME_WORDS.has(stripPossessive(t.lower));
  return true;
}

/** The names one paragraph gives outside its quotes, in order. */
export function namesInParagraph(ctx: ParagraphContext): Run[] {
  const runs: Run[] = [];
  if (ctx.paragraph.kind === 'credit') return runs;
  const { tokens, inQuote } = ctx;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (inQuote[i] || !t.cap) {
      i++;
      continue;
    }
    // title words then name words: "US Secretary of State Antony Blinken"
    const titleStart = i;
    let j = i;
    while (j < tokens.length && !inQuote[j] && (tokens[j]!.flags & Lex.Title || (tokens[j]!.lower === 'of' && j > titleStart && tokens[j - 1]!.flags & Lex.Title)) && tokens[j]!.isWord) j++;
    const title = tokens.slice(titleStart, j);
    const nameStart = j;
    while (j < tokens.length && !inQuote[j] && (isNameWord(tokens[j]!) || (JOINERS.has(tokens[j]!.lower) && j > nameStart && tokens[j + 1]?.cap === true))) {
      j++;
      if (/['’]s?$/.test(tokens[j - 1]!.text) && /['’]/.test(tokens[j - 1]!.text)) break; // possessive ends the name
    }
    let name = tokens.slice(nameStart, j);
    // "Injecting Clinton into …": a participle opening the sentence is not a first name
    if (title.length === 0 && /ing$/.test(name[0]?.lower ?? '') && genderOfFirstName(name[0]!.text) === 'unknown' && (name.length >= 2 || opensSentence(tokens, nameStart))) name = name.slice(1);
    if (name.length > 0 && name.length <= 4) {
      const orgNext = tokens[j] && ORGANISATION_WORDS.has(tokens[j]!.lower) && tokens[j]!.cap;
      const isOrg = name.some((n) => ORGANISATION_WORDS.has(n.lower) || MEDIA_NAMES.has(n.lower) || PLACE_WORDS.has(n.lower));
      if (!orgNext && !isOrg) {
        const last = name[name.length - 1]!;
        const fullTitle = title.length > 0 ? title : describedBy(tokens, inQuote, nameStart);
        let gender: Gender = 'unknown';
        for (const t of fullTitle) {
          if (FEMALE_WORDS.has(t.lower)) gender = 'female';
          if (MALE_WORDS.has(t.lower)) gender = 'male';
        }
        runs.push({
          start: (title[0] ?? name[0]!).start,
          end: last.end,
          title: fullTitle.length ? fullTitle.map((t) => t.text).join(' ') : null,
          gender,
          parts: name.map((t) => stripPossessive(t.text)),
          paragraph: ctx.paragraph.index,
        });
      }
    }
    i = Math.max(j, i + 1);
  }
  return runs;
}

/** Nothing but punctuation that ends a sentence (or nothing at all) before tokens[k]. */
function opensSentence(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return prev === undefined || prev.text === '.' || prev.text === '!' || prev.text === '?' || prev.text === ':' || prev.text === '”' || prev.text === '"';
}

/** A lower-case role right before a name: "China’s top foreign policy official Wang Yi". */
function describedBy(tokens: Token[], inQuote: boolean[], nameStart: number): Token[] {
  const head = tokens[nameStart - 1];
  if (!head || inQuote[nameStart - 1] || !(TITLE_WORDS.has(head.lower) || ROLE_NOUNS.has(head.lower))) return [];
  let k = nameStart - 1;
  while (k - 1 >= 0 && nameStart - k < 6 && !inQuote[k - 1]) {
    const t = tokens[k - 1]!;
    if (!t.isWord || PHRASE_STOPS.has(t.lower) || t.cue) break;
    k--;
    if (/['’]s$/.test(t.text)) break;
  }
  return tokens.slice(k, nameStart);
}

/**
 * The index of people from every paragraph's names (`namesInParagraph`, in text order). The runs
 * are read, never changed: a document's paragraph memo hands the same runs to its next analysis.
 */
export function buildNameIndex(allRuns: Run[]): NameIndex {
  const people = new Map<string, Person>();
  const byLast = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  // "Rival Hillary Clinton", "Democrat Hillary Clinton": a word glued before a full name the story
  // gives elsewhere is not part of the name
  const written = allRuns.map((run) => run.parts.join(' '));
  const fullNames = new Set<string>();
  allRuns.forEach((run, i) => {
    if (run.parts.length >= 2) fullNames.add(written[i]!);
  });
  const partsOf = allRuns.map((run) => canonicalParts(run.parts, (n) => fullNames.has(n)));
  const nameOf = partsOf.map((parts, i) => (parts === allRuns[i]!.parts ? written[i]! : parts.join(' ')));
  allRuns.forEach((run, i) => {
    const parts = partsOf[i]!;
    if (parts.length < 2) return;
    const name = nameOf[i]!;
    const existing = people.get(name);
    if (existing) {
      if (!existing.role && run.title) existing.role = run.title;
      return;
    }
    const gender = run.gender !== 'unknown' ? run.gender : genderOfFirstName(parts[0]!);
    people.set(name, { name, parts, role: run.title, gender, firstAt: run.start });
    push(byLast, parts[parts.length - 1]!.toLowerCase(), name);
    push(byFirst, parts[0]!.toLowerCase(), name);
  });
  const occurrences: NameOccurrence[] = allRuns.map((run, i) => {
    const parts = partsOf[i]!;
    const joined = nameOf[i]!;
    let person: string | null = people.has(joined) ? joined : null;
    if (!person && parts.length === 1) person = lookupSingle(parts[0]!, byLast, byFirst);
    return { start: run.start, end: run.end, person, text: joined, full: parts.length >= 2 || run.title !== null, paragraph: run.paragraph };
  });
  return { people, occurrences, byLast, byFirst };
}

/** The longest proper tail of `parts` (two words or more) that is a full name the story gives, else `parts`. */
export function canonicalParts(parts: string[], isFullName: (name: string) => boolean): string[] {
  for (let j = 1; j <= parts.length - 2; j++) {
    const tail = parts.slice(j);
    if (isFullName(tail.join(' '))) return tail;
  }
  return parts;
}

function push(m: Map<string, string[]>, k: string, v: string): void {
  const a = m.get(k);
  if (!a) m.set(k, [v]);
  else if (!a.includes(v)) a.push(v);
}

/** "Blinken" → "Antony Blinken"; "Xi" → "Xi Jinping"; ambiguous or unknown → null. */
export function lookupSingle(word: string, byLast: Map<string, string[]>, byFirst: Map<string, string[]>): string | null {
  const w = word.toLowerCase();
  const last = byLast.get(w);
  if (last && last.length === 1) return last[0]!;
  if (last && last.length > 1) return null;
  const first = byFirst.get(w);
  if (first && first.length === 1) return first[0]!;
  return null;
}
