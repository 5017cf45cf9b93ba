// The release build, driven as a reader drives it: a click on the toolbar button (no host access at
// all; the click grants activeTab). The background starts reading the tab, then opens the popup,
// which takes that read (utils/extension/toolbar.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, RELEASE_BUILD } from './harness.mjs';
import { clickToolbarButton, readPopup, serviceWorker, waitForPopup } from '../../scripts/lib/browser.mjs';

let env;
/** The background's warnings (a popup that could not open says why), shown when a test fails. */
const warnings = [];
before(async () => {
  env = await setup({ build: RELEASE_BUILD });
  env.sw.on('console', (m) => m.type() !== 'log' && warnings.push(m.text()));
});
const why = (what) => `${what}${warnings.length ? `; background said: ${warnings.join(' | ')}` : ''}`;
after(async () => {
  await env?.close();
});

/**
 * Opens a fixture page in a new tab, in front. The release build cannot see tab URLs (no host
 * access, no `tabs` permission), so the tab id is the active tab's.
 */
async function openTab(path) {
  const page = await env.context.newPage();
  await page.goto(env.server.url(path), { waitUntil: 'domcontentloaded' });
  await page.bringToFront();
  const sw = await serviceWorker(env.context);
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  return { page, tabId };
}

const popupOf = (tabId) => serviceWorker(env.context).then((sw) => sw.evaluate((id) => chrome.action.getPopup({ tabId: id }), tabId));

async function until(check, what, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

test('a toolbar click reads the tab and the popup it opens shows that read', async () => {
  const { page, tabId } = await openTab('seed/seed-article.html');
  assert.equal(await popupOf(tabId), '', 'the button has no popup of its own: a click reaches the background');

  await clickToolbarButton(env, page);
  const popup = await waitForPopup(env, (s) => s.keyPoints.length > 0);
  assert.ok(popup, why('the popup opened and shows key points'));
  assert.equal(new URL(popup.url).search, `?tabId=${tabId}&readAhead=1`);
  assert.match(popup.title, /中谷防衛大臣とヘグセス米国防長官/);
  assert.equal(popup.keyPoints.length, 8, "the author's 3 points and Sift's 5");
  assert.ok('sift:read-ahead' in popup.marks, 'the popup took the read that the click started instead of reading the tab again');

  // While it is open the tab keeps the popup (a second click closes it, as any popup's button does);
  // once it is closed, the button is a plain button again.
  assert.match(await popupOf(tabId), /popup\.html\?tabId=\d+&readAhead=1$/);
  await readPopup(env, { close: true });
  await until(async () => (await popupOf(tabId)) === '', 'the closed popup is unset from the tab');

  // The key points came with that read (picked in the background): the same the popup picks itself.
  const own = await env.openSift('popup.html', tabId);
  await own.locator('[data-testid="key-point"]').first().waitFor();
  assert.deepEqual(await own.getByTestId('key-point').allTextContents(), popup.keyPoints);
  await own.close();

  await clickToolbarButton(env, page);
  const again = await waitForPopup(env, (s) => s.keyPoints.length > 0, { close: true });
  assert.equal(again?.keyPoints.length, 8, why('the next click opens it again'));
  await page.close();
});

test('a click on a page that is not an article opens the popup with the message, not a blank panel', async () => {
  const { page } = await openTab('pages/not-article.html');
  await clickToolbarButton(env, page);
  const popup = await waitForPopup(env, (s) => s.status.some((t) => /not look like an article/.test(t)), { close: true });
  assert.ok(popup, why('the popup says the page is not an article'));
  assert.match(popup.title, /Example Portal/);
  await page.close();
});

test('a click on a page where extensions cannot run opens the popup with a clear message', async () => {
  const page = await env.context.newPage();
  await page.goto('chrome://version');
  await clickToolbarButton(env, page);
  const popup = await waitForPopup(env, (s) => s.status.some((t) => /do not let extensions read this page/.test(t)), { close: true });
  assert.ok(popup, why('the popup explains it cannot read the page'));
  await page.close();
});
