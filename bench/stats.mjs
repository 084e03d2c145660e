// Small statistics for the benchmarks: medians and percentiles of timings in milliseconds.
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}

/** Runs `fn` `runs` times; median, p95 and max in ms. */
export function time(fn, runs) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return summary(ms);
}

export function summary(ms) {
  return { median: median(ms), p95: percentile(ms, 0.95), max: Math.max(...ms), n: ms.length };
}

export const fmt = (s, digits = 0) => `median ${s.median.toFixed(digits)} ms, p95 ${s.p95.toFixed(digits)} ms, max ${s.max.toFixed(digits)} ms`;
