// Budgets and the Markdown report of `npm run bench`. Pure: takes the result object that
// --json writes, returns checks and text. Unit-tested in __tests__/report.test.ts.

/** The promises the benchmark holds Sift to (README "Instant", DESIGN.md). */
export const BUDGETS = {
  ratio: 1.25, // Sift pipeline / Readability alone, median over pages of all corpora
  pipelineP95Ms: 100,
  popupFirstKeyPointMs: 150, // median
  popupGzipBytes: 25 * 1024,
  readAllPagesMs: 1000, // median, "Read all pages" click → three local pages merged and shown
  contentGzipBytes: 30 * 1024,
  pathologicalMs: 2000, // each, through the content-script path
  responsiveMs: 1000, // page.evaluate(() => 1) after the extraction
};

const fmtMs = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : 'n/a');
const fmtKB = (b) => (Number.isFinite(b) ? `${(b / 1024).toFixed(1)} KB` : 'n/a');
const fmtX = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

/** PASS / FAIL / SKIP per budget. A budget that could not be measured is SKIP, never PASS. */
export function checkBudgets(result, budgets = BUDGETS) {
  const all = result.combined ?? result;
  const checks = [];
  const add = (name, limit, measured, ok, note = '') =>
    checks.push({ name, limit, measured, status: measured === undefined || measured === null || Number.isNaN(measured) ? 'SKIP' : ok ? 'PASS' : 'FAIL', note });
  add('Sift / Readability (median of per-page ratios)', `≤ ${budgets.ratio}`, all.ratio, all.ratio <= budgets.ratio);
  add('Sift pipeline p95', `≤ ${budgets.pipelineP95Ms} ms`, all.pipeline?.p95, all.pipeline?.p95 <= budgets.pipelineP95Ms);
  add(
    'popup open → first key point (median)',
    `≤ ${budgets.popupFirstKeyPointMs} ms`,
    result.popupToFirstKeyPointMs,
    result.popupToFirstKeyPointMs <= budgets.popupFirstKeyPointMs,
  );
  add(
    '"Read all pages" → 3 local pages merged and shown (median)',
    `≤ ${budgets.readAllPagesMs} ms`,
    result.readAllPagesMs,
    result.readAllPagesMs <= budgets.readAllPagesMs,
  );
  const b = result.bundles ?? {};
  add('popup gzip (with its chunks and CSS)', `≤ ${fmtKB(budgets.popupGzipBytes)}`, b.popup?.gzip, b.popup?.gzip <= budgets.popupGzipBytes);
  add('content script gzip', `≤ ${fmtKB(budgets.contentGzipBytes)}`, b.content?.gzip, b.content?.gzip <= budgets.contentGzipBytes);
  for (const p of result.pathological ?? []) {
    // Content script and summarize (what the reader waits for); older results have `ms` only.
    const measured = p.totalMs ?? p.ms;
    const ok = !p.error && !p.timedOut && measured <= budgets.pathologicalMs && p.responsive === true;
    const note = [p.timedOut ? 'timed out' : '', p.error ?? '', p.responsive === false ? 'tab unresponsive' : '', p.partial ? 'partial' : '']
      .filter(Boolean)
      .join(', ');
    add(`pathological: ${p.describe ?? p.id}`, `≤ ${budgets.pathologicalMs} ms, responsive`, measured ?? null, ok, note);
    if (p.timedOut || p.error) checks[checks.length - 1].status = 'FAIL'; // a hang is a failure even without a number
  }
  return checks;
}

/**
 * Markdown: the budgets table (the one to paste in the README), then the details.
 * @param {any} result
 * @param {any[]} checks
 * @param {{ command?: string, commit?: string, date?: string }} [run]
 */
