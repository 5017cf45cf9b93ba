import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { setup } from './harness.mjs';

const SHOTS = new URL('../../test-results/screenshots/', import.meta.url);
let env;
before(async () => {
  env = await setup({ uiLanguage: 'ja' });
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await env?.close();
});

test('the UI follows a Japanese browser', async () => {
  const { tabId } = await env.openArticle('seed/seed-article.html');
  const popup = await env.openSift('popup.html', tabId);
  await popup.getByTestId('key-point').first().waitFor();
  assert.ok(await popup.getByRole('tab', { name: /要点/ }).isVisible());
  assert.ok(await popup.getByRole('tab', { name: /出典/ }).isVisible());
  assert.ok(await popup.getByRole('tab', { name: /構成/ }).isVisible());
  for (const scheme of ['light', 'dark']) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.screenshot({ path: new URL(`popup-ja-${scheme}.png`, SHOTS).pathname });
  }
  await popup.close();
});

test('restricted pages are explained in Japanese', async () => {
  const tabId = await env.sw.evaluate(async () => (await chrome.tabs.create({ url: 'chrome://version' })).id);
  const popup = await env.openSift('popup.html', tabId);
  await popup
    .getByTestId('status')
    .filter({ hasText: /拡張機能から読み取れません/ })
    .waitFor();
  await popup.close();
});
