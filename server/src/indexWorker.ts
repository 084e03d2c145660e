/**
 * A worker thread of the workspace index: reads stories, analyses them and packs what search
 * needs, so indexing uses every core and never holds up the server's thread (where typing is
 * answered). A job is a batch of stories and gets one reply: a message wakes the other thread,
 * and on a machine with few cores each wake-up takes the core from a worker.
 * Messages: { id, uris, maxFileSize } in, { id, results } out, one result per uri.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { analyse } from './analysis/index';
import { packArticle, type IndexedArticle } from './indexEntry';
import { readArticleSync } from './workspaceScan';

const WORKER_NICENESS = 10;

export interface IndexJob {
  id: number;
  uris: string[];
  maxFileSize: number;
}

/** The packed article (null when unreadable, binary or too large), or why it failed. */
export type IndexResult = { packed: IndexedArticle | null } | { error: string };

// Linux keeps a nice value per thread: lowered here, for this worker only, the server's own thread
// wins the processor whenever both want it, so typing stays fast while a workspace is indexed.
// (Elsewhere the call would lower the whole server, so it is made on Linux only.)
if (process.platform === 'linux') {
  try {
    setPriority(WORKER_NICENESS);
  } catch {
    // not permitted: index at the usual priority
  }
}

parentPort?.on('message', (job: IndexJob) => {
  const results: IndexResult[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const uri of job.uris) {
    try {
      const text = readArticleSync(uri, job.maxFileSize);
      const packed = text === null ? null : packArticle(text, analyse(text, { maxLength: job.maxFileSize }));
      // (typed as ArrayBufferLike, which admits a SharedArrayBuffer; this is a plain one)
      if (packed) transfer.push(packed.bounds.buffer as ArrayBuffer);
      results.push({ packed });
    } catch (e) {
      results.push({ error: String(e) });
    }
  }
  parentPort!.postMessage({ id: job.id, results }, transfer);
});
