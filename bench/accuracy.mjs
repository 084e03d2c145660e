// Scores whosaid against an annotated corpus (format and rules: ../shared/corpus/README.md).
// Usage: node bench/accuracy.mjs CORPUS.jsonl [--errors N [--only CLASS]] (CLASS: part of an error class name)
// Runs the built CLI in corpus mode (dist/cli.js --jsonl-input), so it measures exactly what
// users and other tools get.
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, '..', 'dist', 'cli.js');

const MARKS = '“”‘’"\'«»„‹›‚`';
const EXTRA = '.,;:!?…—–-';

function trimSpan(text, s, e, chars) {
  while (s < e && (chars.includes(text[s]) || /\s/.test(text[s]))) s++;
  while (e > s && (chars.includes(text[e - 1]) || /\s/.test(text[e - 1]))) e--;
  return [s, e];
}

function normalise(text, s, e) {
  const [a, b] = trimSpan(text, s, e, MARKS + EXTRA);
  return text.slice(a, b).replace(/\s+/g, ' ');
}

function overlap(a, b) {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** The unused unit of largest overlap with `gs`, if overlap / union ≥ 0.3 (the corpus rule). */
function bestMatch(gs, units) {
  let best = null;
  let bestOv = 0;
  for (const u of units) {
    if (u.used) continue;
    const ov = overlap(gs, u.span);
    if (ov > bestOv) {
      bestOv = ov;
      best = u;
    }
  }
  if (!best) return null;
  const union = gs[1] - gs[0] + (best.span[1] - best.span[0]) - bestOv;
  return bestOv / union >= 0.3 ? best : null;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'i', 'we', 'it', 'you']);

function lastWord(speaker) {
  const words = speaker.toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words[words.length - 1] ?? '';
}

function speakerRight(gold, pred) {
  const p = pred.speaker;
  if (gold.speaker === null || gold.speaker === undefined) return p === null;
  if (p === null) return false;
  const m = p.mention;
  if (m && (gold.speaker_spans ?? []).some((sp) => overlap([m.start, m.end], sp) > 0)) return true;
  if (gold.speaker_is_pronoun) return false;
  const w = lastWord(gold.speaker);
  if (!w) return false;
  const words = new Set(`${p.name} ${m?.text ?? ''}`.toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? []);
  return words.has(w);
}

/** Classifies a wrong speaker by the pattern of the gold attribution, for the error breakdown. */
function speakerErrorClass(gold, pred) {
  if (pred.speaker === null) return 'wrong speaker: no cue found';
  if (gold.speaker_is_pronoun || /^(?:he|she|they|him|her|it|we|i)$/i.test(pred.speaker.mention?.text ?? '')) return 'wrong speaker: pronoun';
  const why = pred.why ?? '';
  if (/relayed/.test(why)) return 'wrong speaker: relayed';
  if (/further quote|continu/.test(why)) return 'wrong speaker: continuation';
  if (/colon/.test(why)) return 'wrong speaker: colon lead-in';
  if (/guess/.test(why)) return 'wrong speaker: no cue found';
  if (gold.speaker && gold.speaker.trim().split(/\s+/).length === 1) return 'wrong speaker: surname';
  return 'wrong speaker: title';
}

