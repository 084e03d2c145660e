/**
 * The Article model: everything whosaid knows about one story. Every view (CLI, hover, outline,
 * diagnostics) reads this model and nothing else. Plain data only, so it serialises as JSON.
 *
 * All offsets are UTF-16 code-unit indexes into the original text exactly as given to `analyse`
 * (a BOM or CRLF line ends are kept, never stripped); `start` is inclusive, `end` exclusive.
 */

/** A half-open range `[start, end)` of UTF-16 offsets into the original text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers (copied for convenience of consumers). */
export interface TextSpan extends Span {
  text: string;
}

export type ParagraphKind = 'headline' | 'body' | 'credit';

export interface Sentence extends Span {}

export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
  sentences: Sentence[];
}

/** The dateline that opens a wire story: "Beijing, Jun. 19, (dpa/GNA) –". */
export interface Dateline extends TextSpan {
  /** The place, as written: "Beijing". */
  place: string;
  /** The agency credits in parentheses, if any: "dpa/GNA". */
  agency: string | null;
}

/**
 * - `full`: a sentence or more of speech.
 * - `partial`: a fragment of speech inside reported speech: agree on the need to “stabilize”.
 * - `term`: a quoted title, nickname, headline word or scare quote that nobody speaks.
 */
export type QuoteKind = 'full' | 'partial' | 'term';

export type MentionKind =
  | 'name' // a full name: "Antony Blinken"
  | 'surname' // one part of a known name: "Blinken", "Xi"
  | 'title' // title + surname: "President Xi", "Mr. Blinken"
  | 'role' // a role noun: "the secretary", "the US secretary of state"
  | 'pronoun' // "he", "she", "they", "him"
  | 'organisation' // "the US State Department", "state media", "CCTV"
  | 'anonymous'; // "a senior official who asked not to be named", "officials"

/** One place in the text where a speaker is referred to. */
export interface Mention extends TextSpan {
  kind: MentionKind;
}

export type SpeakerKind = 'person' | 'organisation' | 'anonymous';
export type Gender = 'male' | 'female' | 'unknown';

/** One real-world source, holding every mention of it. */
export interface Speaker {
  /** Stable within one analysis: "s1", "s2", … in order of first mention. */
  id: string;
  /** Canonical name: the fullest form the story gives ("Antony Blinken", "the US State Department"). */
  name: string;
  kind: SpeakerKind;
  /** Title or role as the copy gives it: "US Secretary of State", "a doctor"; null when none. */
  role: string | null;
  gender: Gender;
  /** Every mention, in text order; the first full-name mention is `mentions[firstFull]`. */
  mentions: Mention[];
  /** Index into `mentions` of the fullest early mention (the one "go to definition" opens). */
  primaryMention: number;
}

/** How a quote or claim was tied to its speaker. */
export interface Attribution {
  /** `Speaker.id`, or null when nobody could be found. */
  speakerId: string | null;
  /** The mention in this attribution, as written ("he", "Blinken"). */
  mention: Mention | null;
  /** The reporting cue: "said", "told reporters", "according to", "—". */
  cue: TextSpan | null;
  /** Who relayed the words, for second-hand speech ("CCTV", "a State Department readout"). */
  via: TextSpan | null;
  /** 0..1: how sure the pattern is. Below 0.5 the quote still counts as unattributed. */
  confidence: number;
  /** The pattern that matched, for people: "quote, X said", "colon lead-in", … */
  why: string;
}

export interface Quote extends Span {
  id: string;
  /** One span per paragraph for multi-paragraph quotes, marks included; else one span. */
  segments: Span[];
  /** The quote's words without the outer marks (first segment start to last segment end). */
  inner: Span;
  text: string;
  kind: QuoteKind;
  /** The opening mark as written: “ ‘ " ' « „ ‹. */
  mark: string;
  /** False when the last segment ends without a closing mark. */
  closed: boolean;
  /** Depth of nesting: 0 for a top-level quote, 1 for a quote inside a quote. */
  depth: number;
  attribution: Attribution;
}

export type ClaimKind = 'reported' | 'checkworthy' | 'hedged';

export interface Claim extends Span {
  id: string;
  kind: ClaimKind;
  /** The words claimed (for reported speech, the clause after "said that"). */
  content: TextSpan;
  /** Who the claim rests on; speakerId null for unsourced statements. */
  attribution: Attribution | null;
  /** Why it is worth checking: "figure", "superlative", "first since", "hedge: seen as". */
  reasons: string[];
}

export type FindingCode =
  | 'unattributed-quote'
  | 'ambiguous-attribution'
  | 'unbalanced-quote-mark'
  | 'continuation-mark-missing'
  | 'anonymous-source'
  | 'secondhand-attribution'
  | 'surname-before-full-name'
  | 'file-too-large';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedSpan extends Span {
  message: string;
}

export interface Finding extends Span {
  code: FindingCode;
  severity: Severity;
  message: string;
  related: RelatedSpan[];
}

export interface Article {
  /** Length of the analysed text in UTF-16 code units. */
  length: number;
  headline: Span | null;
  dateline: Dateline | null;
  paragraphs: Paragraph[];
  /** Closing credit lines: "GNA", "(Reporting by …; Editing by …)". */
  credits: Span[];
  quotes: Quote[];
  speakers: Speaker[];
  claims: Claim[];
  findings: Finding[];
}
