/**
 * Renders analysed stories for people and tools: linter lines (text), an annotated report, JSON,
 * JSON lines, CSV of quotes and SARIF 2.1.0 for code-scanning pages.
 */
import type { Article, Finding, Severity } from '../analysis/index';
import { LineIndex } from '../lineIndex';
import { toDocumentRecord } from '../export/records';
import { CSV_HEADER, csvLine, quoteRows } from '../export/quoteTable';

export interface AnalysedFile {
  path: string;
  text: string;
  article: Article;
}

const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

export function findingLines(f: AnalysedFile): string[] {
  const lines = new LineIndex(f.text);
  return f.article.findings.map((x) => {
    const p = lines.position(x.start);
    return `${f.path}:${p.line + 1}:${p.character + 1} ${SEVERITY_WORD[x.severity]} ${x.code} ${x.message}`;
  });
}

function snippet(s: string, max = 90): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

/** The annotated report: who said what, with the cue and the reasoning, then claims and findings. */
export function reportLines(f: AnalysedFile): string[] {
  const { article } = f;
  const lines = new LineIndex(f.text);
  const byId = new Map(article.speakers.map((s) => [s.id, s]));
  const out: string[] = [`== ${f.path}`];
  if (article.headline) out.push(`headline: ${snippet(f.text.slice(article.headline.start, article.headline.end))}`);
  if (article.dateline) out.push(`dateline: ${article.dateline.text}`);
  const spoken = article.quotes.filter((q) => q.kind !== 'term');
  const unattributed = spoken.filter((q) => q.attribution.confidence < 0.5).length;
  out.push(`${spoken.length} quotes · ${unattributed} unattributed · ${article.speakers.length} speakers · ${article.claims.length} claims`);
  out.push('', 'Speakers:');
  for (const s of article.speakers) {
    const n = spoken.filter((q) => q.attribution.speakerId === s.id && q.attribution.confidence >= 0.5).length;
    out.push(`  ${s.name}${s.role ? ` (${s.role})` : ''} [${s.kind}] — ${n} quote${n === 1 ? '' : 's'}, ${s.mentions.length} mentions`);
  }
  out.push('', 'Quotes:');
  for (const q of article.quotes) {
    const p = lines.position(q.start);
    const a = q.attribution;
    const s = a.speakerId ? byId.get(a.speakerId) : undefined;
    const who = q.kind === 'term' ? '(quoted term)' : a.confidence < 0.5 ? `UNATTRIBUTED${s ? ` (maybe ${s.name})` : ''}` : s?.name ?? '?';
    const how = q.kind === 'term' ? '' : ` ← ${a.mention ? `“${a.mention.text}” ` : ''}${a.cue ? `[${a.cue.text}] ` : ''}${a.via ? `via ${a.via.text} ` : ''}(${a.why}; ${a.confidence.toFixed(2)})`;
    out.push(`  ${p.line + 1}:${p.character + 1} ${q.kind.padEnd(7)} ${who}: ${snippet(q.text, 70)}${how}`);
  }
  if (article.claims.length) {
    out.push('', 'Claims:');
    for (const c of article.claims) {
      const p = lines.position(c.content.start);
      const s = c.attribution?.speakerId ? byId.get(c.attribution.speakerId)?.name : null;
      out.push(`  ${p.line + 1}:${p.character + 1} ${c.kind.padEnd(11)} ${s ?? '(no source)'}: ${snippet(c.content.text, 70)}${c.reasons.length ? ` [${c.reasons.join(', ')}]` : ''}`);
    }
  }
  out.push('', 'Findings:');
  const fl = findingLines(f);
  out.push(...(fl.length ? fl.map((l) => '  ' + l) : ['  none']));
  out.push('');
  return out;
}

export function jsonRecord(f: AnalysedFile): object {
  return { path: f.path, ...toDocumentRecord(f.path, f.article) };
}

export { CSV_HEADER };

export function csvRows(f: AnalysedFile): string[] {
  return quoteRows(f.path, f.text, f.article).map(csvLine);
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function sarif(files: AnalysedFile[], version: string, rules: { id: string; text: string }[]): object {
  const results = files.flatMap((f) => {
    const lines = new LineIndex(f.text);
    return f.article.findings.map((x: Finding) => {
      const s = lines.position(x.start);
      const e = lines.position(x.end);
      return {
        ruleId: x.code,
        level: SARIF_LEVEL[x.severity],
        message: { text: x.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: f.path.split('\\').join('/') },
              region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 },
            },
          },
        ],
      };
    });
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'whosaid', version, rules: rules.map((r) => ({ id: r.id, shortDescription: { text: r.text } })) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
