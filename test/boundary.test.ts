import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const engineDir = path.join(__dirname, '..', '..', 'server', 'src', 'analysis');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the engine boundary', () => {
  const sources = files(engineDir);

  it('has sources to check', () => {
    assert.ok(sources.length >= 10, `found ${sources.length} files under ${engineDir}`);
  });

  it('imports no vscode, no LSP library, no Node built-in and nothing outside analysis/', () => {
    const bad: string[] = [];
    for (const f of sources) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1] ?? m[2] ?? m[3]!;
        const resolved = spec.startsWith('.') ? path.resolve(path.dirname(f), spec) : null;
        const outside = resolved !== null && !resolved.startsWith(engineDir);
        if (!spec.startsWith('.') || outside) bad.push(`${path.relative(engineDir, f)}: ${spec}`);
      }
    }
    assert.deepEqual(bad, []);
  });
});
