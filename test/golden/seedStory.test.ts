import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, speakerOf } from '../helpers/analyse';

const seedPath = path.join(__dirname, '..', '..', '..', 'samples', 'blinken-beijing-dpa.txt');
const seed = readFileSync(seedPath, 'utf8');

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

describe('the seed story (samples/blinken-beijing-dpa.txt)', () => {
  const a = analyse(seed);

  it('finds all 14 quotations with the right speakers', () => {
    assert.deepEqual(
      a.quotes.map((q) => [q.text.slice(0, 24), speakerOf(a, q)?.name]),
      [
        ['‘no illusions’', 'Antony Blinken'],
        ['“stabilize”', 'Antony Blinken'],
        ['“direct engagement and s', 'Antony Blinken'],
        ['“And at this moment, Chi', 'Antony Blinken'],
        ['“We have no illusions ab', 'Antony Blinken'],
        ['“made progress and reach', 'Xi Jinping'],
        ['“State-to-state interact', 'Xi Jinping'],
        ['“stabilize China-US rela', 'Xi Jinping'],
        ['“President Biden asked m', 'Antony Blinken'],
        ['“The United States is co', 'Antony Blinken'],
        ['“critical juncture in Si', 'Wang Yi'],
        ['“downward spiral.”', 'Wang Yi'],
        ['“China threat theory,”', 'Wang Yi'],
        ['“vision for a world that', 'Antony Blinken'],
      ],
    );
  });

  it('holds Blinken 8, Xi Jinping 3 and Wang Yi 3 with their roles', () => {
    const count = (name: string): number => a.quotes.filter((q) => speakerOf(a, q)?.name === name).length;
    assert.deepEqual([count('Antony Blinken'), count('Xi Jinping'), count('Wang Yi')], [8, 3, 3]);
    assert.equal(a.speakers.find((s) => s.name === 'Antony Blinken')?.role, 'US Secretary of State');
  });

  it('resolves “he said according to a State Department readout” and the CCTV relay', () => {
    const readout = a.quotes.find((q) => q.text.startsWith('“The United States is committed'))!;
    assert.deepEqual([readout.attribution.mention?.text, readout.attribution.via?.text], ['he', 'a State Department readout']);
    const cctv = a.quotes.find((q) => q.text.startsWith('“China threat'))!;
    assert.deepEqual([cctv.attribution.mention?.text, cctv.attribution.via?.text], ['him', 'CCTV']);
  });

  it('reports no unattributed quote', () => {
    assert.deepEqual(a.findings.filter((f) => f.code === 'unattributed-quote'), []);
  });

  it('reports an unattributed quote at the right line when an attribution is deleted', () => {
    const edited = seed.replace('forward with that,” Blinken said.', 'forward with that.”');
    const b = analyse(edited);
    const f = b.findings.filter((x) => x.code === 'unattributed-quote');
    assert.equal(f.length, 1);
    assert.equal(lineOf(edited, f[0]!.start), 9);
    assert.equal(edited.slice(f[0]!.start, f[0]!.end), '“And at this moment, China has not agreed to move forward with that.”');
  });
});
