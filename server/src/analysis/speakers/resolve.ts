/**
 * Groups mentions into speakers, one per real-world source: a surname or "Mr. Blinken" joins the
 * full name the story gives anywhere; "the secretary" joins the speaker whose role it names; a
 * pronoun joins the nearest person before it that agrees in gender and number; unnamed sources
 * are their own speakers.
 */
import type { Gender, Mention, Speaker, SpeakerKind } from '../model';
import type { ParsedMention } from './mentions';
import { canonicalParts, lookupSingle, type NameIndex } from './names';
import { pronounInfo } from '../lexicon/people';
import { firstIndex } from '../text/search';
import { isLetter } from '../text/chars';

export interface Resolution {
  key: string | null;
  /** Other speakers the mention could also mean (for ambiguous-attribution). */
  candidates: string[];
}

interface Builder {
  key: string;
  name: string;
  kind: SpeakerKind;
  role: string | null;
  gender: Gender;
  mentions: Mention[];
  firstAt: number;
}

interface Event {
  at: number;
  key: string;
  paragraph: number;
}

/** How far from a mention #commonWordOpeningSentence looks for the word in lower case. */
const COMMON_WORD_REACH = 50_000;

export class SpeakerRegistry {
  readonly #builders = new Map<string, Builder>();
  readonly #names: NameIndex;
  readonly #text: string;
  readonly #paragraphOf: (offset: number) => number;

  readonly #sentenceStartOf: (offset: number) => number;
  /** Words already checked by #commonWordOpeningSentence, and the answer. */
  readonly #commonWords = new Map<string, boolean>();

  constructor(text: string, names: NameIndex, paragraphOf: (offset: number) => number, sentenceStartOf: (offset: number) => number = () => 0) {
    this.#text = text;
    this.#names = names;
    this.#paragraphOf = paragraphOf;
    this.#sentenceStartOf = sentenceStartOf;
  }

