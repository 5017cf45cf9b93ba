// Firefox ESR with Sift installed, driven over WebDriver BiDi by puppeteer-core (no driver binary,
// no download): what the end-to-end tests run in Firefox. See ../shared/toolchain.md.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A fixed moz-extension:// host for Sift, so its pages have known addresses. */
const EXTENSION_UUID = '5c1f7f02-3a1e-4f7e-9b1e-51f7a1c0ffee';

/**
 * Starts Firefox with the unpacked extension in `extDir` installed as a temporary add-on (the
 * host permissions of its manifest are granted, as an install by the reader would grant them).
 * `uiLanguage` (e.g. 'ja') asks for that UI language: its language pack must be installed
 * (Debian: firefox-esr-l10n-ja).
 * @param {string} extDir
 * @param {{ uiLanguage?: string, headless?: boolean }} [options]
 */
export async function launchFirefoxWithExtension(extDir, { uiLanguage, headless = true } = {}) {
  const ext = resolve(extDir);
  const manifestFile = join(ext, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`No built extension in ${ext}: run the build first.`);
  if (!existsSync(FIREFOX_PATH)) throw new Error(`No Firefox at ${FIREFOX_PATH}: apt-get install -y firefox-esr, or set FIREFOX_PATH.`);
  const geckoId = JSON.parse(readFileSync(manifestFile, 'utf8')).browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${manifestFile} has no browser_specific_settings.gecko.id`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    // Without it, BiDi may not navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      ...(uiLanguage ? { 'intl.locale.requested': uiLanguage, 'intl.accept_languages': uiLanguage } : {}),
      // A machine without network: no update checks, telemetry or remote settings.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  try {
    await browser.installExtension(ext);
  } catch (e) {
    await browser.close();
    throw e;
  }
  if (uiLanguage) {
    const locale = await inChromeScope(browser, 'Services.locale.appLocaleAsBCP47').catch(() => null);
    if (typeof locale !== 'string' || !locale.startsWith(uiLanguage)) {
      await browser.close();
      throw new Error(`Firefox did not start in '${uiLanguage}' (its UI is '${locale}'): install its language pack (Debian: firefox-esr-l10n-${uiLanguage}).`);
    }
  }
  const extUrl = (path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  /** @type {import('puppeteer-core').Page | undefined} */
  let probe;
  return {
    browser,
    extUrl,
    /**
     * Opens one of Sift's pages in a new tab (or a new window). `page.goto` never resolves on
     * extension pages (Firefox's BiDi sends them no load event): the raw BiDi navigate does.
     * @param {string} path
     * @param {{ window?: boolean }} [options]
     */
    async openExtensionPage(path, { window = false } = {}) {
      const page = await browser.newPage(window ? { type: 'window' } : undefined);
      await navigateWithoutLoadEvent(page, extUrl(path));
      return page;
    },
    /**
     * Runs `fn(arg)` in an extension page (a hidden options tab, kept open), where the extension
     * APIs are: Firefox's background is an event page that BiDi does not reach.
     * @param {(arg: any) => any} fn
     * @param {any} [arg]
     * @returns {Promise<any>}
     */
    async inExtension(fn, arg) {
      if (!probe || probe.isClosed()) {
        probe = await browser.newPage({ background: true });
        await navigateWithoutLoadEvent(probe, extUrl('options.html'));
      }
      return probe.evaluate(fn, arg);
    },
    /**
     * Evaluates `expression` in Firefox's own (chrome) scope, where `Services` and the browser
     * window are: for what no web API reaches (preferences). Needs --remote-allow-system-access.
     * @param {string} expression
     */
    inChrome: (expression) => inChromeScope(browser, expression),
    /**
     * Clicks Sift's toolbar button in the browser window in front, as the reader does: Firefox runs
     * the action as for a click (its popup opens, `activeTab` is granted to the tab in front).
     * Through the add-on manager's internal `browserActionFor(…).triggerAction`, which may move
     * between Firefox versions: written against Firefox ESR 140 and 153.
     */
    clickToolbarButton: () =>
      inChromeScope(
        browser,
        `(() => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(geckoId)});
          const action = ExtensionParent.apiManager.global.browserActionFor?.(extension);
          if (!action) throw new Error('this Firefox has no browserActionFor: the toolbar cannot be clicked from a test');
          action.triggerAction(Services.wm.getMostRecentWindow('navigator:browser'));
        })()`,
      ),
    /**
     * Navigates `page` to a URL that sends BiDi no load event (moz-extension://, about:).
     * @param {import('puppeteer-core').Page} page
     * @param {string} url
     */
    navigate: (page, url) => navigateWithoutLoadEvent(page, url),
    async close() {
      await browser.close().catch(() => {});
    },
  };
}

/**
 * Evaluates `expression` in Firefox's chrome scope (see `inChrome`) and returns its value.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} expression
 */
async function inChromeScope(browser, expression) {
  const session = sessionOf(await anyPage(browser));
  const tree = /** @type {{ result: { contexts: { context: string }[] } }} */ (await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' }));
  const context = tree.result.contexts[0]?.context;
  if (!context) throw new Error('no chrome-scope window to evaluate in');
  const { result } = /** @type {{ result: { type: string, result?: { value?: unknown }, exceptionDetails?: { text: string } } }} */ (
    await session.send('script.evaluate', { expression, target: { context }, awaitPromise: true })
  );
  if (result.type === 'exception') throw new Error(`chrome-scope script failed: ${result.exceptionDetails?.text}`);
  return result.result?.value;
}

/** @param {import('puppeteer-core').Browser} browser */
async function anyPage(browser) {
  const [page] = await browser.pages();
  return page ?? browser.newPage();
}

/**
 * The BiDi session behind a page (Puppeteer's internals: it has no public way to send a raw command).
 * @param {import('puppeteer-core').Page} page
 * @returns {{ send(method: string, params: object): Promise<unknown> }}
 */
function sessionOf(page) {
  return /** @type {any} */ (page.mainFrame()).browsingContext.userContext.browser.session;
}

/**
 * Navigates `page` and waits for the document to be complete, without the load event that
 * Firefox's BiDi does not send for extension and about: pages (`page.goto` would never resolve).
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
async function navigateWithoutLoadEvent(page, url) {
  // `browsingContext` is Puppeteer's BiDi frame internals: the one way to navigate without a load event.
  const frame = /** @type {{ browsingContext: { navigate(url: string, wait: string): Promise<unknown> } }} */ (/** @type {unknown} */ (page.mainFrame()));
  await frame.browsingContext.navigate(url, 'complete');
}
