/**
 * Finds the articles of the workspace folders on disk (`whosaid.files` minus `whosaid.exclude`)
 * and feeds them to the index in the background, yielding between files so requests are served.
 * The only file that reads the disk for the server.
 */
import { promises as fs, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';

export interface ScanOptions {
  files: string;
  exclude: string[];
  maxFileSize: number;
}

export function matcher(options: ScanOptions): (relative: string) => boolean {
  const include = picomatch(options.files, { dot: false });
  const exclude = options.exclude.length ? picomatch(options.exclude, { dot: true }) : () => false;
  return (relative) => include(relative) && !exclude(relative);
}

/** Every matching file under the folder (a file: URI), as file: URIs, in a stable order. */
export async function findArticles(folderUri: string, options: ScanOptions, cancelled: () => boolean): Promise<string[]> {
  if (!folderUri.startsWith('file:')) return [];
  const root = fileURLToPath(folderUri);
  const matches = matcher(options);
  const excludeDir = options.exclude.length ? picomatch(options.exclude, { dot: true }) : () => false;
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    if (cancelled()) return;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folders are skipped, never fatal
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (e.isDirectory()) {
        if (!excludeDir(rel + '/') && !excludeDir(rel + '/x') && e.name !== '.git') await walk(full);
      } else if (e.isFile() && matches(rel)) out.push(pathToFileURL(full).toString());
    }
  };
  await walk(root);
  return out;
}

/** The text of a file: URI, or null when it is missing, unreadable, binary or too large. */
export async function readArticle(uri: string, maxFileSize: number): Promise<string | null> {
  try {
    const file = fileURLToPath(uri);
    const st = await fs.stat(file);
    return st.size > maxFileSize * 4 ? null : articleText(await fs.readFile(file), maxFileSize);
  } catch {
    return null;
  }
}

/**
 * readArticle for an index worker, whose thread has nothing else to do while it waits: blocking
 * reads skip the thread-pool round trips, which took a tenth of a worker's time.
 */
export function readArticleSync(uri: string, maxFileSize: number): string | null {
  try {
    const file = fileURLToPath(uri);
    return statSync(file).size > maxFileSize * 4 ? null : articleText(readFileSync(file), maxFileSize);
  } catch {
    return null;
  }
}

function articleText(buf: Buffer, maxFileSize: number): string | null {
  if (buf.subarray(0, 8192).includes(0)) return null;
  const text = buf.toString('utf8');
  return text.length > maxFileSize ? null : text;
}