export function markdownReport(result, checks, { command, commit, date } = {}) {
  const m = result.machine ?? {};
  const lines = [];
  lines.push(`Command: \`${command ?? 'npm run bench'}\` — commit \`${commit ?? '?'}\`${date ? `, ${date}` : ''}`);
  lines.push('');
  lines.push(
    `Machine: ${m.cpu ?? '?'}, ${m.cores ?? '?'} cores, ${m.memoryGB ?? '?'} GB, Chromium ${m.chromium ?? '?'} (headless), Node ${m.node ?? '?'}${m.loadAverage ? `; load average ${m.loadAverage[0]} at start, ${m.loadAverage[0] !== undefined && m.loadAverageEnd ? m.loadAverageEnd[0] : '?'} at end (1 min)` : ''}`,
  );
  if (m.loadAverage && Math.max(m.loadAverage[0], m.loadAverageEnd?.[0] ?? 0) > (m.cores ?? Infinity)) {
    lines.push('');
    lines.push(
      `**Caution:** the load average exceeded the ${m.cores} cores during this run (other processes competed for the CPU), so the times below are inflated; sizes are not affected. Rerun on an idle machine before judging a time budget.`,
    );
  }
  lines.push('');
  lines.push('| budget | limit | measured | |');
  lines.push('| --- | --- | --- | --- |');
  for (const c of checks) {
    const measured = c.note.includes('timed out')
      ? `> ${fmtMs(c.measured)} ms`
      : /gzip/.test(c.name)
        ? fmtKB(c.measured)
        : /ratio|Readability \(/.test(c.name)
          ? fmtX(c.measured)
          : `${fmtMs(c.measured)} ms`;
    lines.push(`| ${c.name} | ${c.limit} | ${measured}${c.note ? ` (${c.note})` : ''} | ${c.status} |`);
  }
  lines.push('');
  lines.push(
    `Per corpus (ms; Readability = \`new Readability(document.cloneNode(true)).parse()\`; Sift = \`extractArticle\` + \`keyPointsFor(…, {points: 5})\` + \`attribute(…)\`, both in the page, interleaved, median of ${result.repeats ?? '?'} repeats a page; content script = \`executeScript\` round trip from the extension, once, cold):`,
  );
  lines.push('');
  lines.push('| corpus | pages | Readability median / p95 | Sift median / p95 | Sift / Readability | content script median / p95 |');
  lines.push('| --- | --- | --- | --- | --- | --- |');
  const rows = [...(result.corpora ?? []), ...(result.corpora?.length > 1 ? [{ name: 'all', ...result.combined }] : [])];
  for (const c of rows) {
    lines.push(
      `| ${c.name} | ${c.pages} | ${fmtMs(c.readability?.median)} / ${fmtMs(c.readability?.p95)} | ${fmtMs(c.pipeline?.median)} / ${fmtMs(c.pipeline?.p95)} | ${fmtX(c.ratio)} | ${fmtMs(c.contentScript?.median)} / ${fmtMs(c.contentScript?.p95)} |`,
    );
  }
  if (result.bundles && Object.keys(result.bundles).length) {
    lines.push('');
    lines.push('| bundle (.output/chrome-mv3) | raw | gzip | files |');
    lines.push('| --- | --- | --- | --- |');
    for (const [k, v] of Object.entries(result.bundles)) lines.push(`| ${k} | ${fmtKB(v.raw)} | ${fmtKB(v.gzip)} | ${v.files.length} |`);
  }
  if (result.pathological?.length) {
    lines.push('');
    lines.push(
      'Pathological pages (generated by scripts/bench/pathological.mjs). Budget: content script + summarize (keyPointsFor + attribute: the points with their sources, citing sentences, quotations). "Tab settles" is the page\'s own work after `load` (layout), before the tab answers at all: timed apart, not Sift\'s. Content script = `executeScript` round trip in the extension; summarize in Node.',
    );
    lines.push('');
    lines.push(
      '| pathological page | size | tab settles ms | content script ms | extractor ms | summarize + attribute ms (Node) | partial | blocks | responsive after |',
    );
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const p of result.pathological) {
      lines.push(
        `| ${p.describe ?? p.id} | ${fmtKB(p.bytes)} | ${fmtMs(p.settleMs)} | ${p.timedOut ? `> ${fmtMs(p.ms)} (timeout)` : fmtMs(p.ms)}${p.error ? ` ${p.error}` : ''} | ${fmtMs(p.extractorMs)} | ${fmtMs(p.summarizeMs)} | ${p.partial ?? 'n/a'} | ${p.blocks ?? 'n/a'} | ${p.responsive === true ? `yes (${fmtMs(p.responsiveMs)} ms)` : p.responsive === false ? 'NO' : 'n/a'} |`,
      );
    }
  }
  if (result.popup) {
    const p = result.popup;
    lines.push('');
    lines.push(
      `Popup, as the reader opens it: a click on the toolbar button of the release build (DevTools \`Extensions.triggerAction\`), page on 127.0.0.1, ${p.samples?.length ?? 0} pages. ` +
        `Popup open (its navigation start) → first key point: median ${fmtMs(p.median)} ms, p95 ${fmtMs(p.p95)} ms (the budget). ` +
        `Click → first key point: median ${fmtMs(p.clickMedian)} ms, p95 ${fmtMs(p.clickP95)} ms, of which Chrome building the popup (click → its navigation start) ${fmtMs(p.clickToPopupMedian)} ms; ` +
        `the background reads the tab meanwhile, and the popup took that read on ${p.readAheadTaken ?? 'n/a'} of ${p.samples?.length ?? 0} pages. ` +
        `Medians of the popup's steps from its navigation start: script running ${fmtMs(p.popupStartMedian)} ms, Article in hand ${fmtMs(p.articleMedian)} ms (marks \`sift:popup-start\`, \`sift:article\`, \`sift:first-key-point\`). First open of the run (not counted): ${fmtMs(p.coldMs)} ms.`,
    );
    if (p.selfRead) {
      lines.push('');
      lines.push(
        `Popup reading the tab itself (Firefox, where the button keeps its popup, and the fallback): \`popup.html?tabId=N\` opened as a tab of the test build: first key point median ${fmtMs(p.selfRead.median)} ms, p95 ${fmtMs(p.selfRead.p95)} ms over ${p.selfRead.samples?.length ?? 0} pages; script running ${fmtMs(p.selfRead.popupStartMedian)} ms, Article in hand ${fmtMs(p.selfRead.articleMedian)} ms.`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
