/**
 * Expands the command line's paths into story files and reads them, turning every problem
 * (missing, unreadable, binary, too large) into one clear message instead of an exception.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export const STORY_EXTENSIONS = new Set(['.txt', '.news', '.wire']);

export type ReadResult = { ok: true; path: string; text: string } | { ok: false; path: string; error: string };

/** Files named directly are always read; directories contribute their .txt/.news/.wire files. */
export async function expandPaths(inputs: string[]): Promise<{ files: string[]; errors: ReadResult[] }> {
  const files: string[] = [];
  const errors: ReadResult[] = [];
  for (const input of inputs) {
    try {
      const st = await fs.stat(input);
      if (st.isDirectory()) await walk(input, files, errors);
      else files.push(input);
    } catch (e) {
      errors.push({ ok: false, path: input, error: describe(e) });
    }
  }
  return { files, errors };
}

async function walk(dir: string, files: string[], errors: ReadResult[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    errors.push({ ok: false, path: dir, error: describe(e) });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && !e.name.startsWith('.')) await walk(p, files, errors);
    } else if (STORY_EXTENSIONS.has(path.extname(e.name).toLowerCase())) files.push(p);
  }
}

export async function readStory(file: string, maxBytes: number): Promise<ReadResult> {
  try {
    const st = await fs.stat(file);
    if (st.size > maxBytes) return { ok: false, path: file, error: `too large: ${st.size.toLocaleString('en-US')} bytes is over the limit of ${maxBytes.toLocaleString('en-US')} (--max-size)` };
    const buf = await fs.readFile(file);
    if (looksBinary(buf)) return { ok: false, path: file, error: 'binary file, not a text story: skipped' };
    return { ok: true, path: file, text: buf.toString('utf8') };
  } catch (e) {
    return { ok: false, path: file, error: describe(e) };
  }
}

/** NUL bytes or mostly invalid UTF-8 in the first 8 KB: a PDF, an image, an archive. */
export function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return true;
  if (head.length === 0) return false;
  const decoded = head.toString('utf8');
  let bad = 0;
  for (const ch of decoded) if (ch === '\ufffd') bad++;
  return bad > 8 && bad / decoded.length > 0.05;
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err?.message ?? String(e);
  }
}
