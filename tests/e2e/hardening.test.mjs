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

test('the content script injected twice reads the same; the highlighter injected twice answers once', async () => {
  const { page, tabId } = await env.openArticle('seed/seed-article.html');
  const { extractInTab } = await import('../../scripts/lib/browser.mjs');
  const first = await extractInTab(env.context, tabId);
  const second = await extractInTab(env.context, tabId);
  assert.equal(first.ok, true);
  assert.match(first.article.title, /日米同盟強化/);
  assert.equal(second.article.title, first.article.title);
  assert.equal(second.article.blocks.length, first.article.blocks.length);
  // Reading installs no listener: nothing in the page answers until the highlighter is injected.
  const before = await env.sw.evaluate(
    (id) =>
      chrome.tabs.sendMessage(id, { type: 'sift:highlight', target: { text: '日米同盟' } }).then(
        () => 'answered',
        () => 'no listener',
      ),
    tabId,
  );
  assert.equal(before, 'no listener');
  const answers = await env.sw.evaluate(async (id) => {
    for (let i = 0; i < 2; i++) await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/page-highlighter.js'] });
    return chrome.tabs.sendMessage(id, { type: 'sift:highlight', target: { text: '日米同盟' } });
  }, tabId);
  assert.deepEqual(answers, { found: true });
  assert.equal(await page.evaluate(() => CSS.highlights.get('sift')?.size), 1);
});

test('a tab closed while Sift reads it ends in a clear message', async () => {
  const { page, tabId } = await env.openArticle('seed/seed-article.html');
  const popup = await env.openSift('popup.html', tabId);
  await popup.getByTestId('article-title').waitFor();
  await page.close();
  // The side panel on a closed tab, or a popup that reopens for it, says so instead of spinning.
  const again = await env.openSift('popup.html', tabId);
  await again
    .getByTestId('status')
    .filter({ hasText: /closed/ })
    .waitFor();
  await popup.close();
  await again.close();
});

test('a page still loading is read as far as it has arrived, without waiting for the end', async () => {
  const { createServer } = await import('node:http');
  const paragraphs = Array.from(
    { length: 12 },
    (_, i) => `<p>Paragraph ${i + 1} of the report says the council approved the plan after a long debate about costs and benefits for riders.</p>`,
  ).join('');
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(`<!doctype html><html lang="en"><head><title>Slow news day</title></head><body><article><h1>Slow news day</h1>${paragraphs}`);
    // …and the rest never comes (until the test ends).
    const stop = setTimeout(() => res.end('</article></body></html>'), 60_000);
    req.on('close', () => clearTimeout(stop));
  });
  await /** @type {Promise<void>} */ (new Promise((ok) => server.listen(0, '127.0.0.1', () => ok())));
  try {
    const page = await env.context.newPage();
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
    await page.goto(`http://127.0.0.1:${port}/slow.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelectorAll('p').length >= 12, null, { polling: 100 });
    const tabId = await env.sw.evaluate(async () => (await chrome.tabs.query({ url: 'http://127.0.0.1/*' })).find((t) => t.url.endsWith('/slow.html')).id);
    const popup = await env.openSift('popup.html', tabId);
    await popup.getByTestId('article-title').waitFor({ timeout: 10_000 });
    assert.match(await popup.getByTestId('article-title').textContent(), /Slow news day/);
    assert.ok((await popup.getByTestId('key-point').count()) > 0);
    await popup.close();
    await page.close();
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('a page with many frames is read from its top document', async () => {
  const frames = Array.from({ length: 40 }, (_, i) => `<iframe srcdoc="<p>Frame ${i} advertisement text</p>" width="50" height="20"></iframe>`).join('');
  const paragraphs = Array.from(
    { length: 8 },
    (_, i) => `<p>The mayor said in point ${i + 1} that the new transit lines would open next spring, ahead of the schedule announced last year.</p>`,
  ).join('');
  const { startServer } = await import('../../scripts/lib/browser.mjs');
  const server = await startServer({
    pages: {
      '/frames.html': `<!doctype html><html lang="en"><head><title>Framed story</title></head><body>${frames}<article><h1>Framed story</h1>${paragraphs}</article>${frames}</body></html>`,
    },
  });
  try {
    const { page, tabId } = await (async () => {
      const p = await env.context.newPage();
      await p.goto(server.url('/frames.html'));
      const id = await env.sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u).id, server.url('/frames.html'));
      return { page: p, tabId: id };
    })();
    const popup = await env.openSift('popup.html', tabId);
    await popup.getByTestId('key-point').first().waitFor();
    assert.match(await popup.getByTestId('article-title').textContent(), /Framed story/);
    for (const p of await popup.getByTestId('key-point').allTextContents()) assert.doesNotMatch(p, /advertisement/);
    await popup.close();
    await page.close();
  } finally {
    await server.close();
  }
});

test('the service worker stopping between the popup opening and the answer changes nothing', async () => {
  const { page, tabId } = await env.openArticle('seed/seed-article.html');
  const popup = await env.openSift('popup.html', tabId);
  // Stop every service worker (the browser does this to idle extension workers at any time).
  const cdp = await env.context.newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await popup.getByTestId('key-point').first().waitFor();
  assert.ok((await popup.getByTestId('key-point').count()) > 0);
  // The popup reads the page itself, so highlighting keeps working with the worker gone.
  await popup.getByTestId('key-point').first().click();
  await page.waitForFunction(() => CSS.highlights.has('sift'), null, { polling: 100 });
  await popup.close();
});

test('a bug in summarizing or in rendering shows the error state with a detail to copy, and "Try again" reads the page afresh', async () => {
  const { extractInTab } = await import('../../scripts/lib/browser.mjs');
  // What a bug would leave behind, put where the popup looks first (the tab's cached article): an
  // article that passes the wire check but breaks the summarizer (a null author point), then one
  // that breaks rendering (a null outline item, counted when the views' tabs are drawn; a null
  // source would now break the summarizer first, which links points to their sources).
  /** @type {[string, (a: object) => object][]} */
  const cases = [
    ['summarize', (a) => ({ ...a, authorKeyPoints: [null] })],
    ['render', (a) => ({ ...a, outline: [null] })],
  ];
  for (const [where, broken] of cases) {
    const { page, tabId } = await env.openArticle('seed/seed-article.html');
    const read = await extractInTab(env.context, tabId);
    const encoded = JSON.stringify(broken(JSON.parse(read.encoded)));
    await env.sw.evaluate(({ id, url, encoded }) => chrome.storage.session.set({ [`article:${id}`]: { url, article: encoded } }), {
      id: tabId,
      url: read.article.url,
      encoded,
    });
    const popup = await env.openSift('popup.html', tabId);
    await popup
      .getByTestId('status')
      .filter({ hasText: /could not read this page/ })
      .waitFor();
    assert.equal(await popup.getByTestId('article-title').count(), 0, where);
    const detail = popup.getByTestId('error-detail');
    await detail.locator('summary').click();
    assert.match((await detail.locator('pre').textContent()) ?? '', new RegExp(`^${where}: TypeError: `), where);
    await popup.getByTestId('retry').click();
    await popup.getByTestId('article-title').waitFor();
    assert.match(await popup.getByTestId('article-title').textContent(), /日米同盟強化/);
    await popup.close();
    await page.close();
  }
});
