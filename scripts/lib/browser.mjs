// Shared by the end-to-end tests, eval:pages, bench and start: Chromium with Sift loaded,
// a local http server, and the one call that runs Sift's content script in a tab.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine with no network (see ../shared/toolchain.md). */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
];
/** Lets the DevTools protocol click the extension's toolbar button (`Extensions.triggerAction`, clickToolbarButton). */
const EXTENSION_DEBUGGING = '--enable-unsafe-extension-debugging';

/**
 * Starts Chromium with the unpacked extension in `extDir` loaded; `uiLanguage` (e.g. 'ja') sets the browser's UI language.
 * Returns the context, the extension's service worker and its id.
 * @param {string} extDir
 * @param {{ headless?: boolean, args?: string[], uiLanguage?: string }} [options]
 */
export async function launchWithExtension(extDir, { headless = true, args = [], uiLanguage } = {}) {
  const ext = resolve(extDir);
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`No built extension in ${ext}: run the build first.`);
  if (!existsSync(CHROME_PATH)) throw new Error(`No Chromium at ${CHROME_PATH}: apt-get install -y chromium, or set CHROME_PATH.`);
  const userDataDir = await mkdtemp(join(tmpdir(), 'sift-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      ...QUIET_FLAGS,
      EXTENSION_DEBUGGING,
      ...(uiLanguage ? [`--lang=${uiLanguage}`] : []),
      ...args,
    ],
    // On Linux, Chromium's UI language (and so `i18n.getMessage`) follows LANGUAGE as well as --lang.
    ...(uiLanguage ? { env: { ...process.env, LANGUAGE: uiLanguage }, locale: uiLanguage } : {}),
    viewport: { width: 1100, height: 800 },
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    sw,
    extensionId,
    extUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/** The current service worker (it may have been restarted since launch). */
export async function serviceWorker(context) {
  const live = context.serviceWorkers();
  return live[live.length - 1] ?? (await context.waitForEvent('serviceworker'));
}

/** The browser's tab id of a Playwright page, found by its URL from the extension's side. */
export async function tabIdOf(context, page) {
  const url = page.url();
  const sw = await serviceWorker(context);
  const id = await sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const hit = tabs.find((t) => t.url === u) ?? tabs.find((t) => t.pendingUrl === u);
    return hit?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

/**
 * Runs Sift's content script in a tab, exactly as the popup does, and returns its result decoded
 * as the popup decodes it (utils/extension/protocol.ts): `{ok, article | error}`, plus `ms`, the
 * `executeScript` round trip as the extension sees it (without the copy to this process).
 */
export async function extractInTab(context, tabId) {
  const sw = await serviceWorker(context);
  const { value, ms } = await sw.evaluate(async (id) => {
    const t = performance.now();
    const results = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-script.js'] });
    return { value: results[0]?.result, ms: performance.now() - t };
  }, tabId);
  const { decodeExtractResult } = await messaging();
  const result = decodeExtractResult(value);
  return result && { ...result, ms };
}

/**
 * Clicks Sift's toolbar button on `page`'s tab, as the reader does: Chromium runs the action
 * exactly as for a click (a popup, or `action.onClicked` with `activeTab` granted), through the
 * DevTools protocol's `Extensions.triggerAction`. The page's URL must be unique among open tabs.
 * Returns the moment of the click (epoch ms, comparable with a page's `performance.timeOrigin`).
 */
export async function clickToolbarButton(browser, page) {
  await popupProbe(browser); // opened before the popup: a tab opened after it would close it
  await page.bringToFront();
  browser.cdp ??= await browser.context.browser().newBrowserCDPSession();
  const url = page.url();
  const { targetInfos } = await browser.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tabs = targetInfos.filter((t) => t.url === url);
  if (tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${url}: cannot tell which one to click on`);
  const clickedAt = performance.timeOrigin + performance.now();
  await browser.cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tabs[0].targetId });
  return clickedAt;
}

/**
 * The popup as it is now, read through an extension page (Playwright does not list popups as
 * pages; `chrome.extension.getViews` reaches them): its URL, `performance.timeOrigin` (epoch ms),
 * its `sift:*` marks, the text of its title, key points and status messages; null while no popup
 * is open. `close` closes it.
 */
export async function readPopup(browser, { close = false } = {}) {
  return (await popupProbe(browser)).evaluate((closeIt) => {
    const view = chrome.extension.getViews({ type: 'popup' })[0];
    if (!view) return null;
    const marks = Object.fromEntries(view.performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
    const state = {
      url: view.location.href,
      timeOrigin: view.performance.timeOrigin,
      marks,
      keyPoints: [...view.document.querySelectorAll('[data-testid="key-point"]')].map((e) => e.textContent),
      title: view.document.querySelector('[data-testid="article-title"]')?.textContent ?? null,
      status: [...view.document.querySelectorAll('[data-testid="status"]')].map((e) => e.textContent),
    };
    if (closeIt) view.close();
    return state;
  }, close);
}

/** The extension page through which readPopup reaches the popup (one per browser, kept open). */
async function popupProbe(browser) {
  if (!browser.probe || browser.probe.isClosed()) {
    browser.probe = await browser.context.newPage();
    await browser.probe.goto(browser.extUrl('options.html'));
  }
  return browser.probe;
}

/** Polls `readPopup` every `interval` ms until `ready(state)`; returns that state, or null after `timeout` ms. */
export async function waitForPopup(browser, ready, { timeout = 10000, close = false, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const state = await readPopup(browser);
    if (state && ready(state)) return close ? await readPopup(browser, { close: true }) : state;
    await new Promise((ok) => setTimeout(ok, interval));
  }
  return null;
}

let messagingModule;
/** utils/extension/protocol.ts, through tsx: the one decoder of the content script's answer. */
function messaging() {
  messagingModule ??= import('tsx/esm/api').then(({ tsImport }) => tsImport('../../utils/extension/protocol.ts', import.meta.url));
  return messagingModule;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the files under `root` on `host` (127.0.0.1 unless told; a free port), plus in-memory `pages` ({path: html}).
 * `csp`: a Content-Security-Policy header for every answer (e.g. "script-src 'none'" to keep page scripts off),
 * or a function of the path that returns one (or undefined for none).
 * @param {{ root?: string, pages?: Record<string, string>, csp?: string | ((path: string) => string | undefined), host?: string }} [options]
 */
export async function startServer({ root, pages = {}, csp, host = '127.0.0.1' } = {}) {
  const base = root ? resolve(root) : null;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const policy = typeof csp === 'function' ? csp(path) : csp;
    const headers = policy ? { 'content-security-policy': policy } : {};
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'], ...headers });
      return res.end(pages[path]);
    }
    if (base) {
      const file = resolve(base, `.${path}`);
      if (file.startsWith(base + sep)) {
        try {
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
          return res.end(body);
        } catch {}
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await /** @type {Promise<void>} */ (new Promise((ok) => server.listen(0, host, () => ok())));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    port,
    url: (path = '/') => `http://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`,
    close: () => /** @type {Promise<void>} */ (new Promise((ok) => server.close(() => ok()))),
  };
}

/**
 * Serves corpus pages at their real addresses from memory and refuses every other request,
 * so nothing reaches the network. Page scripts are off (CSP `script-src 'none'`); extension
 * content scripts are not bound by the page's CSP.
 */
export async function routeFromMemory(context, pagesByUrl) {
  await context.route('**/*', async (route) => {
    const req = route.request();
    const url = req.url().split('#')[0];
    const html = req.isNavigationRequest() ? pagesByUrl.get(url) : undefined;
    if (html === undefined) return route.abort('blockedbyclient');
    return route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'; object-src 'none'" },
      body: html,
    });
  });
}