export function scoreDocument(gold, pred, errors) {
  const text = gold.text;
  const units = [];
  for (const q of pred.quotes ?? []) {
    const segs = q.segments && q.segments.length > 1 ? q.segments : [{ start: q.start, end: q.end }];
    for (const s of segs) {
      const [a, b] = trimSpan(text, s.start, s.end, MARKS);
      units.push({ span: [a, b], quote: q, used: false });
    }
  }
  const ignore = [...(gold.ignore_spans ?? []), ...(gold.non_attribution_quote_marks ?? [])];
  const r = { gold: gold.quotes.length, pred: 0, matched: 0, exact: 0, speakerRight: 0, classes: {} };
  const bump = (k) => (r.classes[k] = (r.classes[k] ?? 0) + 1);
  for (const g of gold.quotes) {
    const gs = g.inner;
    const best = bestMatch(gs, units);
    if (!best) {
      bump('missed quote');
      errors?.push({ doc: gold.id, kind: 'missed quote', text, at: gs, gold: g });
      continue;
    }
    best.used = true;
    r.matched++;
    const exact = normalise(text, gs[0], gs[1]) === normalise(text, best.span[0], best.span[1]);
    if (exact) r.exact++;
    else {
      bump('wrong span');
      errors?.push({ doc: gold.id, kind: 'wrong span', text, at: gs, got: best.span, gold: g });
    }
    if (speakerRight(g, best.quote)) r.speakerRight++;
    else {
      const k = speakerErrorClass(g, best.quote);
      bump(k);
      errors?.push({ doc: gold.id, kind: k, text, at: gs, gold: g, pred: best.quote });
    }
  }
  for (const u of units) {
    if (u.used) {
      r.pred++;
      continue;
    }
    const len = Math.max(1, u.span[1] - u.span[0]);
    const ignored = ignore.some((sp) => overlap(u.span, sp) * 2 >= len);
    if (ignored) continue;
    r.pred++;
    bump('spurious quote');
    errors?.push({ doc: gold.id, kind: 'spurious quote', text, at: u.span, pred: u.quote });
  }
  return r;
}

