/**
 * Turns what the analysis saw into findings a person can act on, each with a stable code:
 * unattributed quotes, ambiguous attributions, unbalanced marks, missing continuation marks,
 * anonymous and second-hand sources, and a surname used before the full name.
 */
import type { Article, Claim, Finding, FindingCode, Quote, RelatedSpan, Severity, Span, Speaker } from './model';
import type { MarkProblem } from './quotes/quoteMarks';

export const DEFAULT_SEVERITY: Record<FindingCode, Severity> = {
  'unattributed-quote': 'warning',
  'ambiguous-attribution': 'information',
  'unbalanced-quote-mark': 'warning',
  'continuation-mark-missing': 'information',
  'anonymous-source': 'information',
  'secondhand-attribution': 'information',
  'surname-before-full-name': 'hint',
  'file-too-large': 'information',
};

/** One line per code, for rule lists (SARIF, README, settings descriptions). */
export const FINDING_DESCRIPTIONS: Record<FindingCode, string> = {
  'unattributed-quote': 'A quotation with no speaker in its sentence, paragraph or lead-in.',
  'ambiguous-attribution': 'A pronoun or surname that could mean more than one speaker.',
  'unbalanced-quote-mark': 'A quotation mark with no partner in its paragraph.',
  'continuation-mark-missing': 'A paragraph that continues a quotation without reopening it.',
  'anonymous-source': 'A quotation or claim resting on an unnamed source.',
  'secondhand-attribution': 'Words relayed by someone else, or a hedged claim ("reportedly", "seen as").',
  'surname-before-full-name': 'A surname used in the body before the full name is given.',
  'file-too-large': 'A story over the size limit, not analysed.',
};

/** More findings of one code than this in one story are noise; the rest are summarised in one. */
const MAX_PER_CODE = 200;

export interface Candidate {
  name: string;
  /** Where the candidate is first named. */
  at: Span;
}

export interface Ambiguity {
  at: Span;
  written: string;
  chosen: Candidate;
  others: Candidate[];
}

export interface FindingInputs {
  text: string;
  article: Pick<Article, 'quotes' | 'speakers' | 'claims' | 'paragraphs'>;
  problems: MarkProblem[];
  ambiguities: Ambiguity[];
  headline: Span | null;
}

export function collectFindings(input: FindingInputs): Finding[] {
  const { text, article } = input;
  const speakerById = new Map(article.speakers.map((s) => [s.id, s]));
  const out: Finding[] = [];
  const add = (code: FindingCode, span: Span, message: string, related: RelatedSpan[] = []): void => {
    out.push({ start: span.start, end: span.end, code, severity: DEFAULT_SEVERITY[code], message, related });
  };

  for (const p of input.problems) {
    if (p.kind === 'unbalanced') {
      add('unbalanced-quote-mark', { start: p.at, end: p.at + 1 }, `Quotation mark ${p.mark} has no partner in its paragraph.`);
    } else {
      // the paragraph's first character, whole: it may be an astral one (a surrogate pair)
      const c = text.charCodeAt(p.at);
      const width = c >= 0xd800 && c <= 0xdbff && text.charCodeAt(p.at + 1) >= 0xdc00 && text.charCodeAt(p.at + 1) <= 0xdfff ? 2 : 1;
      const end = Math.min(p.paragraph?.end ?? p.at + width, p.at + width);
      add('continuation-mark-missing', { start: p.at, end }, `This paragraph continues the quotation from the paragraph before but does not open with ${p.mark}.`);
    }
  }

  for (const q of article.quotes) {
    if (q.kind === 'term' || q.depth > 0) continue;
    const a = q.attribution;
    const speaker = a.speakerId ? speakerById.get(a.speakerId) : undefined;
    if (a.confidence < 0.5) {
      if (a.mention && !speaker && a.mention.kind === 'pronoun') {
        // “…,” he said — with no person before it that “he” can be
        add('unattributed-quote', { start: q.start, end: q.end }, `Quotation has no speaker: it is attributed to “${a.mention.text}”, but nobody named before it fits.`, [{ start: a.mention.start, end: a.mention.end, message: 'the unresolved pronoun' }]);
        continue;
      }
      const guess = speaker ? ` The last speaker before it is ${speaker.name}.` : '';
      add('unattributed-quote', { start: q.start, end: q.end }, `Quotation has no speaker: no attribution found in its sentence or paragraph.${guess}`);
      continue;
    }
    if (speaker?.kind === 'anonymous' && a.mention) {
      add('anonymous-source', a.mention, `Quotation rests on an unnamed source: ${speaker.name}.`, [{ start: q.start, end: q.end, message: 'the quotation' }]);
    }
    if (a.via) {
      const who = speaker ? speaker.name : 'its speaker';
      add('secondhand-attribution', a.via, `Second-hand: the words of ${who} are relayed by ${a.via.text}, not heard directly.`, [{ start: q.start, end: q.end, message: 'the quotation' }]);
    }
  }

  for (const c of article.claims) claimFindings(c, speakerById, add);

  for (const amb of input.ambiguities) {
    const names = [amb.chosen, ...amb.others].map((s) => s.name);
    add(
      'ambiguous-attribution',
      amb.at,
      `“${amb.written}” could mean ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}; whosaid chose ${amb.chosen.name}.`,
      [amb.chosen, ...amb.others].map((c) => ({ start: c.at.start, end: c.at.end, message: c.name })),
    );
  }

  for (const s of article.speakers) {
    if (s.kind !== 'person' || !s.name.includes(' ')) continue;
    const body = s.mentions.filter((m) => !input.headline || m.start >= input.headline.end);
    const firstFull = body.findIndex((m) => m.kind === 'name');
    const firstSurname = body.findIndex((m) => m.kind === 'surname');
    if (firstFull > 0 && firstSurname >= 0 && firstSurname < firstFull) {
      const m = body[firstSurname]!;
      const full = body[firstFull]!;
      add('surname-before-full-name', m, `“${m.text}” appears before the full name ${s.name} is given.`, [{ start: full.start, end: full.end, message: 'first full name' }]);
    }
  }
  return cap(out.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code)));
}

function claimFindings(c: Claim, speakerById: Map<string, Speaker>, add: (code: FindingCode, span: Span, message: string, related?: RelatedSpan[]) => void): void {
  const a = c.attribution;
  const speaker = a?.speakerId ? speakerById.get(a.speakerId) : undefined;
  if (speaker?.kind === 'anonymous' && a?.mention) {
    add('anonymous-source', a.mention, `Claim rests on an unnamed source: ${speaker.name}.`, [{ start: c.content.start, end: c.content.end, message: 'the claim' }]);
  }
  const hedge = c.reasons.find((r) => r.startsWith('hedge:'));
  if (hedge) {
    add('secondhand-attribution', { start: c.start, end: c.end }, `Hedged or second-hand claim (${hedge.slice(7)}): who says so is not named.`);
  }
}

function cap(findings: Finding[]): Finding[] {
  const counts = new Map<FindingCode, number>();
  const out: Finding[] = [];
  let prev: Finding | undefined;
  for (const f of findings) {
    if (prev && prev.code === f.code && prev.start === f.start && prev.end === f.end) continue;
    prev = f;
    const n = (counts.get(f.code) ?? 0) + 1;
    counts.set(f.code, n);
    if (n <= MAX_PER_CODE) out.push(f);
    else if (n === MAX_PER_CODE + 1) out.push({ ...f, message: `More than ${MAX_PER_CODE} ${f.code} findings; the rest are not listed.` });
  }
  return out;
}

export type { Quote };
