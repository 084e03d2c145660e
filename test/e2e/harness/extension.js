// Test-only harness: code-server cannot be driven by @vscode/test-electron, so this extension
// runs the suite named in WHOSAID_E2E_SUITE inside the extension host once the workbench is up,
// and writes {code, error} to WHOSAID_E2E_RESULT for the driver (scripts/e2e.mjs).
const fs = require('node:fs');

exports.activate = async function activate() {
  const suite = process.env.WHOSAID_E2E_SUITE;
  const result = process.env.WHOSAID_E2E_RESULT;
  if (!suite || !result || fs.existsSync(result)) return;
  fs.writeFileSync(result + '.started', String(Date.now()));
  try {
    await require(suite).run();
    fs.writeFileSync(result, JSON.stringify({ code: 0 }));
  } catch (e) {
    fs.writeFileSync(result, JSON.stringify({ code: 1, error: String((e && e.stack) || e) }));
  }
};

exports.deactivate = function deactivate() {};
