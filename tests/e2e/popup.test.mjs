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

async function texts(page, testId) {
  return page.getByTestId(testId).allTextContents();
}

test('seed page: title, author key points, Sift key points and cited sources in the popup', async () => {
  const { tabId } = await env.openArticle('seed/seed-article.html');
  const popup = await env.openSift('popup.html', tabId);
  await popup.getByTestId('article-title').waitFor();
  assert.match(await popup.getByTestId('article-title').textContent(), /中谷防衛大臣とヘグセス米国防長官/);
  await popup.locator('[data-testid="key-point"][data-origin="sift"]').first().waitFor();
  assert.equal(await popup.locator('[data-testid="key-point"][data-origin="author"]').count(), 3, "the author's 3 points");
  assert.equal(await popup.locator('[data-testid="key-point"][data-origin="sift"]').count(), 5, "Sift's 5 points");
  await popup.getByRole('tab', { name: /Sources/ }).click();
  const cited = await popup
    .locator('.source[data-kind="cited"] [data-testid="source-link"]')
    .evaluateAll((links) => links.map((a) => new URL(a.href).hostname));
  assert.deepEqual(cited.sort(), ['mainichi.jp', 'newsdig.tbs.co.jp']);
  const hrefs = await popup.getByTestId('source-link').evaluateAll((links) => links.map((a) => a.href));
  for (const href of hrefs) assert.match(href, /^https?:\/\//);
  await popup.close();
});

test('English page: title, key points, links and outline in the popup', async () => {
  const { tabId } = await env.openArticle('e2e/theverge.html');
  const popup = await env.openSift('popup.html', tabId);
  await popup.getByTestId('article-title').waitFor();
  assert.match(await popup.getByTestId('article-title').textContent(), /Vision Pro/);
  const points = await texts(popup, 'key-point');
  assert.ok(points.length >= 3, `expected key points, got ${points.length}`);
  for (const p of points) assert.ok(p.trim().length > 20, `a key point is a sentence: "${p}"`);
  await popup.getByRole('tab', { name: /Sources/ }).click();
  assert.ok((await popup.getByTestId('source-link').count()) > 0, 'links of the article are listed');
  await popup.getByRole('tab', { name: /Outline/ }).click();
  assert.ok((await popup.getByTestId('outline-item').count()) > 0, 'headings are listed');
  await popup.close();
});

test('clicking a key point highlights it in the page', async () => {
  const { page, tabId } = await env.openArticle('e2e/theverge.html');
  const popup = await env.openSift('popup.html', tabId);
  const first = popup.getByTestId('key-point').first();
  await first.waitFor();
  const pointText = (await first.textContent()).trim();
  await first.click();
  // Poll on a timer: the article tab is in the background, where requestAnimationFrame does not run.
  await page.waitForFunction(() => CSS.highlights.has('sift'), null, { polling: 100 });
  const highlighted = await page.evaluate(() => [...(CSS.highlights.get('sift') ?? [])][0].toString());
  assert.equal(highlighted.replace(/\s+/g, ' ').trim(), pointText.replace(/\s+/g, ' '));
  await popup.close();
});

test('a page where extensions cannot run shows a clear message', async () => {
  // Opened by the extension so that its tab id is known: Sift is not allowed to see chrome:// URLs.
  const tabId = await env.sw.evaluate(async () => (await chrome.tabs.create({ url: 'chrome://version' })).id);
  assert.ok(tabId, 'the chrome:// tab exists');
  const popup = await env.openSift('popup.html', tabId);
  await popup
    .getByTestId('status')
    .filter({ hasText: /do not let extensions read this page/ })
    .waitFor();
  await popup.close();
});

test('a page that is not an article says so', async () => {
  const { tabId } = await env.openArticle('pages/not-article.html');
  const popup = await env.openSift('popup.html', tabId);
  await popup
    .getByTestId('status')
    .filter({ hasText: /not look like an article/ })
    .waitFor();
  assert.match(await popup.getByTestId('article-title').textContent(), /Example Portal/);
  await popup.getByRole('tab', { name: /Sources/ }).click();
  assert.ok((await popup.getByTestId('source-link').count()) > 0, 'links found are still listed');
  await popup.close();
});
