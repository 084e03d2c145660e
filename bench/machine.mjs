// What this machine gives the index workers: its cores, and how much faster two threads analysing
// side by side get through the same stories than one thread does (2.0 would be two free cores).
// Shared machines often give much less, which is what the workspace index's time then reflects.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** ms for one thread to analyse `stories`, run in a worker (the way the index runs). */
function analyseInWorker(engine, stories) {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { analyse } = require(workerData.engine);
    for (let r = 0; r < 2; r++) for (const s of workerData.stories) analyse(s); // warm up
    const t0 = process.hrtime.bigint();
    for (const s of workerData.stories) analyse(s);
    parentPort.postMessage(Number(process.hrtime.bigint() - t0) / 1e6);`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: { engine, stories } });
    w.once('message', (ms) => {
      resolve(ms);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

export async function benchMachine(engine, stories) {
  const alone = await analyseInWorker(engine, stories);
  const pair = await Promise.all([analyseInWorker(engine, stories), analyseInWorker(engine, stories)]);
  const speedup = (2 * alone) / Math.max(...pair);
  console.log(`machine: ${availableParallelism()} cores; ${stories.length} stories in ${alone.toFixed(0)} ms on one thread, twice over on two threads side by side in ${pair.map((x) => x.toFixed(0)).join(' / ')} ms → two threads do ${speedup.toFixed(2)}× the work of one`);
}
