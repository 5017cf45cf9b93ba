import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setup } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** Runs axe-core in a Sift page (evaluated through the debugger protocol, so the page's CSP does not apply). */
async function axeViolations(page) {
  await page.evaluate(`${AXE}\n;0`);
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('English page: copy as Markdown writes title, URL, key points and sources', async () => {
  const { page, tabId } = await env.openArticle('e2e/theverge.html');
  const popup = await env.openSift('popup.html', tabId);
  await popup.getByTestId('key-point').first().waitFor();
  await popup.evaluate(() => {
    navigator.clipboard.writeText = async (text) => {
      globalThis.__copied = text;
    };
  });
  const title = (await popup.getByTestId('article-title').textContent()).trim();
  const points = (await popup.getByTestId('key-point').allTextContents()).map((p) => p.trim());
  await popup.getByTestId('copy-markdown').click();
  const md = await popup.waitForFunction(() => globalThis.__copied, null, { polling: 100 }).then((h) => h.jsonValue());
  const lines = md.split('\n');
  assert.equal(lines[0], `# ${title.replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1')}`);
  const address = await page.evaluate(() => /** @type {HTMLLinkElement | null} */ (document.querySelector('link[rel=canonical]'))?.href ?? location.href);
  assert.equal(lines[2], `<${address}>`, 'the canonical address when the page has one');
  const escapeMd = (t) =>
    t
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1');
  // The copy waits for the quotations (they are read after the key points): the page's one quotation is in it.
  assert.ok(lines.includes('## Quotes'), 'the quotations are in the copy');
  const pointsAt = lines.indexOf('## Key points');
  assert.ok(pointsAt > 0);
  assert.deepEqual(
    lines.slice(pointsAt + 2, pointsAt + 2 + points.length),
    points.map((p) => `- ${escapeMd(p)}`),
  );
  // Sources: the cited and related links that the Sources view lists.
  await popup.getByRole('tab', { name: /Sources/ }).click();
  const listed = await popup.evaluate(() =>
    [...document.querySelectorAll('.source[data-kind="cited"], .source[data-kind="related"]')].map((li) => {
      const a = /** @type {HTMLAnchorElement} */ (li.querySelector('a'));
      return { text: a.textContent, url: a.href };
    }),
  );
  const sourceLines = lines.filter((l) => /^- \[/.test(l));
  assert.equal(sourceLines.length, listed.length);
  for (const s of listed)
    assert.ok(
      sourceLines.some((l) => l.startsWith(`- [${escapeMd(s.text)}](`)),
      s.text,
    );
  await popup.close();
});

test('the number of key points is a control that is remembered', async () => {
  const { tabId } = await env.openArticle('e2e/theverge.html');
  const popup = await env.openSift('popup.html', tabId);
  const sift = popup.locator('[data-testid="key-point"][data-origin="sift"]');
  await sift.first().waitFor();
  await popup.getByTestId('points-3').check();
  await popup.waitForFunction(() => document.querySelectorAll('[data-testid="key-point"][data-origin="sift"]').length === 3, null, { polling: 100 });
  await popup.close();
  const again = await env.openSift('popup.html', tabId);
  await again.locator('[data-testid="key-point"][data-origin="sift"]').first().waitFor();
  assert.equal(await again.locator('[data-testid="key-point"][data-origin="sift"]').count(), 3);
  await again.getByTestId('points-7').check();
  await again.waitForFunction(() => document.querySelectorAll('[data-testid="key-point"][data-origin="sift"]').length > 3, null, { polling: 100 });
  await again.getByTestId('points-5').check();
  await again.close();
});

test('keyboard: the views are tabs that arrow keys move between', async () => {
  const { tabId } = await env.openArticle('e2e/theverge.html');
  const popup = await env.openSift('popup.html', tabId);
  await popup.getByRole('tab', { name: /Key points/ }).focus();
  await popup.keyboard.press('ArrowRight');
  assert.equal(await popup.getByRole('tab', { name: /Sources/ }).getAttribute('aria-selected'), 'true');
  assert.ok((await popup.getByTestId('source-link').count()) > 0);
  await popup.keyboard.press('ArrowRight');
  assert.equal(await popup.getByRole('tab', { name: /Quotes/ }).getAttribute('aria-selected'), 'true');
  await popup.keyboard.press('ArrowRight');
  assert.equal(await popup.getByRole('tab', { name: /Outline/ }).getAttribute('aria-selected'), 'true');
  await popup.close();
});

test('axe-core finds no accessibility violations in each view, light and dark', async () => {
  const { tabId } = await env.openArticle('seed/seed-article.html');
  const popup = await env.openSift('popup.html', tabId);
  await popup.getByTestId('key-point').first().waitFor();
  for (const scheme of ['light', 'dark']) {
    await popup.emulateMedia({ colorScheme: scheme });
    for (const view of [/Key points/, /Sources/, /Quotes/, /Outline/]) {
      await popup.getByRole('tab', { name: view }).click();
      assert.deepEqual(await axeViolations(popup), [], `${scheme} ${view}`);
    }
  }
  await popup.close();
  // Speakers, unnamed sources and quotations: the Quotes view of a page that has them.
  const quoted = await env.openArticle('attribution/pages/wired.jp.html');
  const quotes = await env.openSift('popup.html', quoted.tabId);
  await quotes.getByRole('tab', { name: /Quotes/ }).click();
  await quotes.getByTestId('quote').first().waitFor();
  for (const scheme of ['light', 'dark']) {
    await quotes.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await axeViolations(quotes), [], `${scheme} Quotes`);
  }
  await quotes.close();
});
