import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { bodyF1, shingleMatch, tokenize } from '../bodyF1.mjs';

describe('bodyF1', () => {
  it('tokenizes Unicode word runs like Python \\w+', () => {
    expect(tokenize("It's 2025 — 日本語_テスト, ok")).toEqual(['It', 's', '2025', '日本語_テスト', 'ok']);
  });
  it('scores identical texts 1 and disjoint texts 0', () => {
    expect(shingleMatch('a b c d e', 'a b c d e')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(shingleMatch('a b c d e', 'v w x y z').tp).toBe(0);
  });
  it('counts shingles as a multiset and normalises per page', () => {
    // truth: (a b c d), (b c d e); predicted adds (c d e f): tp 2, fp 1, fn 0
    const m = shingleMatch('a b c d e', 'a b c d e f');
    expect(m.tp).toBeCloseTo(2 / 3);
    expect(m.fp).toBeCloseTo(1 / 3);
    expect(m.fn).toBe(0);
  });
  it('averages precision and recall over pages before F1', () => {
    const r = bodyF1([
      { truth: 'a b c d e', predicted: 'a b c d e f' }, // P 2/3, R 1
      { truth: 'a b c d e f', predicted: 'a b c d e' }, // P 1, R 2/3
    ]);
    expect(r.precision).toBeCloseTo(5 / 6);
    expect(r.recall).toBeCloseTo(5 / 6);
    expect(r.f1).toBeCloseTo(5 / 6);
  });
  it('leaves pages with no prediction out of precision but not of recall', () => {
    const r = bodyF1([{ truth: 'a b c d e', predicted: '' }]);
    expect(r.recall).toBe(0);
    expect(r.f1).toBe(0);
  });
});
