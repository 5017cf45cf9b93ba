import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rouge, rougeLsumTokens, rougeNTokens, tokenizeChars, tokenizeLatin } from '../rouge';

const dir = join(__dirname, '../../../tests/fixtures/rouge-anchors');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
/** Python's f.readlines(): lines with their trailing newline. */
const readLines = (f: string) =>
  readFileSync(join(dir, f), 'utf8')
    .split(/(?<=\n)/)
    .filter((l) => l.length);

const KEY: Record<string, 'rouge1' | 'rouge2' | 'rougeL' | 'rougeLsum'> = {
  rouge1: 'rouge1',
  rouge2: 'rouge2',
  rougeL: 'rougeL',
  rougeLsum: 'rougeLsum',
};

describe('rouge against rouge-score anchors', () => {
  const targets = readLines('target.txt');
  const predictions = readLines('prediction.txt');
  const cases = expected.cases.filter((c: { stem: boolean; line?: number }) => !c.stem && c.line !== undefined);

  it('has unstemmed line cases to check', () => expect(cases.length).toBeGreaterThanOrEqual(6));
  for (const c of cases) {
    it(`${c.type} line ${c.line}`, () => {
      const s = rouge(targets[c.line], predictions[c.line])[KEY[c.type]];
      expect(s.precision).toBeCloseTo(c.P, 5);
      expect(s.recall).toBeCloseTo(c.R, 5);
      expect(s.fmeasure).toBeCloseTo(c.F, 5);
    });
  }

  for (const c of expected.unit_cases) {
    it(`unit ${c.type}: ${JSON.stringify(c.prediction)}`, () => {
      const s = rouge(c.target, c.prediction)[KEY[c.type]];
      // The unit values are given to 4–7 decimals (0.5333 for Lsum): check to 4.
      expect(s.precision).toBeCloseTo(c.P, 4);
      expect(s.recall).toBeCloseTo(c.R, 4);
      expect(s.fmeasure).toBeCloseTo(c.F, 4);
    });
  }
});

describe('tokenizers', () => {
  it('latin: lowercase [a-z0-9] runs, like rouge-score', () => {
    expect(tokenizeLatin("The U.S. isn't 3.5% — ok")).toEqual(['the', 'u', 's', 'isn', 't', '3', '5', 'ok']);
  });
  it('characters: no spaces, punctuation or symbols', () => {
    expect(tokenizeChars('米政府「違法ではない」 、。★Ａ1')).toEqual(['米', '政', '府', '違', '法', 'で', 'は', 'な', 'い', 'a', '1']);
  });
  it('rouge-2 of identical texts is 1 and of disjoint texts 0', () => {
    expect(rougeNTokens(['a', 'b', 'c'], ['a', 'b', 'c'], 2).fmeasure).toBe(1);
    expect(rougeNTokens(['a', 'b'], ['c', 'd'], 2).fmeasure).toBe(0);
  });
  it('rouge-Lsum counts each reference token once across candidate sentences', () => {
    const s = rougeLsumTokens(
      [['w1', 'w2', 'w3', 'w4', 'w5']],
      [
        ['w1', 'w2', 'w6', 'w7', 'w8'],
        ['w1', 'w3', 'w8', 'w9', 'w5'],
      ],
    );
    expect(s.recall).toBeCloseTo(0.8, 5);
    expect(s.precision).toBeCloseTo(0.4, 5);
  });
});
