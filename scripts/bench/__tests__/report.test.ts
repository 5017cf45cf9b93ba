import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { BUDGETS, checkBudgets, markdownReport } from '../report.mjs';

const base = {
  ratio: 1.1,
  pipeline: { median: 20, p95: 80 },
  readability: { median: 15, p95: 60 },
  popupToFirstKeyPointMs: 90,
  bundles: { popup: { raw: 60000, gzip: 20000, files: ['popup.html'] }, content: { raw: 70000, gzip: 26000, files: ['c.js'] } },
  pathological: [
    { id: 'a', describe: 'page a', ms: 500, responsive: true, responsiveMs: 5, partial: true },
    { id: 'b', describe: 'page b', ms: 15000, timedOut: true, responsive: false },
  ],
};

describe('budgets', () => {
  it('passes what is within its limit and fails what is not, hangs included', () => {
    const checks = checkBudgets(base);
    const status = Object.fromEntries(checks.map((c: { name: string; status: string }) => [c.name, c.status]));
    expect(status['Sift / Readability (median of per-page ratios)']).toBe('PASS');
    expect(status['Sift pipeline p95']).toBe('PASS');
    expect(status['popup open → first key point (median)']).toBe('PASS');
    expect(status['popup gzip (with its chunks and CSS)']).toBe('PASS');
    expect(status['content script gzip']).toBe('PASS');
    expect(status['pathological: page a']).toBe('PASS');
    expect(status['pathological: page b']).toBe('FAIL');
  });
  it('fails at the limits plus one, and skips what was not measured', () => {
    const checks = checkBudgets({
      ...base,
      ratio: BUDGETS.ratio + 0.01,
      pipeline: { p95: 101 },
      popupToFirstKeyPointMs: null,
      readAllPagesMs: BUDGETS.readAllPagesMs + 1,
      bundles: { popup: { gzip: 25 * 1024 + 1 } },
      pathological: [{ id: 'x', ms: 100, responsive: false }],
    });
    expect(checks.map((c: { status: string }) => c.status)).toEqual(['FAIL', 'FAIL', 'SKIP', 'FAIL', 'FAIL', 'SKIP', 'FAIL']);
  });
  it('holds a pathological page to content script plus summarize', () => {
    const page = { id: 'p', describe: 'p', ms: 1500, responsive: true };
    const status = (p: object) => checkBudgets({ ...base, pathological: [p] }).at(-1)?.status;
    expect(status({ ...page, summarizeMs: 400, totalMs: 1900 })).toBe('PASS');
    expect(status({ ...page, summarizeMs: 600, totalMs: 2100 })).toBe('FAIL');
  });
  it('writes a Markdown table with the command, commit and machine', () => {
    const md = markdownReport(
      { ...base, machine: { cpu: 'CPU X', cores: 2, memoryGB: 8, chromium: '156', node: 'v20' }, corpora: [{ name: 'c1', pages: 3, ...base }] },
      checkBudgets(base),
      { command: 'npm run bench -- x', commit: 'abc1234' },
    );
    expect(md).toContain('`npm run bench -- x`');
    expect(md).toContain('abc1234');
    expect(md).toContain('CPU X, 2 cores');
    expect(md).toMatch(/\| Sift \/ Readability \(median of per-page ratios\) \| ≤ 1.25 \| 1.10 \| PASS \|/);
    expect(md).toContain('| c1 | 3 |');
  });
  it('says what the popup time is made of: click, Chrome building the popup, the popup, and the read it took', () => {
    const popup = {
      median: 120,
      p95: 140,
      clickMedian: 400,
      clickP95: 450,
      clickToPopupMedian: 280,
      popupStartMedian: 70,
      articleMedian: 95,
      readAheadTaken: 9,
      coldMs: 600,
      samples: new Array(9).fill({}),
      misses: [],
      selfRead: { median: 300, p95: 350, popupStartMedian: 90, articleMedian: 260, samples: new Array(9).fill({}) },
    };
    const md = markdownReport({ ...base, popup }, checkBudgets(base), {});
    expect(md).toContain('Popup open (its navigation start) → first key point: median 120 ms, p95 140 ms (the budget)');
    expect(md).toContain('Click → first key point: median 400 ms, p95 450 ms, of which Chrome building the popup (click → its navigation start) 280 ms');
    expect(md).toContain('took that read on 9 of 9 pages');
    expect(md).toContain('`popup.html?tabId=N` opened as a tab of the test build: first key point median 300 ms');
  });
});

describe('report of a hang', () => {
  it('fails a timed-out page and shows its time as a lower bound', () => {
    const result = { ...base, pathological: [{ id: 'h', describe: 'hang', ms: 20000, timedOut: true }] };
    const checks = checkBudgets(result);
    expect(checks.at(-1).status).toBe('FAIL');
    expect(markdownReport(result, checks)).toContain('| pathological: hang | ≤ 2000 ms, responsive | > 20000 ms (timed out) | FAIL |');
  });
  it('warns when the machine was busier than its cores', () => {
    const md = markdownReport({ ...base, machine: { cores: 2, loadAverage: [9], loadAverageEnd: [12] } }, checkBudgets(base));
    expect(md).toContain('**Caution:**');
  });
});
