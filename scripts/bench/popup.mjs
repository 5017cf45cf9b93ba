// The bench's popup phase: how long a reader waits from a toolbar click (or the popup opening) to
// the first key point. scripts/bench.mjs runs it after the corpus pages.
import { launchWithExtension, startServer, tabIdOf, clickToolbarButton, waitForPopup } from '../lib/browser.mjs';
import { median, p95 } from './stats.mjs';
import { withTimeout } from './timeout.mjs';

/**
 * Toolbar click → popup → first key point in the release build, and the popup reading the tab
 * itself in the test build, on `popupPages` corpus pages served from 127.0.0.1.
 * @param {{ release: string, test: string, corpora: { pages: { id: string, html: string }[], results: any[] }[], popupPages: number, log: (...a: unknown[]) => void }} options
 */
export async function measurePopup({ release, test, corpora, popupPages, log }) {
  const all = corpora.flatMap((c) => c.results.map((r, i) => ({ ...c.pages[i], result: r })));
  // Pages spread evenly over the corpora that the pipeline summarized (key points to wait for).
  const usable = all.filter((p) => !p.result.error && p.result.keyPoints > 0);
  const step = Math.max(1, Math.floor(usable.length / (popupPages + 1)));
  const candidates = usable.filter((_, i) => i % step === 0);
  const pages = Object.fromEntries(candidates.map((p, i) => [`/bench/${i}.html`, p.html]));
  const server = await startServer({ pages, csp: "script-src 'none'; object-src 'none'" });
  const url = (i) => server.url(`/bench/${i}.html`);
  try {
    // As the reader does it: a click on the toolbar button of the release build (no host access;
    // the click grants activeTab). The background reads the tab while Chrome builds the popup.
    const click = await samplePages(
      release,
      candidates,
      (browser, i) => clickAndWait(browser, url(i)),
      (r) => r.firstKeyPointMs,
      popupPages,
    );
    // The popup reading the tab itself (Firefox, where the toolbar button keeps its popup, and the
    // fallback when the read-ahead is missing): `popup.html?tabId=N` opened as a tab of the test build.
    const selfRead = await samplePages(
      test,
      candidates,
      (browser, i) => openPopupAsTab(browser, url(i)),
      (r) => r.markMs ?? r.paintedMs,
      popupPages,
    );
    const med = (samples, k) => median(samples.map((s) => s[k]).filter(Number.isFinite));
    const result = {
      median: click.median,
      p95: click.p95,
      clickMedian: med(click.samples, 'clickToFirstKeyPointMs'),
      clickP95: p95(click.samples.map((s) => s.clickToFirstKeyPointMs)),
      clickToPopupMedian: med(click.samples, 'clickToPopupMs'),
      popupStartMedian: med(click.samples, 'popupStartMs'),
      articleMedian: med(click.samples, 'articleMs'),
      readAheadTaken: click.samples.filter((s) => s.readAhead).length,
      coldMs: click.coldMs,
      samples: click.samples,
      misses: click.misses,
      selfRead: {
        median: selfRead.median,
        p95: selfRead.p95,
        popupStartMedian: med(selfRead.samples, 'popupStartMs'),
        articleMedian: med(selfRead.samples, 'articleMs'),
        coldMs: selfRead.coldMs,
        samples: selfRead.samples,
        misses: selfRead.misses,
      },
    };
    const missed = (m) => (m.length ? `; no key point on ${m.map((x) => `${x.id} (${x.why})`).join(', ')}` : '');
    log(
      `toolbar click → first key point: median ${result.clickMedian?.toFixed(1)} ms, of which Chrome building the popup ${result.clickToPopupMedian?.toFixed(1)} ms; popup open → first key point median ${result.median?.toFixed(1)} ms, p95 ${result.p95?.toFixed(1)} ms over ${click.samples.length} pages (read taken from the background on ${result.readAheadTaken})${missed(click.misses)}`,
    );
    log(
      `popup reading the tab itself: popup open → first key point median ${selfRead.median?.toFixed(1)} ms over ${selfRead.samples.length} pages${missed(selfRead.misses)}`,
    );
    return result;
  } finally {
    await server.close();
  }
}

/**
 * Runs `measure(browser, i)` on the candidate pages in one browser with extension `ext` until
 * `popupPages` samples; the first success compiles the popup's code and is reported, not counted.
 */
async function samplePages(ext, candidates, measure, msOf, popupPages) {
  const browser = await launchWithExtension(ext);
  const samples = [];
  const misses = [];
  let coldMs;
  try {
    for (let i = 0; i < candidates.length && samples.length < popupPages; i++) {
      const r = await withTimeout(measure(browser, i), 20000);
      const ms = r.value && msOf(r.value);
      if (!Number.isFinite(ms)) {
        misses.push({ id: candidates[i].id, why: r.timedOut ? 'timeout' : (r.error ?? 'no key point') });
        continue;
      }
      if (coldMs === undefined) coldMs = ms;
      else samples.push({ id: candidates[i].id, ...r.value });
    }
  } finally {
    await browser.close();
  }
  const xs = samples.map(msOf);
  return { median: median(xs), p95: p95(xs), coldMs, samples, misses };
}

/** Toolbar click on a tab showing `pageUrl`, then the popup's marks (from its navigation start) once its first key point is painted. */
async function clickAndWait(browser, pageUrl) {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(pageUrl, { waitUntil: 'load' });
    const clickedAt = await clickToolbarButton(browser, tab);
    // Polled every 100 ms from another extension page (it shares the popup's renderer): the marks are the popup's own.
    const state = await waitForPopup(browser, (s) => 'sift:first-key-point' in s.marks, { timeout: 10000, close: true, interval: 100 });
    if (!state) throw new Error('no key point in the popup');
    const m = state.marks;
    const clickToPopupMs = state.timeOrigin - clickedAt;
    return {
      clickToPopupMs,
      popupStartMs: m['sift:popup-start'],
      articleMs: m['sift:article'],
      firstKeyPointMs: m['sift:first-key-point'],
      clickToFirstKeyPointMs: clickToPopupMs + m['sift:first-key-point'],
      readAhead: 'sift:read-ahead' in m,
    };
  } finally {
    await tab.close().catch(() => {});
  }
}

async function openPopupAsTab(browser, pageUrl) {
  const tab = await browser.context.newPage();
  const view = await browser.context.newPage();
  try {
    await tab.goto(pageUrl, { waitUntil: 'load' });
    const tabId = await tabIdOf(browser.context, tab);
    await view.goto(browser.extUrl(`popup.html?tabId=${tabId}`), { waitUntil: 'commit' });
    // performance.now() in the first animation frame in which a key point is in the DOM.
    const painted = await view.waitForFunction(() => (document.querySelector('[data-testid="key-point"]') ? performance.now() : 0), null, {
      polling: 'raf',
      timeout: 10000,
    });
    const paintedMs = await painted.jsonValue();
    const [markMs, startMs, articleMs] = await view.evaluate(() =>
      ['sift:first-key-point', 'sift:popup-start', 'sift:article'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? null),
    );
    // startMs: navigation → popup script running (page load, chunk compile); articleMs: the tab's
    // Article arrived (tab lookup, content script in the page); the rest: summarize and render.
    return { paintedMs, markMs: markMs ?? undefined, popupStartMs: startMs ?? undefined, articleMs: articleMs ?? undefined };
  } finally {
    await view.close().catch(() => {});
    await tab.close().catch(() => {});
  }
}
