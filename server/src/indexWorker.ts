/**
 * A worker thread of the workspace index: reads a story, analyses it and packs what search
 * needs, so indexing uses every core and never holds up the server's thread (where typing is
 * answered). Messages: { id, uri, maxFileSize } in, { id, packed } or { id, error } out.
 */
import { parentPort } from 'node:worker_threads';
import { analyse } from './analysis/index';
import { packArticle } from './indexEntry';
import { readArticle } from './workspaceScan';

export interface IndexJob {
  id: number;
  uri: string;
  maxFileSize: number;
}

parentPort?.on('message', (job: IndexJob) => {
  void (async () => {
    try {
      const text = await readArticle(job.uri, job.maxFileSize);
      const packed = text === null ? null : packArticle(text, analyse(text, { maxLength: job.maxFileSize }));
      const transfer = packed ? [packed.bounds.buffer, packed.utf8.buffer] : [];
      parentPort!.postMessage({ id: job.id, packed }, transfer as ArrayBuffer[]);
    } catch (e) {
      parentPort!.postMessage({ id: job.id, error: String(e) });
    }
  })();
});
