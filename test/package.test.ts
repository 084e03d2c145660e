import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as yauzl from 'yauzl';

const root = path.join(__dirname, '..', '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

function entries(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const names: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names.sort()));
      zip.readEntry();
    });
  });
}

describe('the .vsix package (npm run package)', function () {
  this.timeout(120000);

  it('holds the bundles, grammar and metadata only, under 1 MB', async () => {
    execFileSync('npm', ['run', 'package'], { cwd: root, stdio: 'pipe' });
    const vsix = path.join(root, `whosaid-${version}.vsix`);
    assert.ok(statSync(vsix).size < 1_000_000, `${statSync(vsix).size} bytes`);
    assert.deepEqual(await entries(vsix), [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/dist/extension.js',
      'extension/dist/indexWorker.js',
      'extension/dist/server.js',
      'extension/dist/serverMain.js',
      'extension/language-configuration.json',
      'extension/package.json',
      'extension/readme.md',
      'extension/syntaxes/news.tmLanguage.json',
    ]);
  });

  it('declares untrusted and virtual workspaces, and no setting that could run code', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: unknown }; virtualWorkspaces: { supported: unknown; description?: string } };
      contributes: { configuration: { properties: Record<string, { type: string; enum?: string[] }> } };
    };
    // whosaid only reads text: nothing to restrict in an untrusted folder
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    // open documents of any scheme are served; the workspace index needs files on disk
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.virtualWorkspaces.description);
    // settings are switches, numbers, severities and globs: none names a program, a path to run or a URL
    for (const [key, prop] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.ok(['boolean', 'number', 'string', 'array'].includes(prop.type), key);
      assert.doesNotMatch(key, /path|command|executable|url|server|script/i, key);
    }
  });
});
