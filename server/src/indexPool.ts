/**
 * Worker threads that index workspace stories (indexWorker.ts), one per core up to four. Made
 * when a scan starts and ended when it finishes, so an idle server runs no threads at all.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IndexJob, IndexResult } from './indexWorker';

/**
 * A worker's analyses leave nothing behind but the packed result, so a small young generation
 * collects as well as a large one; V8's default (up to 48 MB a thread) made the workers' heaps
 * most of the server’s peak memory while indexing (10,000 stories: 377 MB peak; with 6 MB and the
 * packing of indexEntry.ts, 276–287 MB, indexing no slower; 4 MB made analyses 15 % slower).
 */
const WORKER_YOUNG_GENERATION_MB = 6;

interface Reply {
  id: number;
  results: IndexResult[];
}

export class IndexPool {
  readonly #workers: Worker[] = [];
  readonly #waiting = new Map<number, { resolve: (r: IndexResult[]) => void; reject: (e: Error) => void }>();
  #next = 0;
  #round = 0;

  /** Throws when worker threads cannot start (the caller then indexes on its own thread). */
  constructor(workerFile: string, size = Math.min(4, Math.max(1, availableParallelism()))) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      w.on('message', (r: Reply) => this.#settle(r));
      w.on('error', (e) => this.#failAll(e));
      this.#workers.push(w);
    }
  }

  get size(): number {
    return this.#workers.length;
  }

  /** One result per uri, in order, from one worker (see indexWorker.ts for why in batches). */
  indexBatch(uris: string[], maxFileSize: number): Promise<IndexResult[]> {
    const id = this.#next++;
    const job: IndexJob = { id, uris, maxFileSize };
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#workers[this.#round++ % this.#workers.length]!.postMessage(job);
    });
  }

  async dispose(): Promise<void> {
    this.#failAll(new Error('index pool closed'));
    await Promise.all(this.#workers.map((w) => w.terminate()));
    this.#workers.length = 0;
  }

  #settle(r: Reply): void {
    const w = this.#waiting.get(r.id);
    if (!w) return;
    this.#waiting.delete(r.id);
    w.resolve(r.results);
  }

  #failAll(e: Error): void {
    for (const w of this.#waiting.values()) w.reject(e);
    this.#waiting.clear();
  }
}
