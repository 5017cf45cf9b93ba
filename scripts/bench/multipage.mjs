// The bench's multi-page phase: a click on "Read all pages" → the whole article on screen, on the
// three-page fixtures (tests/fixtures/multipage, Japanese and English) served from 127.0.0.1 in
// the test build. What the reader waits for: the background injecting the page reader, two
// fetches, two reads with the same engine, the merge, and the popup drawing the whole article.
import { fileURLToPath } from 'node:url';
import { launchWithExtension, startServer, tabIdOf } from '../lib/browser.mjs';
import { median, p95 } from './stats.mjs';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
const ARTICLES = ['/multipage/ja/article.html', '/multipage/en/story.html'];

/**
 * @param {{ test: string, repeats: number, log: (...a: unknown[]) => void }} options
 * @returns {Promise<{ median: number | null, p95: number | null, samples: { article: string, ms: number }[], misses: string[] }>}
 */
export async function measureReadAllPages({ test, repeats, log }) {
  const server = await startServer({ root: FIXTURES, csp: "script-src 'none'; object-src 'none'" });
  const browser = await launchWithExtension(test);
  const samples = [];
  const misses = [];
  try {
    for (let r = 0; r < repeats; r++) {
      for (const path of ARTICLES) {
        const tab = await browser.context.newPage();
        const view = await browser.context.newPage();
        try {
          await tab.goto(server.url(`${path}?r=${r}`), { waitUntil: 'load' });
          const tabId = await tabIdOf(browser.context, tab);
          await view.goto(browser.extUrl(`popup.html?tabId=${tabId}`));
          await view.locator('[data-testid="read-all-pages"]').waitFor({ timeout: 10000 });
          await view.bringToFront();
          // Timed in the popup: from the click to the first frame that shows all three pages.
          const ms = await view.evaluate(
            () =>
              new Promise((done, fail) => {
                const button = /** @type {HTMLButtonElement} */ (document.querySelector('[data-testid="read-all-pages"]'));
                const start = performance.now();
                const check = () => {
                  if (document.querySelector('[data-testid="pages-said"]')?.textContent === 'All 3 pages') done(performance.now() - start);
                  else if (performance.now() - start > 10000) fail(new Error('not all pages after 10 s'));
                  else requestAnimationFrame(check);
                };
                button.click();
                requestAnimationFrame(check);
              }),
          );
          if (r > 0) samples.push({ article: path, ms: Number(ms) }); // the first round warms the browser up
        } catch (e) {
          misses.push(`${path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        } finally {
          await view.close().catch(() => {});
          await tab.close().catch(() => {});
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ms = samples.map((s) => s.ms);
  log(
    `read all pages: median ${median(ms)?.toFixed(0)} ms, p95 ${p95(ms)?.toFixed(0)} ms over ${ms.length} reads${misses.length ? `; misses: ${misses.join(' | ')}` : ''}`,
  );
  return { median: median(ms) ?? null, p95: p95(ms) ?? null, samples, misses };
}
