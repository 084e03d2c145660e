/**
 * Runs a CommonJS bundle through V8 with a code cache: the bytecode of every function the last
 * run compiled, so a new server process starts without parsing and compiling the protocol
 * library and the engine again. A cache that does not fit the bundle, the Node version or the V8
 * flags is ignored (V8 checks it, and the file name carries a hash of the bundle), and any
 * failure to read or write one only costs the time it would have saved.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { Script } from 'node:vm';

/** What became of the cache: `used`, `rejected` by V8, `none` there yet, or `off` (no folder). */
export type CacheOutcome = 'used' | 'rejected' | 'none' | 'off';

/**
 * Loads and runs `file` as the module `parent` requires, with the code cache kept in `dir`
 * (null: none), and gives its exports. A missing, refused or outgrown cache is written when the
 * process exits, so the next start finds every function this run needed.
 */
export function runWithCodeCache(file: string, dir: string | null, parent: NodeJS.Module): { outcome: CacheOutcome; exports: unknown } {
  const source = readFileSync(file, 'utf8');
  const cacheFile = dir && usableDir(dir) ? path.join(dir, `${path.basename(file)}-${process.version}-${process.arch}-${fnv1a(source)}.bin`) : null;
  const cachedData = cacheFile ? readIfPresent(cacheFile) : undefined;
  // (Module.wrap gives the bundle CommonJS's own five parameters, so it runs as require would run it)
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const outcome: CacheOutcome = !cacheFile ? 'off' : !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  // (also over a used cache that this run outgrew: the first run to write one may have been a short
  // one that never analysed a story, and every later start would miss the engine's functions)
  if (cacheFile) process.once('exit', () => writeCache(cacheFile, file, script, outcome === 'used' ? cachedData!.length : 0));
  const m = new Module(file, parent);
  m.filename = file;
  m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void;
  run.call(m.exports, m.exports, m.require.bind(m) as NodeJS.Require, m, file, path.dirname(file));
  m.loaded = true;
  return { outcome, exports: m.exports };
}

/**
 * Where the cache lives when the editor names no folder: the user's own cache folder, never a
 * shared temporary one (bytecode from a file someone else could write would run as ours).
 */
export function defaultCacheDir(): string | null {
  const configured = process.env.WHOSAID_CODE_CACHE_DIR;
  if (configured !== undefined) return configured === '' || configured === '0' ? null : configured;
  const home = homedir();
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'whosaid', 'code-cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'whosaid');
  return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'whosaid');
}

/** The folder exists or can be made, and on POSIX belongs to this user with no one else writing. */
function usableDir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    if (!st.isDirectory()) return false;
    if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
    return st.uid === process.getuid() && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

function readIfPresent(file: string): Buffer | undefined {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (process.platform !== 'win32' && typeof process.getuid === 'function' && st.uid !== process.getuid()) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Written when there is none or this run's is a tenth larger than the one it used; beside its
 * final name and renamed, so two servers starting at once never read half a file. The caches of
 * earlier versions of the bundle go.
 */
function writeCache(file: string, bundle: string, script: Script, usedBytes: number): void {
  try {
    const data = script.createCachedData();
    if (usedBytes > 0 && data.length < usedBytes * 1.1) return;
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, file);
    const dir = path.dirname(file);
    for (const old of readdirSync(dir)) if (old.startsWith(`${path.basename(bundle)}-`) && old.endsWith('.bin') && path.join(dir, old) !== file) rmSync(path.join(dir, old), { force: true });
  } catch {
    // a read-only or full disk: the next start compiles as usual
  }
}

/** 32-bit FNV-1a of the text: which bundle a cache belongs to (V8 itself compares only lengths). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