function f1(p, r) {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

async function* predictions(corpus) {
  const child = spawn(process.execPath, [cli, '--jsonl-input', corpus, '--format', 'jsonl'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const rl = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) yield JSON.parse(line);
}

async function* golds(corpus) {
  const rl = createInterface({ input: createReadStream(corpus, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) yield JSON.parse(line);
}

export async function scoreCorpus(corpus, { errorsWanted = 0 } = {}) {
  const totals = { docs: 0, gold: 0, pred: 0, matched: 0, exact: 0, speakerRight: 0, classes: {}, claims: { gold: 0, pred: 0, right: 0 } };
  const errors = errorsWanted > 0 ? [] : null;
  const predIt = predictions(corpus)[Symbol.asyncIterator]();
  for await (const gold of golds(corpus)) {
    const { value: pred, done } = await predIt.next();
    if (done) throw new Error('whosaid stopped before the corpus ended');
    if (pred.id !== gold.id) throw new Error(`out of order: ${pred.id} vs ${gold.id}`);
    const r = scoreDocument(gold, pred, errors);
    totals.docs++;
    for (const k of ['gold', 'pred', 'matched', 'exact', 'speakerRight']) totals[k] += r[k];
    for (const [k, v] of Object.entries(r.classes)) totals.classes[k] = (totals.classes[k] ?? 0) + v;
    scoreClaims(gold, pred, totals.claims);
  }
  return { totals, errors };
}

/** Indirect attributions found as claims with the right source (same overlap and speaker rules). */
function scoreClaims(gold, pred, acc) {
  const golds = (gold.attributions ?? []).filter((a) => a.kind === 'indirect' && a.content_spans?.length);
  const units = (pred.claims ?? []).filter((c) => c.kind === 'reported').map((c) => ({ span: [c.content.start, c.content.end], claim: c, used: false }));
  acc.gold += golds.length;
  acc.pred += units.length;
  for (const g of golds) {
    const gs = [Math.min(...g.content_spans.map((s) => s[0])), Math.max(...g.content_spans.map((s) => s[1]))];
    const best = bestMatch(gs, units);
    if (!best) continue;
    best.used = true;
    const goldLike = { speaker: g.speaker, speaker_spans: g.source_spans, speaker_is_pronoun: PRONOUNS.has(String(g.speaker ?? '').toLowerCase()) };
    if (speakerRight(goldLike, { speaker: best.claim.speaker })) acc.right++;
  }
}

export function summarise(totals) {
  const P = totals.matched / Math.max(1, totals.pred);
  const R = totals.matched / Math.max(1, totals.gold);
  const exactP = totals.exact / Math.max(1, totals.pred);
  const exactR = totals.exact / Math.max(1, totals.gold);
  const spk = totals.speakerRight / Math.max(1, totals.matched);
  const e2eP = totals.speakerRight / Math.max(1, totals.pred);
  const e2eR = totals.speakerRight / Math.max(1, totals.gold);
  const c = totals.claims;
  const cP = c.right / Math.max(1, c.pred);
  const cR = c.right / Math.max(1, c.gold);
  return {
    overlap: { P, R, F1: f1(P, R) },
    exact: { P: exactP, R: exactR, F1: f1(exactP, exactR) },
    speakerAccuracy: spk,
    endToEnd: { P: e2eP, R: e2eR, F1: f1(e2eP, e2eR) },
    claims: { P: cP, R: cR, F1: f1(cP, cR), gold: c.gold, pred: c.pred },
  };
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);

export function printAccuracy(totals) {
  const s = summarise(totals);
  console.log(`accuracy on ${totals.docs} documents, ${totals.gold} gold quotes, ${totals.pred} counted predictions`);
  console.log(`  quotes (overlap ≥ 0.3)  P ${pct(s.overlap.P)}  R ${pct(s.overlap.R)}  F1 ${pct(s.overlap.F1)}`);
  console.log(`  quotes (exact)          P ${pct(s.exact.P)}  R ${pct(s.exact.R)}  F1 ${pct(s.exact.F1)}`);
  console.log(`  speaker accuracy        ${pct(s.speakerAccuracy)} % of ${totals.matched} matched quotes`);
  console.log(`  end-to-end              P ${pct(s.endToEnd.P)}  R ${pct(s.endToEnd.R)}  F1 ${pct(s.endToEnd.F1)}`);
  console.log(`  claims (indirect)       P ${pct(s.claims.P)}  R ${pct(s.claims.R)}  F1 ${pct(s.claims.F1)}  (${s.claims.gold} gold, ${s.claims.pred} reported claims)`);
  console.log('  errors by class:');
  for (const [k, v] of Object.entries(totals.classes).sort((a, b) => b[1] - a[1])) console.log(`    ${String(v).padStart(5)}  ${k}`);
  return s;
}

function context(text, [s, e], width = 100) {
  const a = Math.max(0, s - width);
  const b = Math.min(text.length, e + width);
  return (text.slice(a, s) + '⟦' + text.slice(s, e) + '⟧' + text.slice(e, b)).replace(/\s+/g, ' ');
}

export function printErrors(errors, n) {
  for (const e of errors.slice(0, n)) {
    console.log(`\n[${e.kind}] ${e.doc}`);
    console.log('  ' + context(e.text, e.at));
    if (e.gold) console.log(`  gold speaker: ${e.gold.speaker ?? 'none'}${e.gold.cue ? ` (cue “${e.gold.cue}”)` : ''}`);
    if (e.pred) console.log(`  whosaid: ${e.pred.speaker ? `${e.pred.speaker.name} via “${e.pred.speaker.mention?.text ?? ''}”` : 'no speaker'} — ${e.pred.why}`);
    if (e.got) console.log(`  whosaid span: ${context(e.text, e.got, 0)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const corpus = args.find((a, i) => !a.startsWith('--') && !/^\d+$/.test(a) && args[i - 1] !== '--only');
  const ei = args.indexOf('--errors');
  const n = ei >= 0 ? Number(args[ei + 1] ?? 20) : 0;
  const oi = args.indexOf('--only');
  const only = oi >= 0 ? args[oi + 1] ?? '' : '';
  if (!corpus) {
    console.error('usage: npm run bench:accuracy -- CORPUS.jsonl [--errors N [--only CLASS]]');
    process.exit(2);
  }
  const { totals, errors } = await scoreCorpus(corpus, { errorsWanted: n });
  printAccuracy(totals);
  if (errors) printErrors(only ? errors.filter((e) => e.kind.includes(only)) : errors, n);
}
