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

test('a hostile page: Sift shows its payloads as text, no payload runs, only http(s) links are clickable', async () => {
  const { page, tabId } = await env.openArticle('e2e/xss.scripted.html');
  assert.equal(await page.evaluate(() => window.__pwned), null, 'the page itself ran its own script, and no payload');
  for (const file of ['popup.html', 'sidepanel.html']) {
    const ui = await env.openSift(file, tabId);
    const title = ui.getByTestId('article-title');
    await title.waitFor();
    assert.match(await title.textContent(), /<img src=x onerror=/, 'markup in the title is shown as text');
    for (const view of [/Key points/, /Sources/, /Outline/]) {
      await ui.getByRole('tab', { name: view }).click();
      const hrefs = await ui.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs) assert.match(href, /^https?:\/\//, `only http(s) links: ${href}`);
      assert.equal(await ui.locator('img, script:not([src]), iframe, svg[onload]').count(), 0, 'no element came from the page');
      for (const button of await ui.getByTestId('key-point').all()) await button.hover();
    }
    assert.equal(await ui.evaluate(() => window.__pwned ?? null), null, `no payload ran in ${file}`);
    await ui.close();
  }
  assert.equal(await page.evaluate(() => window.__pwned), null, 'no payload ran in the page');
});

test('summarizing makes no network request', async () => {
  const { page, tabId } = await env.openArticle('seed/seed-article.html');
  await page.waitForLoadState('networkidle');
  const requests = [];
  const record = (req) => {
    const url = req.url();
    if (!url.startsWith('chrome-extension://')) requests.push(url);
  };
  env.context.on('request', record);
  const popup = await env.openSift('popup.html', tabId);
  await popup.getByTestId('key-point').first().click();
  await popup.getByRole('tab', { name: /Sources/ }).click();
  await popup.getByRole('tab', { name: /Outline/ }).click();
  await popup.getByTestId('outline-item').first().click();
  await popup.waitForTimeout(300);
  env.context.off('request', record);
  assert.deepEqual(requests, []);
  await popup.close();
});

test('the content script injected twice answers once and still highlights', async () => {
  const { page, tabId } = await env.openArticle('seed/seed-article.html');
  const inject = () =>
    env.sw.evaluate(async (id) => (await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] }))[0].result, tabId);
  const first = await inject();
  const second = await inject();
  assert.equal(first.ok, true);
  assert.deepEqual(second.article.title, first.article.title);
  const answers = await env.sw.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'sift:highlight', target: { text: '日米同盟' } }),
    tabId,
  );
  assert.deepEqual(answers, { found: true });
  assert.equal(await page.evaluate(() => CSS.highlights.get('sift').size), 1);
});

test('a tab closed while Sift reads it ends in a clear message', async () => {
  const { page, tabId } = await env.openArticle('seed/seed-article.html');
  const popup = await env.openSift('popup.html', tabId);
  await popup.getByTestId('article-title').waitFor();
  await page.close();
  // The side panel on a closed tab, or a popup that reopens for it, says so instead of spinning.
  const again = await env.openSift('popup.html', tabId);
  await again.getByTestId('status').filter({ hasText: /closed/ }).waitFor();
  await popup.close();
  await again.close();
});
