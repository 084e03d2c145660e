// Bundles the CLI (and, later, the client and server) into dist/. Type-checking is tsc's job.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

import { readFileSync } from 'node:fs';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  // minified: the server and the command line start faster (less to parse); source maps keep stacks readable
  minify: true,
  logLevel: 'warning',
  define: { WHOSAID_VERSION: JSON.stringify(version) },
};

const entries = [
  { in: 'server/src/cli.ts', out: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // the server process: a small entry that runs the server bundle with a code cache (boot.ts)
  { in: 'server/src/boot.ts', out: 'dist/server.js' },
  { in: 'server/src/main.ts', out: 'dist/serverMain.js' },
  // the workspace index's worker threads, loaded by the server from the same folder
  { in: 'server/src/indexWorker.ts', out: 'dist/indexWorker.js' },
  // the engine alone, for benchmarks and for tools that embed it
  { in: 'server/src/analysis/index.ts', out: 'dist/engine.js' },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
];

await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      esbuild.build({
        ...common,
        entryPoints: [e.in],
        outfile: e.out,
        banner: e.banner,
        external: e.external ?? [],
      }),
    ),
);
