// The Firefox release build, driven as a reader drives it: no host access at all, a click on the
// toolbar button grants `activeTab` and opens the popup, which reads the tab itself.
// (Chromium's counterpart, toolbar.test.mjs, also checks the read that its background starts.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/lib/browser.mjs';
import { launchFirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { FIXTURES } from './harness.mjs';

const RELEASE_BUILD = fileURLToPath(new URL('../../.output/firefox-mv3/', import.meta.url));

/** @type {Awaited<ReturnType<typeof launchFirefoxWithExtension>>} */
let ff;
/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
before(async () => {
  server = await startServer({ root: FIXTURES, csp: "script-src 'none'; frame-src 'none'" });
  ff = await launchFirefoxWithExtension(RELEASE_BUILD);
});
after(async () => {
  await ff?.close();
  await server?.close();
});

/** A fixture page in a new tab, in front; its id is the active tab's (the release build cannot see tab URLs). */
async function openTab(path) {
  const page = await ff.browser.newPage();
  await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
  await page.bringToFront();
  const tabId = await ff.inExtension(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  return { page, tabId };
}

/**
 * The popup's title, key points and status lines (read through `extension.getViews`, as BiDi does
 * not list the popup), once `ready` says so; null after 15 s.
 * @param {(state: { title: string | null, keyPoints: string[], status: string[] }) => boolean} ready
 */
async function waitForPopup(ready) {
  const end = Date.now() + 15000;
  while (Date.now() < end) {
    const state = await ff.inExtension(() => {
      const view = chrome.extension.getViews({ type: 'popup' })[0];
      if (!view) return null;
      const all = (selector) => [...view.document.querySelectorAll(selector)].map((e) => e.textContent ?? '');
      return { title: all('[data-testid="article-title"]')[0] ?? null, keyPoints: all('[data-testid="key-point"]'), status: all('[data-testid="status"]') };
    });
    if (state && ready(state)) return state;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return null;
}

const closePopup = () => ff.inExtension(() => chrome.extension.getViews({ type: 'popup' })[0]?.close());

test('before a click Sift cannot read a tab; a toolbar click grants it, and the popup shows key points that show in the page', async () => {
  const { page, tabId } = await openTab('seed/seed-article.html');
  // Least privilege: the release build asks for no host access, so a tab it was not clicked on is closed to it.
  const unclicked = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
  await unclicked.waitForFunction(() => /not been given access/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''), {
    polling: 100,
    timeout: 15000,
  });
  await unclicked.close();
  await page.bringToFront();

  await ff.clickToolbarButton();
  const popup = await waitForPopup((s) => s.keyPoints.length > 0);
  assert.ok(popup, 'the popup opened and shows key points');
  assert.match(popup.title ?? '', /中谷防衛大臣とヘグセス米国防長官/);
  assert.equal(popup.keyPoints.length, 8, "the author's 3 points and Sift's 5");

  // A click on the last point shows it in the page.
  await ff.inExtension(() => {
    const view = chrome.extension.getViews({ type: 'popup' })[0];
    const points = view.document.querySelectorAll('[data-testid="key-point"][data-origin="sift"]');
    /** @type {HTMLElement} */ (points[points.length - 1]).click();
  });
  await page.waitForFunction(() => CSS.highlights.has('sift'), { polling: 100, timeout: 15000 });
  const shown = await page.evaluate(() => [...(CSS.highlights.get('sift') ?? [])][0].toString().replace(/\s+/g, ' ').trim());
  assert.ok(
    popup.keyPoints.some((p) => p.replace(/\s+/g, ' ').includes(shown)),
    `the highlighted sentence is a key point: ${shown}`,
  );
  await closePopup();
  await page.close();
});

test('a click on a page that is not an article opens the popup with the message, not a blank panel', async () => {
  const { page } = await openTab('pages/not-article.html');
  await ff.clickToolbarButton();
  const popup = await waitForPopup((s) => s.status.some((t) => /not look like an article/.test(t)));
  assert.ok(popup, 'the popup says the page is not an article');
  assert.match(popup.title ?? '', /Example Portal/);
  await closePopup();
  await page.close();
});

test('a click on a page where extensions cannot run opens the popup with a clear message', async () => {
  const page = await ff.browser.newPage();
  await ff.navigate(page, 'about:robots');
  await page.bringToFront();
  await ff.clickToolbarButton();
  const popup = await waitForPopup((s) => s.status.some((t) => /do not let extensions read this page/.test(t)));
  assert.ok(popup, 'the popup explains it cannot read the page');
  await closePopup();
  await page.close();
});
