import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, FINDING_CODES, sanitise } from '../../server/src/settings';
import { CSV_HEADER } from '../../server/src/export/quoteTable';
import { EXPORT_CSV_HEADER } from '../../server/src/protocol';

const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { default: unknown }> } };
};
const props = manifest.contributes.configuration.properties;

describe('settings', () => {
  it('package.json declares every setting with the defaults of settings.ts', () => {
    const expected: Record<string, unknown> = {
      'whosaid.plainText': DEFAULT_SETTINGS.plainText,
      'whosaid.files': DEFAULT_SETTINGS.files,
      'whosaid.exclude': DEFAULT_SETTINGS.exclude,
      'whosaid.maxFileSize': DEFAULT_SETTINGS.maxFileSize,
      'whosaid.inlayHints.enabled': DEFAULT_SETTINGS.inlayHints,
      'whosaid.codeLens.enabled': DEFAULT_SETTINGS.codeLens,
    };
    for (const code of FINDING_CODES) if (code !== 'file-too-large') expected[`whosaid.diagnostics.${code}`] = DEFAULT_SETTINGS.diagnostics[code];
    assert.deepEqual(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.default])), expected);
  });

  it('sanitises what a client sends: nested and dotted keys, wrong types fall back', () => {
    const s = sanitise({ diagnostics: { 'unattributed-quote': 'off', 'anonymous-source': 'loud' }, 'inlayHints.enabled': false, codeLens: { enabled: 'no' }, maxFileSize: -5, exclude: 'x' });
    assert.equal(s.diagnostics['unattributed-quote'], 'off');
    assert.equal(s.diagnostics['anonymous-source'], 'information');
    assert.equal(s.inlayHints, false);
    assert.equal(s.codeLens, true);
    assert.equal(s.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.deepEqual(s.exclude, DEFAULT_SETTINGS.exclude);
    assert.deepEqual(sanitise(null), DEFAULT_SETTINGS);
    assert.deepEqual(sanitise('garbage'), DEFAULT_SETTINGS);
  });

  it('the client recognises its own CSV exports by the header the server writes', () => {
    assert.equal(CSV_HEADER, EXPORT_CSV_HEADER);
  });

  it('declares untrusted and virtual workspace support honestly, and no setting runs code', () => {
    const m = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: { supported: string } };
      contributes: { configuration: { properties: Record<string, { type: string }> } };
    };
    assert.deepEqual(m.capabilities.untrustedWorkspaces, { supported: true });
    assert.equal(m.capabilities.virtualWorkspaces.supported, 'limited');
    // only booleans, numbers, enums and globs: nothing a workspace could use to run a program
    assert.deepEqual([...new Set(Object.values(m.contributes.configuration.properties).map((p) => p.type))].sort(), ['array', 'boolean', 'number', 'string']);
    assert.ok(!Object.keys(m.contributes.configuration.properties).some((k) => /path|command|executable|args/i.test(k)));
  });
});