  /** Resolves every mention; pronouns last, against names and the other mentions in text order. */
  resolveAll(mentions: ParsedMention[]): Resolution[] {
    const out: Resolution[] = mentions.map(() => ({ key: null, candidates: [] }));
    const order = mentions.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start);
    // a relative pronoun is resolved as the phrase it stands for
    const target = (m: ParsedMention): ParsedMention => m.antecedent ?? m;
    for (const { m, i } of order) {
      const t = target(m);
      if (t.kind === 'pronoun' || t.kind === 'role') continue;
      out[i] = this.#resolveNamed(t);
    }
    const events = this.#timeline(mentions, out);
    for (const { m, i } of order) {
      const t = target(m);
      if (t.kind === 'role') out[i] = this.#resolveRole(t, events);
      else if (t.kind === 'pronoun') out[i] = this.#resolvePronoun(t, events);
      const key = out[i]!.key;
      // A resolved pronoun points at the same person as its antecedent, so it adds no event.
      if (key) this.#addMention(key, m);
    }
    return out;
  }

  /** The finished speakers in order of first mention, with every name occurrence added. */
  speakers(): { speakers: Speaker[]; idOf: Map<string, string> } {
    for (const occ of this.#names.occurrences) {
      if (occ.person && this.#builders.has(occ.person)) {
        this.#addMention(occ.person, { start: occ.start, end: occ.end, kind: occ.text.includes(' ') ? 'name' : occ.full ? 'title' : 'surname' });
      }
    }
    const list = [...this.#builders.values()].sort((a, b) => a.firstAt - b.firstAt);
    const idOf = new Map<string, string>();
    const speakers = list.map((b, n) => {
      const id = `s${n + 1}`;
      idOf.set(b.key, id);
      const mentions = dedupe(b.mentions);
      let primary = mentions.findIndex((m) => m.kind === 'name' || m.kind === 'organisation' || m.kind === 'anonymous');
      if (primary < 0) primary = 0;
      return { id, name: b.name, kind: b.kind, role: b.role, gender: b.gender, mentions, primaryMention: primary };
    });
    return { speakers, idOf };
  }

  #builder(key: string, init: () => Omit<Builder, 'mentions' | 'key'>): Builder {
    let b = this.#builders.get(key);
    if (!b) {
      b = { key, mentions: [], ...init() };
      this.#builders.set(key, b);
    }
    return b;
  }

  #resolveNamed(m: ParsedMention): Resolution {
    if (m.kind === 'organisation') {
      const name = m.name.replace(/^the\s+/i, '');
      const key = 'org:' + name.toLowerCase();
      const b = this.#builder(key, () => ({ name, kind: 'organisation', role: m.role, gender: 'unknown', firstAt: m.start }));
      if (!b.role && m.role) b.role = m.role;
      return { key, candidates: [] };
    }
    if (m.kind === 'anonymous') {
      const head = (/\b(\w+?)s?$/.exec(m.name.replace(/\s+who\b.*$/i, ''))?.[1] ?? m.name).toLowerCase();
      const key = 'anon:' + head;
      this.#builder(key, () => ({ name: m.name, kind: 'anonymous', role: null, gender: m.gender, firstAt: m.start }));
      return { key, candidates: [] };
    }
    // a person: full name, title + name, or one part of a name
    const parts = m.name.split(' ');
    let key: string | null = null;
    let candidates: string[] = [];
    if (parts.length >= 2) key = canonicalParts(parts, (n) => this.#names.people.has(n)).join(' ');
    else {
      key = lookupSingle(m.name, this.#names.byLast, this.#names.byFirst);
      if (!key) {
        const several = this.#names.byLast.get(m.name.toLowerCase());
        if (several && several.length > 1) {
          candidates = several;
          key = this.#nearestOf(several, m.start) ?? several[0]!;
        } else if (this.#commonWordOpeningSentence(m.start, m.name)) {
          // "Pollsters agree - …", "Nuclear proliferation experts": a common word that opens its
          // sentence speaks for a group, not as a person named so
          const group = 'anon:' + m.name.toLowerCase();
          this.#builder(group, () => ({ name: m.name, kind: 'anonymous', role: null, gender: 'unknown', firstAt: m.start }));
          return { key: group, candidates: [] };
        } else key = m.name;
      }
    }
    const person = this.#names.people.get(key);
    const b = this.#builder(key, () => ({ name: key!, kind: 'person', role: person?.role ?? null, gender: person?.gender ?? 'unknown', firstAt: person?.firstAt ?? m.start }));
    if (!b.role && m.role) b.role = m.role;
    if (b.gender === 'unknown' && m.gender !== 'unknown') b.gender = m.gender;
    return { key, candidates: candidates.filter((c) => c !== key) };
  }

  /**
   * A capitalised word that opens its sentence and is written in lower case elsewhere in the story
   * ("Pollsters agree", "Media shares blame"): an ordinary word, not a name. Looked up with indexOf
   * within COMMON_WORD_REACH characters either side and remembered per word; a story with very many
   * such words stops checking (no cost to speak of). The reach keeps a huge input (a whole archive
   * pasted into one file) from scanning all of it for each word: 64 scans of 1 MB took a fifth of
   * its analysis, and a story is far shorter than the reach.
   */
  #commonWordOpeningSentence(start: number, name: string): boolean {
    const sentenceStart = this.#sentenceStartOf(start);
    if (start - sentenceStart > 12 || /[\p{L}\p{N}]/u.test(this.#text.slice(sentenceStart, start))) return false;
    const word = name.toLowerCase();
    const known = this.#commonWords.get(word);
    if (known !== undefined) return known;
    if (this.#commonWords.size >= 64 || word.length < 3) return false;
    let found = false;
    // (a slice, not a bound on indexOf: indexOf would read on to the end for a word not there)
    const near = this.#text.length <= 2 * COMMON_WORD_REACH ? this.#text : this.#text.slice(Math.max(0, start - COMMON_WORD_REACH), start + COMMON_WORD_REACH);
    for (let i = near.indexOf(word); i >= 0 && !found; i = near.indexOf(word, i + 1)) {
      found = !isWordChar(near[i - 1]) && !isWordChar(near[i + word.length]);
    }
    this.#commonWords.set(word, found);
    return found;
  }

  #nearestOf(keys: string[], before: number): string | null {
    const occ = this.#names.occurrences;
    let lo = 0;
    let hi = occ.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (occ[mid]!.start < before) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const person = occ[k]!.person;
      if (person && keys.includes(person)) return person;
    }
    return null;
  }

  #timeline(mentions: ParsedMention[], resolved: Resolution[]): Event[] {
    const events: Event[] = [];
    for (const occ of this.#names.occurrences) {
      if (occ.person) events.push({ at: occ.start, key: occ.person, paragraph: occ.paragraph });
      // (a lone capitalised common word opening a sentence is no one a pronoun can mean)
      else if (!occ.full && !this.#commonWordOpeningSentence(occ.start, occ.text)) events.push({ at: occ.start, key: occ.text, paragraph: occ.paragraph });
    }
    mentions.forEach((m, i) => {
      const key = resolved[i]!.key;
      if (key) events.push({ at: m.start, key, paragraph: this.#paragraphOf(m.start) });
    });
    events.sort((a, b) => a.at - b.at);
    return events;
  }

  #compatible(key: string, gender: Gender, plural: boolean, neuter: boolean): boolean {
    const b = this.#builders.get(key);
    const kind: SpeakerKind = b?.kind ?? (key.startsWith('org:') ? 'organisation' : key.startsWith('anon:') ? 'anonymous' : 'person');
    if (neuter) return kind === 'organisation';
    if (plural) return kind === 'organisation' || (kind === 'anonymous' && /s$/.test(b?.name ?? ''));
    if (kind !== 'person' && kind !== 'anonymous') return false;
    const g = b?.gender ?? this.#names.people.get(key)?.gender ?? 'unknown';
    return gender === 'unknown' || g === 'unknown' || g === gender;
  }

  #resolvePronoun(m: ParsedMention, events: Event[]): Resolution {
    const info = pronounInfo(m.name);
    if (!info || m.name.toLowerCase() === 'i' || m.name.toLowerCase() === 'we') return { key: null, candidates: [] };
    const paragraph = this.#paragraphOf(m.start);
    const found: string[] = [];
    let foundParagraph = -1;
    for (let k = upperBound(events, m.start) - 1; k >= 0; k--) {
      const e = events[k]!;
      if (e.at >= m.start) continue;
      if (paragraph - e.paragraph > 3) break;
      if (!this.#compatible(e.key, info.gender, info.plural, info.neuter)) continue;
      if (found.length === 0) {
        found.push(e.key);
        foundParagraph = e.paragraph;
      } else if (!found.includes(e.key) && e.paragraph === foundParagraph && e.paragraph === paragraph) {
        found.push(e.key);
      } else if (e.paragraph !== foundParagraph) break;
    }
    // "Clinton says she appreciated Machado’s courage through what she calls …": the subject of
    // the pronoun's own sentence wins over a nearer name inside it
    const subject = this.#sentenceSubjectEvent(m.start, events, info);
    if (subject && found[0] && subject !== found[0]) {
      found.splice(found.indexOf(subject) >= 0 ? found.indexOf(subject) : found.length, 1);
      found.unshift(subject);
    }
    const key = found[0] ?? null;
    if (key && !this.#builders.has(key)) {
      const person = this.#names.people.get(key);
      this.#builder(key, () => ({ name: key, kind: 'person', role: person?.role ?? null, gender: person?.gender ?? info.gender, firstAt: person?.firstAt ?? m.start }));
    }
    const b = key ? this.#builders.get(key) : undefined;
    if (b && b.gender === 'unknown' && info.gender !== 'unknown' && !info.plural) b.gender = info.gender;
    return { key, candidates: found.slice(1) };
  }

  /** The person who opens the sentence holding `at`, if they agree with the pronoun. */
  #sentenceSubjectEvent(at: number, events: Event[], info: { gender: Gender; plural: boolean; neuter: boolean }): string | null {
    const start = this.#sentenceStartOf(at);
    let k = firstIndex(events, (e) => e.at >= start);
    // a speaker phrase resolved as a whole comes after the names inside it at the same place
    while (events[k + 1] && events[k + 1]!.at === events[k]!.at) k++;
    let first = events[k];
    if (!first || first.at >= at) return null;
    // "Cruz spokesman Rick Tyler said …": a name, a role word, then the person who has the role
    const next = events[k + 1];
    if (next && next.at < at && /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Ll}+\s+$/u.test(this.#text.slice(first.at, next.at))) first = next;
    const before = this.#text.slice(start, first.at);
    if (before.includes(',') || before.trim().split(/\s+/).filter(Boolean).length > 2) return null;
    return this.#compatible(first.key, info.gender, info.plural, info.neuter) ? first.key : null;
  }

  #resolveRole(m: ParsedMention, events: Event[]): Resolution {
    const head = m.name.toLowerCase().split(/\s+/).pop() ?? '';
    const paragraph = this.#paragraphOf(m.start);
    const from = upperBound(events, m.start) - 1;
    for (let k = from; k >= 0 && from - k < 400; k--) {
      if (paragraph - events[k]!.paragraph > 30) break; // "the secretary" refers back within the story
      const key = events[k]!.key;
      const b = this.#builders.get(key);
      const role = (b?.role ?? this.#names.people.get(key)?.role ?? '').toLowerCase();
      if (role && role.split(/\s+/).includes(head)) {
        if (!b) {
          const person = this.#names.people.get(key);
          this.#builder(key, () => ({ name: key, kind: 'person', role: person?.role ?? null, gender: person?.gender ?? 'unknown', firstAt: person?.firstAt ?? m.start }));
        }
        return { key, candidates: [] };
      }
    }
    const key = 'role:' + m.name.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
    this.#builder(key, () => ({ name: m.name, kind: 'anonymous', role: m.role, gender: m.gender, firstAt: m.start }));
    return { key, candidates: [] };
  }

  #addMention(key: string, m: { start: number; end: number; kind: Mention['kind'] }): void {
    const b = this.#builders.get(key);
    if (!b) return;
    b.mentions.push({ start: m.start, end: m.end, kind: m.kind, text: this.#text.slice(m.start, m.end) });
    if (m.start < b.firstAt) b.firstAt = m.start;
  }
}

/** Index of the first event after `at`. */
function upperBound(events: Event[], at: number): number {
  return firstIndex(events, (e) => e.at > at);
}

function dedupe(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** A letter, or an apostrophe or hyphen inside a word. */
function isWordChar(ch: string | undefined): boolean {
  return isLetter(ch) || ch === "'" || ch === '’' || ch === '-';
}
