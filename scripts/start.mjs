#!/usr/bin/env node
// `npm start`: builds Sift and opens Chromium with it loaded on a bundled demo article (the seed page).
// Without a display it says where the built extension is and shows, in the terminal, what the popup shows.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { launchWithExtension, startServer, tabIdOf } from './lib/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args, env = {}) => execFileSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

console.log('Building Sift…');
run(['wxt', 'build']);
run(['wxt', 'build', '-b', 'firefox']);
// The demo page is served from 127.0.0.1, which a browser started by a script cannot grant `activeTab` for:
// the demo uses the test build, which differs from the release only by host access to 127.0.0.1.
run(['wxt', 'build'], { SIFT_TEST_BUILD: '1' });

const chromeBuild = resolve(root, '.output/chrome-mv3');
const firefoxBuild = resolve(root, '.output/firefox-mv3');
console.log(`\nBuilt extension:\n  Chrome:  ${chromeBuild}\n  Firefox: ${firefoxBuild}`);
console.log('Load it unpacked: chrome://extensions → Developer mode → Load unpacked; about:debugging → Load Temporary Add-on (manifest.json).\n');

const server = await startServer({ root: resolve(root, 'tests/fixtures'), csp: "script-src 'none'" });
const demoUrl = server.url('/seed/seed-article.html');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const browser = await launchWithExtension(resolve(root, '.output-test/chrome-mv3'), { headless });
const page = await browser.context.newPage();
await page.goto(demoUrl);
const tabId = await tabIdOf(browser.context, page);
const popup = await browser.context.newPage();
await popup.goto(browser.extUrl(`popup.html?tabId=${tabId}`));
await popup.getByTestId('article-title').waitFor({ timeout: 15000 });

if (!headless) {
  console.log(`Chromium is open on the demo article (${demoUrl}) with Sift's popup beside it. Close the browser to stop.`);
  await new Promise((done) => browser.context.on('close', done));
} else {
  console.log('No display: here is what Sift shows for the demo article.\n');
  console.log(`# ${await popup.getByTestId('article-title').textContent()}`);
  for (const point of await popup.getByTestId('key-point').allTextContents()) console.log(`- ${point}`);
  await popup.getByRole('tab', { name: /Sources/ }).click();
  const links = await popup.getByTestId('source-link').evaluateAll((as) => as.map((a) => `${a.textContent} <${/** @type {HTMLAnchorElement} */ (a).href}>`));
  if (links.length) console.log(`\nSources:\n${links.map((l) => `- ${l}`).join('\n')}`);
  await browser.close();
}
await server.close();
