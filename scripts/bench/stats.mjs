// Pure statistics for the benchmark: no I/O, unit-tested in __tests__/stats.test.ts.

const sorted = (xs) => xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);

/** Median (mean of the two middle values for an even count); NaN for no values. */
export function median(xs) {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Percentile by the nearest-rank method (the smallest value with at least p% of values at or
 * below it): p95 of 20 values is the 19th, of 188 values the 179th. NaN for no values.
 */
export function percentile(xs, p) {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
}

export const p95 = (xs) => percentile(xs, 95);

/**
 * Sift / Readability as the median over pages of each page's own ratio (pipelineMs /
 * readabilityMs), so that a few huge pages do not decide it. Pages with a zero or missing
 * Readability time are left out.
 */
export function medianRatio(pages) {
  return median(
    pages.filter((p) => Number.isFinite(p.readabilityMs) && p.readabilityMs > 0 && Number.isFinite(p.pipelineMs)).map((p) => p.pipelineMs / p.readabilityMs),
  );
}

/** `{median, p95}` of one field over pages. */
export function summary(pages, field) {
  const xs = pages.map((p) => p[field]);
  return { median: median(xs), p95: p95(xs) };
}

/** ratio, pipeline and readability summaries of a set of pages (one corpus, or all). */
export function corpusSummary(pages) {
  return {
    pages: pages.length,
    ratio: medianRatio(pages),
    pipeline: summary(pages, 'pipelineMs'),
    readability: summary(pages, 'readabilityMs'),
    contentScript: summary(
      pages.filter((p) => Number.isFinite(p.contentScriptMs)),
      'contentScriptMs',
    ),
  };
}
