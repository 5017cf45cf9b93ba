// Two drivers behind one small interface, so that the scenarios in scenarios.mjs run unchanged in
// Chromium (Playwright over CDP) and in Firefox ESR (Puppeteer over WebDriver BiDi). Both give
// pages with `waitForSelector`, `$$eval`, `$$`, `click`, `evaluate`, `keyboard` and `screenshot`;
// what differs (opening Sift's pages, reaching the extension's APIs, finding a tab's id, waiting on
// a condition, colour scheme, watching requests) is here.
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/lib/browser.mjs';
import { launchFirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import { setup, FIXTURES, SERVED_PAGES } from './harness.mjs';

/**
 * @typedef {object} Env
 * @property {'chromium' | 'firefox'} name
 * @property {(path: string) => Promise<{ page: any, tabId: number }>} openArticle a fixture page in a new tab
 * @property {(file: string, tabId?: number, options?: { window?: boolean }) => Promise<any>} openSift popup.html or sidepanel.html for a tab, as a tab (or in a window of its own)
 * @property {(fn: (arg: any) => any, arg?: any) => Promise<any>} inExtension runs `fn(arg)` where the extension APIs are
 * @property {() => Promise<number>} openRestrictedTab a tab that extensions may not read; its id
 * @property {(page: any, fn: (arg: any) => any, arg?: any) => Promise<void>} waitUntil polls `fn(arg)` in `page` until it is truthy
 * @property {(page: any, scheme: 'light' | 'dark') => Promise<void>} colorScheme
 * @property {(page: any, size: { width: number, height: number }) => Promise<void>} resize the page's viewport
 * @property {() => Promise<{ stop(): Promise<string[]> }>} watchRequests records every request to a page's server or beyond (not the extension's own files)
 * @property {() => Promise<void>} close
 */

/** Polling on a timer: tabs in the background run no requestAnimationFrame. */
const POLL_MS = 100;
const WAIT_MS = 20000;

/**
 * Chromium: the test build, through the Playwright harness.
 * @param {{ uiLanguage?: string }} [options]
 * @returns {Promise<Env>}
 */
export async function chromiumEnv({ uiLanguage } = {}) {
  const env = await setup({ uiLanguage });
  return {
    name: 'chromium',
    openArticle: (path) => env.openArticle(path),
    async openSift(file, tabId, { window = false } = {}) {
      const url = env.extUrl(tabId === undefined ? file : `${file}?tabId=${tabId}`);
      if (!window) return env.openSift(file, tabId);
      // A window of its own, as the real side panel sits beside the tabs of its window.
      const opened = env.context.waitForEvent('page', { predicate: (p) => p.url() === url });
      await env.sw.evaluate((u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 700 }), url);
      return opened;
    },
    inExtension: (fn, arg) => env.sw.evaluate(fn, arg),
    openRestrictedTab: () => env.sw.evaluate(async () => /** @type {number} */ ((await chrome.tabs.create({ url: 'chrome://version' })).id)),
    async waitUntil(page, fn, arg) {
      await page.waitForFunction(fn, arg, { polling: POLL_MS, timeout: WAIT_MS });
    },
    colorScheme: (page, scheme) => page.emulateMedia({ colorScheme: scheme }),
    resize: (page, size) => page.setViewportSize(size),
    async watchRequests() {
      const seen = [];
      const record = (req) => {
        if (!req.url().startsWith('chrome-extension://')) seen.push(req.url());
      };
      env.context.on('request', record);
      return {
        async stop() {
          env.context.off('request', record);
          return seen;
        },
      };
    },
    close: () => env.close(),
  };
}

/**
 * Firefox ESR: the Firefox test build (host access to the local server only, as Chromium's).
 * @param {{ uiLanguage?: string }} [options]
 * @returns {Promise<Env>}
 */
export async function firefoxEnv({ uiLanguage } = {}) {
  // Page scripts off on fixture pages, as in Chromium; frames off too: a third-party frame that
  // cannot load offline makes BiDi report the whole navigation as failed.
  const server = await startServer({
    root: FIXTURES,
    pages: SERVED_PAGES,
    csp: (path) => (path.endsWith('.scripted.html') ? "frame-src 'none'" : "script-src 'none'; frame-src 'none'"),
  });
  const ff = await launchFirefoxWithExtension(fileURLToPath(new URL('../../.output-test/firefox-mv3/', import.meta.url)), { uiLanguage }).catch(async (e) => {
    await server.close();
    throw e;
  });
  const firefox = ff.browser;
  let opened = 0;
  let watches = 0;
  /** The id of the active tab of the window that was focused last (the page just opened). */
  const activeTabId = () =>
    ff.inExtension(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    });
  return {
    name: 'firefox',
    async openArticle(path) {
      const page = await firefox.newPage();
      const url = server.url(`${path}?tab=${++opened}`);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      // The test build may read 127.0.0.1, so the tab's URL is visible to it.
      const tabId = await ff.inExtension(async (u) => (await chrome.tabs.query({})).find((/** @type {{ url?: string }} */ t) => t.url === u)?.id ?? null, url);
      if (tabId === null) throw new Error(`No tab found for ${url}`);
      return { page, tabId };
    },
    openSift: (file, tabId, { window = false } = {}) => ff.openExtensionPage(tabId === undefined ? file : `${file}?tabId=${tabId}`, { window }),
    inExtension: (fn, arg) => ff.inExtension(fn, arg),
    async openRestrictedTab() {
      const page = await firefox.newPage();
      await ff.navigate(page, 'about:robots');
      const id = await activeTabId();
      if (id === null) throw new Error('No tab found for about:robots');
      return id;
    },
    async waitUntil(page, fn, arg) {
      await page.waitForFunction(fn, { polling: POLL_MS, timeout: WAIT_MS }, arg);
    },
    // Puppeteer emulates media features over CDP only: Firefox's own preference does it (0 dark, 1 light),
    // for every page, once the page has taken the change.
    async colorScheme(page, scheme) {
      await ff.inChrome(`Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`);
      await page.waitForFunction(
        (dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark,
        { polling: POLL_MS, timeout: WAIT_MS },
        scheme === 'dark',
      );
      await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(() => painted(undefined)))));
    },
    resize: (page, size) => page.setViewport(size),
    // BiDi reports no request made by an extension page or a content script: Firefox's own observer
    // of every HTTP channel does, in its chrome scope. Requests the browser makes for itself (system
    // principal: updates, telemetry) are not Sift's and are left out.
    async watchRequests() {
      const key = `__siftRequests${++watches}`;
      await ff.inChrome(`(() => {
        const seen = [];
        const observer = { observe(subject) {
          const channel = subject.QueryInterface(Ci.nsIChannel);
          if (!channel.loadInfo?.triggeringPrincipal?.isSystemPrincipal) seen.push(channel.URI.spec);
        } };
        Services.obs.addObserver(observer, 'http-on-modify-request');
        globalThis[${JSON.stringify(key)}] = { seen, observer };
      })()`);
      return {
        async stop() {
          const seen = await ff.inChrome(`(() => {
            const { seen, observer } = globalThis[${JSON.stringify(key)}];
            Services.obs.removeObserver(observer, 'http-on-modify-request');
            return JSON.stringify(seen);
          })()`);
          return JSON.parse(String(seen));
        },
      };
    },
    async close() {
      await ff.close();
      await server.close();
    },
  };
}
