import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { median, percentile, p95, medianRatio, corpusSummary } from '../stats.mjs';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('ignores non-numbers and is NaN for nothing', () => {
    expect(median([1, NaN, 3, undefined])).toBe(2);
    expect(median([])).toBeNaN();
  });
  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('p95 (nearest rank)', () => {
  it('is the value at rank ceil(0.95 n)', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1); // 1..20
    expect(p95(xs)).toBe(19);
    const ys = Array.from({ length: 188 }, (_, i) => 188 - i); // shuffled order does not matter
    expect(p95(ys)).toBe(179);
    expect(p95(Array.from({ length: 100 }, (_, i) => i + 1))).toBe(95);
  });
  it('is the only value of one, the maximum of few, NaN of none', () => {
    expect(p95([42])).toBe(42);
    expect(p95([1, 2, 3])).toBe(3);
    expect(p95([])).toBeNaN();
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 0)).toBe(1);
    expect(percentile([1, 2, 3, 4], 100)).toBe(4);
  });
});

describe('medianRatio', () => {
  it('is the median of per-page ratios, not the ratio of medians', () => {
    const pages = [
      { readabilityMs: 10, pipelineMs: 11 }, // 1.1
      { readabilityMs: 10, pipelineMs: 12 }, // 1.2
      { readabilityMs: 1000, pipelineMs: 3000 }, // 3.0: one huge page does not decide it
    ];
    expect(medianRatio(pages)).toBeCloseTo(1.2);
  });
  it('leaves out pages without a usable Readability time', () => {
    expect(medianRatio([{ readabilityMs: 0, pipelineMs: 5 }, { readabilityMs: 2, pipelineMs: 3 }, { pipelineMs: 9 }])).toBeCloseTo(1.5);
  });
});

describe('corpusSummary', () => {
  it('summarizes both sides and the content-script column', () => {
    const s = corpusSummary([
      { readabilityMs: 10, pipelineMs: 12, contentScriptMs: 30 },
      { readabilityMs: 20, pipelineMs: 22 },
    ]);
    expect(s.pages).toBe(2);
    expect(s.readability).toEqual({ median: 15, p95: 20 });
    expect(s.pipeline).toEqual({ median: 17, p95: 22 });
    expect(s.contentScript.median).toBe(30);
    expect(s.ratio).toBeCloseTo((1.2 + 1.1) / 2);
  });
});
