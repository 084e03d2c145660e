/**
 * Quotes as a table for people and spreadsheets: one row per quote, rendered as CSV or Markdown.
 * Shared by the command line (--format csv) and the editor's Export Quotes command.
 */
import type { Article } from '../analysis/index';
import { LineIndex } from '../lineIndex';

export interface QuoteRow {
  file: string;
  line: number;
  column: number;
  kind: string;
  speaker: string | null;
  role: string | null;
  mention: string | null;
  cue: string | null;
  via: string | null;
  confidence: number;
  why: string;
  quote: string;
}

export function quoteRows(file: string, text: string, article: Article): QuoteRow[] {
  const lines = new LineIndex(text);
  const byId = new Map(article.speakers.map((s) => [s.id, s]));
  return article.quotes
    .filter((q) => q.depth === 0)
    .map((q) => {
      const p = lines.position(q.start);
      const a = q.attribution;
      const s = a.speakerId ? byId.get(a.speakerId) : undefined;
      return {
        file,
        line: p.line + 1,
        column: p.character + 1,
        kind: q.kind,
        speaker: s?.name ?? null,
        role: s?.role ?? null,
        mention: a.mention?.text ?? null,
        cue: a.cue?.text ?? null,
        via: a.via?.text ?? null,
        confidence: a.confidence,
        why: a.why,
        quote: q.text,
      };
    });
}

const COLUMNS: (keyof QuoteRow)[] = ['file', 'line', 'column', 'kind', 'speaker', 'role', 'mention', 'cue', 'via', 'confidence', 'why', 'quote'];

function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = COLUMNS.join(',');

export function csvLine(row: QuoteRow): string {
  return COLUMNS.map((c) => csvCell(row[c])).join(',');
}

export function toCsv(rows: QuoteRow[]): string {
  return [CSV_HEADER, ...rows.map(csvLine)].join('\n') + '\n';
}

function mdCell(v: string | number | null): string {
  return (v === null ? '' : String(v)).replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

export function toMarkdown(rows: QuoteRow[]): string {
  const head = ['File', 'Line', 'Speaker', 'Quote', 'Cue', 'Via', 'Confidence'];
  const out = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rows) {
    out.push(`| ${[r.file, r.line, r.speaker ?? (r.kind === 'term' ? '(quoted term)' : '**unattributed**'), r.quote, r.cue, r.via, r.confidence.toFixed(2)].map(mdCell).join(' | ')} |`);
  }
  return out.join('\n') + '\n';
}
