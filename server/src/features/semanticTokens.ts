/**
 * Semantic tokens for quotes, speakers, cues, claims and anonymous sources. Tokens never overlap
 * and never cross a line end (clients need both); the legend is declared once here.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Span } from '../analysis/index';

export const TOKEN_TYPES = ['quote', 'speaker', 'cue', 'claim', 'anonymousSource'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

interface Piece extends Span {
  type: number;
  /** Lower wins when pieces overlap: speakers and cues over quotes over claims. */
  rank: number;
}

export function semanticTokens(article: Article, doc: TextDocument): SemanticTokens {
  const pieces: Piece[] = [];
  const add = (span: Span, type: TokenType, rank: number): void => {
    if (span.end > span.start) pieces.push({ start: span.start, end: span.end, type: TOKEN_TYPES.indexOf(type), rank });
  };
  for (const s of article.speakers) for (const m of s.mentions) add(m, s.kind === 'anonymous' ? 'anonymousSource' : 'speaker', 0);
  for (const q of article.quotes) {
    if (q.depth > 0 || q.kind === 'term') continue;
    if (q.attribution.cue && q.attribution.cue.text.length > 1) add(q.attribution.cue, 'cue', 0);
    for (const seg of q.segments) add(seg, 'quote', 1);
  }
  for (const c of article.claims) {
    if (c.attribution?.cue) add(c.attribution.cue, 'cue', 0);
    add(c.content, 'claim', 2);
  }
  const kept = resolveOverlaps(pieces);
  const text = doc.getText();
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const k of kept) {
    // split at line ends
    let s = k.start;
    while (s < k.end) {
      let e = text.indexOf('\n', s);
      if (e < 0 || e > k.end) e = k.end;
      let end = e;
      if (end > s && text[end - 1] === '\r') end--;
      if (end > s) {
        const pos = doc.positionAt(s);
        const deltaLine = pos.line - prevLine;
        const deltaChar = deltaLine === 0 ? pos.character - prevChar : pos.character;
        data.push(deltaLine, deltaChar, end - s, k.type, 0);
        prevLine = pos.line;
        prevChar = pos.character;
      }
      s = e + 1;
    }
  }
  return { data };
}

/**
 * Keeps the best-ranked piece where pieces overlap and cuts the others around it. Linear after
 * sorting: each rank is cut against the merged, sorted result of the ranks before it.
 */
function resolveOverlaps(pieces: Piece[]): Piece[] {
  let taken: Span[] = [];
  const kept: Piece[] = [];
  for (const rank of [0, 1, 2]) {
    const mine = pieces.filter((p) => p.rank === rank).sort((a, b) => a.start - b.start);
    const added: Span[] = [];
    let t = 0;
    let lastEnd = -1;
    for (const p of mine) {
      let start = Math.max(p.start, lastEnd);
      const end = p.end;
      while (t < taken.length && taken[t]!.end <= start) t++;
      let k = t;
      while (start < end) {
        const block = taken[k];
        if (!block || block.start >= end) {
          kept.push({ start, end, type: p.type, rank });
          added.push({ start, end });
          break;
        }
        if (block.start > start) {
          kept.push({ start, end: block.start, type: p.type, rank });
          added.push({ start, end: block.start });
        }
        start = Math.max(start, block.end);
        k++;
      }
      lastEnd = Math.max(lastEnd, end);
    }
    taken = merge(taken, added);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function merge(a: Span[], b: Span[]): Span[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
