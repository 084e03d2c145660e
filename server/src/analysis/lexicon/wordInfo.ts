/**
 * One table from a lower-case word to everything the lexicons say about it, so that each token is
 * looked up once (while tokenising) and later checks are bit tests, not set lookups.
 */
import { cueForms, lookupCue, type CueInfo } from './cues';
import { ANONYMOUS_NOUNS, MEDIA_NAMES, ORGANISATION_WORDS, PHRASE_STOPS, ROLE_NOUNS, TITLE_WORDS } from './people';
import { NOT_NAME_WORDS } from './places';

export const enum Lex {
  Title = 1 << 0,
  NotName = 1 << 1,
  Organisation = 1 << 2,
  Media = 1 << 3,
  PhraseStop = 1 << 4,
  Role = 1 << 5,
  Anonymous = 1 << 6,
  Superlative = 1 << 7,
  FigureWord = 1 << 8,
  Seen = 1 << 9,
  Sign = 1 << 10,
  Reportedly = 1 << 11,
  Be = 1 << 12,
  Believed = 1 << 13,
}

export interface WordInfo {
  cue: CueInfo | null;
  flags: number;
}

const words = (x: string): string[] => x.split(' ');

const TABLE = new Map<string, WordInfo>();

function mark(list: Iterable<string>, flag: number): void {
  for (const w of list) {
    const e = TABLE.get(w);
    if (e) e.flags |= flag;
    else TABLE.set(w, { cue: lookupCue(w), flags: flag });
  }
}

mark(TITLE_WORDS, Lex.Title);
mark(NOT_NAME_WORDS, Lex.NotName);
mark(ORGANISATION_WORDS, Lex.Organisation);
mark(MEDIA_NAMES, Lex.Media);
mark(PHRASE_STOPS, Lex.PhraseStop);
mark(ROLE_NOUNS, Lex.Role);
mark(ANONYMOUS_NOUNS, Lex.Anonymous);
mark(words('largest biggest highest lowest smallest fastest slowest worst best most least record unprecedented only longest shortest deadliest first'), Lex.Superlative);
mark(words('million billion trillion percent half third quarter dozen hundreds thousands'), Lex.FigureWord);
mark(words('seen viewed regarded interpreted taken'), Lex.Seen);
mark(words('sign signal indication message move bid attempt'), Lex.Sign);
mark(words('reportedly allegedly purportedly supposedly apparently'), Lex.Reportedly);
mark(words('is are was were'), Lex.Be);
mark(words('said believed thought understood reported rumored rumoured alleged'), Lex.Believed);

for (const form of cueForms()) if (!TABLE.has(form)) TABLE.set(form, { cue: lookupCue(form), flags: 0 });

const NONE: WordInfo = { cue: null, flags: 0 };

/** Everything known about a lower-case word: its cue (if a reporting verb) and its Lex flags. */
export function wordInfo(lower: string): WordInfo {
  return TABLE.get(lower) ?? NONE;
}
