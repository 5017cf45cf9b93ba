// Setup shared by the end-to-end tests: the test build in Chromium, the fixture pages on 127.0.0.1.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, startServer, tabIdOf } from '../../scripts/lib/browser.mjs';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const TEST_BUILD = fileURLToPath(new URL('../../.output-test/chrome-mv3/', import.meta.url));
/** The release build: no host access at all, only what a click on its toolbar button grants (`activeTab`). */
export const RELEASE_BUILD = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));

const fixture = (path) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

/**
 * Fixture pages served at an address of their own, besides their file's:
 * - the seed page at the path of its real address, where its "次のページを読む" link (`?page=2`)
 *   continues its address as on the real site. This server ignores the query, as many sites do, so
 *   "page 2" is page 1 again: reading all pages must stop there and say so;
 * - the Japanese three-page article under `broken/` without its third page (a 404 mid-way).
 */
export const SERVED_PAGES = {
  '/articles/nichibei-domei-2025': fixture('seed/seed-article.html'),
  '/multipage/broken/article.html': fixture('multipage/ja/article.html'),
  '/multipage/broken/article_2.html': fixture('multipage/ja/article_2.html'),
};

/**
 * Starts the browser (the test build unless `build` says otherwise) and the fixture server; `close()` stops both.
 * @param {{ uiLanguage?: string, build?: string }} [options]
 */
export async function setup({ uiLanguage, build = TEST_BUILD } = {}) {
  const pages = SERVED_PAGES;
  // Page scripts are off on fixture pages (the tests are about Sift, not about third-party scripts),
  // except on pages written for Sift's tests whose own scripts are part of the test (`*.scripted.html`).
  const server = await startServer({ root: FIXTURES, pages, csp: (path) => (path.endsWith('.scripted.html') ? undefined : "script-src 'none'") });
  const browser = await launchWithExtension(build, { uiLanguage });
  let opened = 0;
  return {
    ...browser,
    server,
    /** Opens a fixture page in a new tab and returns the page and its tab id. */
    async openArticle(path) {
      const page = await browser.context.newPage();
      // A query unique to this tab, so its tab id can be found by URL even when a page is open twice.
      await page.goto(server.url(`${path}?tab=${++opened}`), { waitUntil: 'domcontentloaded' });
      return { page, tabId: await tabIdOf(browser.context, page) };
    },
    /** Opens one of Sift's pages (popup.html, sidepanel.html) for a tab, as a tab of its own. */
    async openSift(file, tabId) {
      const page = await browser.context.newPage();
      await page.goto(browser.extUrl(tabId === undefined ? file : `${file}?tabId=${tabId}`));
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
