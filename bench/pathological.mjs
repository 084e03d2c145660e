// Pathological inputs at three sizes (n, 2n, 4n): the engine's time must grow linearly, so the
// ratio time(4n) / time(n) should stay near 4 (a quadratic rule would show 16). Figures only.
import { median } from './stats.mjs';

const binary = (n) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7919) % 256)).toString('latin1');

/** name → text of roughly `scale` units of the pattern. */
export const PATHOLOGICAL = {
  'quote marks in a row (10,000 at 4n)': (k) => '“'.repeat(2500 * k),
  'straight marks in a row (10,000 at 4n)': (k) => '"'.repeat(2500 * k),
  'one line of 5 MB at 4n': (k) => ('The council met on Monday and agreed a budget for the coming year. '.repeat(3) + '“We are done,” Jane Doe said. ').repeat(5375 * k),
  'paragraphs (100,000 at 4n)': (k) => 'Ok.\n\n“Yes,” he said.\n\n'.repeat(12500 * k),
  'deeply nested marks (2,000 levels at 4n)': (k) => '“‘«‹'.repeat(125 * k) + 'x' + '›»’”'.repeat(125 * k),
  'binary bytes (1 MB at 4n)': (k) => binary(250_000 * k),
  'quotes in one paragraph (40,000 at 4n)': (k) => 'word “quote” said Jane Doe. '.repeat(10000 * k),
};

export function benchPathological(analyse, runs = 3) {
  console.log('pathological inputs: time at n, 2n and 4n (linear growth gives a 4n/n ratio near 4)');
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    const times = [];
    let sizes = [];
    for (const k of [1, 2, 4]) {
      const text = make(k);
      sizes.push(text.length);
      analyse(text.slice(0, 2000)); // warm up the code paths
      const ms = [];
      for (let r = 0; r < runs; r++) {
        const t = process.hrtime.bigint();
        analyse(text);
        ms.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      times.push(median(ms));
    }
    const ratio = times[2] / Math.max(0.01, times[0]);
    console.log(`  ${name.padEnd(42)} ${sizes.map((s, i) => `${(s / 1e6).toFixed(2)} MB ${times[i].toFixed(0)} ms`).join(' · ')}  → ×${ratio.toFixed(1)}`);
  }
}
