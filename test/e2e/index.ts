/**
 * The editor-test entry point in the usual @vscode/test-electron form: `run()` loads the suites
 * (out/test/e2e/*.e2e.js) into mocha inside the extension host. Mocha's report goes to the file
 * in WHOSAID_E2E_LOG, because the extension host swallows console output.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/**
 * This network-less machine makes VS Code's own telemetry fail with ENOTFOUND errors that surface
 * as uncaught exceptions in the extension host; they are not whosaid's, so they fail no test.
 */
function ignoreEditorNetworkNoise(): void {
  const proto = Mocha.Runner.prototype as unknown as { _uncaught: (err: unknown) => void };
  const original = proto._uncaught;
  proto._uncaught = function (this: unknown, err: unknown) {
    if (/ENOTFOUND|EAI_AGAIN/.test(String((err as Error)?.message ?? err))) return;
    return original.call(this, err);
  };
}

export function run(): Promise<void> {
  const log = process.env.WHOSAID_E2E_LOG;
  if (log) {
    fs.writeFileSync(log, '');
    (Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void }).consoleLog = (...args: unknown[]) => fs.appendFileSync(log, format(...args) + '\n');
  }
  ignoreEditorNetworkNoise();
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60000, color: false });
  for (const f of fs.readdirSync(__dirname).filter((n) => n.endsWith('.e2e.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} editor tests failed`)) : resolve()));
    let passed = 0;
    let failed = 0;
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
    runner.on('end', () => {
      if (process.env.WHOSAID_E2E_COUNTS) fs.writeFileSync(process.env.WHOSAID_E2E_COUNTS, JSON.stringify({ passed, failed }));
    });
  });
}
