/**
 * The server process's entry (dist/server.js): runs the server bundle (dist/serverMain.js, from
 * main.ts) with a code cache, which takes about a quarter off the time from process start to the
 * first diagnostics. The editor passes its storage folder in WHOSAID_CODE_CACHE_DIR; otherwise
 * the user's cache folder is used ("" or "0" turns the cache off).
 */
import * as path from 'node:path';
import { defaultCacheDir, runWithCodeCache } from './codeCache';

runWithCodeCache(path.join(__dirname, 'serverMain.js'), defaultCacheDir(), module);
