import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildVectors, cosine, lexRank, type SparseVector } from '../similarity';

/** LexRank as written in the paper: dense similarity matrix, every pair computed. */
function denseLexRank(vs: SparseVector[], threshold: number, damping: number, iterations: number): number[] {
  const n = vs.length;
  if (n === 1) return [1];
  const sim = vs.map((a, i) => vs.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const rowSum = sim.map((row) => row.reduce((s, x) => s + (x >= threshold ? x : 0), 0));
  let p = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (rowSum[i] === 0) dangling += p[i];
    const next = new Array<number>(n).fill((1 - damping) / n + (damping * dangling) / n);
    for (let i = 0; i < n; i++) {
      if (rowSum[i] === 0) continue;
      for (let j = 0; j < n; j++) if (sim[i][j] >= threshold) next[j] += (damping * p[i] * sim[i][j]) / rowSum[i];
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i] - p[i]);
    p = next;
    if (delta < 1e-6) break;
  }
  const max = Math.max(...p);
  return p.map((x) => x / max);
}

describe('similarity', () => {
  it('builds sorted, normalised vectors and drops unknown terms from extra texts', () => {
    const { vectors, extraVectors } = buildVectors(
      [
        ['b', 'a', 'b'],
        ['c', 'a'],
      ],
      [['a', 'zzz'], []],
    );
    for (const v of [...vectors, ...extraVectors]) {
      expect([...v.ids]).toEqual([...v.ids].sort((x, y) => x - y));
      if (v.ids.length) expect(v.weights.reduce((s, w) => s + w * w, 0)).toBeCloseTo(1);
    }
    expect(extraVectors[0].ids).toHaveLength(1);
    expect(extraVectors[1].ids).toHaveLength(0);
    expect(cosine(vectors[0], vectors[0])).toBeCloseTo(1);
  });
  it('lexRank agrees with the dense computation', () => {
    const doc = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 25 }), fc.constantFrom(0.05, 0.1, 0.3), (docs, threshold) => {
        const { vectors } = buildVectors(docs);
        const got = lexRank(vectors, { threshold, damping: 0.85, iterations: 40, maxNodes: 600 });
        const want = denseLexRank(vectors, threshold, 0.85, 40);
        got.forEach((x, i) => {
          expect(x).toBeCloseTo(want[i], 9);
        });
      }),
      { numRuns: 200 },
    );
  });
});
