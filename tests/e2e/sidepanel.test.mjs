import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

test('the side panel shows the same UI for a tab', async () => {
  const { tabId } = await env.openArticle('seed/seed-article.html');
  const panel = await env.openSift('sidepanel.html', tabId);
  await panel.getByTestId('article-title').waitFor();
  assert.match(await panel.getByTestId('article-title').textContent(), /日米同盟強化/);
  assert.ok((await panel.getByTestId('key-point').count()) >= 3);
  await panel.getByRole('tab', { name: /Sources/ }).click();
  assert.ok((await panel.getByTestId('source-link').count()) > 0);
  await panel.close();
});

test('the side panel follows a switch between two article tabs', async () => {
  const verge = await env.openArticle('e2e/theverge.html');
  const seed = await env.openArticle('seed/seed-article.html'); // opened last: the active tab
  // The panel lives in a window of its own, as the real side panel does beside the tabs of its window.
  const panelUrl = env.extUrl(`sidepanel.html?tabId=${seed.tabId}`);
  await env.sw.evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 420, height: 700 }), panelUrl);
  const panel = await env.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(panelUrl) });
  const title = panel.getByTestId('article-title');
  await title.waitFor();
  assert.match(await title.textContent(), /日米同盟強化/);

  await env.sw.evaluate((id) => chrome.tabs.update(id, { active: true }), verge.tabId);
  await panel.waitForFunction(() => /Vision Pro/.test(document.querySelector('[data-testid="article-title"]')?.textContent ?? ''), null, { polling: 100 });

  await env.sw.evaluate((id) => chrome.tabs.update(id, { active: true }), seed.tabId);
  await panel.waitForFunction(() => /日米同盟強化/.test(document.querySelector('[data-testid="article-title"]')?.textContent ?? ''), null, { polling: 100 });
  await panel.close();
});

test('a tab Sift has no access to offers "Summarize this tab" instead of a blank panel', async () => {
  // 127.0.0.2 is loopback too, but outside the test build's host access: like any site before a click.
  const { startServer } = await import('../../scripts/lib/browser.mjs');
  const other = await startServer({ root: new URL('../fixtures/', import.meta.url).pathname, host: '127.0.0.2' });
  try {
    const page = await env.context.newPage();
    await page.goto(other.url('/seed/seed-article.html'));
    const tabId = await env.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    const panel = await env.openSift('sidepanel.html', tabId);
    await panel
      .getByTestId('status')
      .filter({ hasText: /not been given access/ })
      .waitFor();
    assert.ok(await panel.getByTestId('summarize-tab').isVisible());
    // A toolbar click grants access and the popup reads the tab into the shared cache: the panel shows it too.
    const { extractInTab } = await import('../../scripts/lib/browser.mjs');
    const seed = await env.openArticle('seed/seed-article.html');
    const read = await extractInTab(env.context, seed.tabId);
    await env.sw.evaluate(({ id, url, encoded }) => chrome.storage.session.set({ [`article:${id}`]: { url, article: encoded } }), {
      id: tabId,
      url: read.article.url,
      encoded: read.encoded,
    });
    await panel.getByTestId('article-title').waitFor();
    assert.match(await panel.getByTestId('article-title').textContent(), /日米同盟強化/);
    await panel.close();
    await page.close();
  } finally {
    await other.close();
  }
});
