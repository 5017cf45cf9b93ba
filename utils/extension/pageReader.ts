/**
 * Background: "Read all pages" and showing a point on another page of the article. The popup and
 * the side panel ask with a message (protocol.ts `PagesRequest`, `ShowOnPageRequest`); the work is
 * done here so that it goes on when the popup closes, and so that its code is not in the popup.
 */
import type { WxtBrowser as Browser } from 'wxt/browser';
import type { HighlightResult, HighlightTarget } from '../engine/page/highlighter';
import { getSegmenter } from '../engine/text/words';
import { injectionFailure, withTimeout, type ArticleClient } from './articleClient';
import { decodeReadPagesResult, isPagesRequest, isShowOnPageRequest, type WireLoadOutcome } from './protocol';

/** The script injected when the reader asks for all pages of an article (`entrypoints/page-reader.ts`). */
const PAGE_READER_FILE = '/page-reader.js';
/** Reading all pages: at most 10 pages of 5 s each (utils/engine/article/readPages.ts), and a margin. */
const READ_PAGES_TIMEOUT_MS = 60_000;
/** How long a page loaded to show a point on it may take. */
const PAGE_LOAD_TIMEOUT_MS = 15_000;

/**
 * @param client the background's ArticleClient: its cache and its highlight, the same the pages use
 */
export function createPageReader(browser: Browser, client: Pick<ArticleClient, 'cacheArticle' | 'highlight'>) {
  const getTab = (tabId: number) => browser.tabs.get(tabId).catch(() => null);

  /**
   * Reads the tab's article over all its pages (entrypoints/page-reader.ts asks the tab's own site
   * only) and caches the whole article for the tab, under each page's address.
   */
  async function readAllPages(tabId: number): Promise<WireLoadOutcome> {
    const tab = await getTab(tabId);
    if (!tab) return { kind: 'gone' };
    let raw: unknown;
    try {
      const results = await withTimeout(browser.scripting.executeScript({ target: { tabId }, files: [PAGE_READER_FILE] }), READ_PAGES_TIMEOUT_MS);
      raw = results?.[0]?.result;
    } catch (e) {
      return injectionFailure(e, tab.url, !!(await getTab(tabId)));
    }
    const result = decodeReadPagesResult(raw);
    if (!result) return (await getTab(tabId)) ? { kind: 'restricted', url: tab.url } : { kind: 'gone' };
    if (!result.ok) return { kind: 'error', message: result.error, ...(result.detail ? { detail: result.detail } : {}) };
    await client.cacheArticle(tabId, result.article, result.encoded);
    return { kind: 'article', article: result.encoded, fromCache: false, pages: result.pages };
  }

  /**
   * Shows `target` on another page of the article (`pageUrl`): loads that page in the tab, with a
   * text fragment (`#:~:text=`) so that the browser itself scrolls to the sentence and marks it,
   * then highlights it as on any page. Where the tab's access ended with the navigation (Firefox
   * ties activeTab to the page), the browser's own mark is what the reader sees.
   */
  async function showOnPage(tabId: number, pageUrl: string, target: HighlightTarget): Promise<HighlightResult> {
    const tab = await getTab(tabId);
    if (!tab || !/^https?:\/\//i.test(pageUrl)) return { found: false };
    if (tab.url && stripHash(tab.url) === stripHash(pageUrl)) return client.highlight(tabId, target);
    const loaded = new Promise<void>((done) => {
      const timer = setTimeout(finish, PAGE_LOAD_TIMEOUT_MS);
      function finish() {
        clearTimeout(timer);
        browser.tabs.onUpdated.removeListener(onUpdated);
        done();
      }
      function onUpdated(id: number, change: { status?: string }) {
        if (id === tabId && change.status === 'complete') finish();
      }
      browser.tabs.onUpdated.addListener(onUpdated);
    });
    try {
      await browser.tabs.update(tabId, { url: withTextFragment(pageUrl, target.text, target.lang) });
    } catch {
      return { found: false };
    }
    await loaded;
    const shown = await client.highlight(tabId, target);
    // Not readable any more: the page is there, and the browser marks the sentence from the fragment.
    return shown.found ? shown : { found: true };
  }

  /** Answers the popup's and the side panel's requests; returns the unsubscribe. */
  function serve(): () => void {
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      if (isPagesRequest(message)) return readAllPages(message.tabId);
      if (isShowOnPageRequest(message)) return showOnPage(message.tabId, message.pageUrl, message.target);
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }

  return { readAllPages, showOnPage, serve };
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
/**
 * `url` with a text fragment that finds `text` (https://wicg.github.io/scroll-to-text-fragment/):
 * the whole sentence when short, else its first and last words (`start,end`), cut at word
 * boundaries (a fragment matches whole words only; Japanese words come from Intl.Segmenter).
 * Characters of the syntax itself (`-`, `,`, `&`) are escaped.
 */
export function withTextFragment(url: string, text: string, lang?: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  let directive = enc(clean);
  if (clean.length > FRAGMENT_WHOLE_CHARS) {
    const words = Array.from(getSegmenter(lang ?? '', 'word').segment(clean), (w) => w.segment);
    let start = '';
    for (let i = 0; i < words.length && start.trim().length < FRAGMENT_END_CHARS; i++) start += words[i];
    let end = '';
    for (let i = words.length - 1; i >= 0 && end.trim().length < FRAGMENT_END_CHARS; i--) end = words[i] + end;
    if (start.length + end.length < clean.length) directive = `${enc(start.trim())},${enc(end.trim())}`;
  }
  return `${stripHash(url)}#:~:text=${directive}`;
}

/** A sentence this short goes into a text fragment whole. */
const FRAGMENT_WHOLE_CHARS = 80;
/** Characters at least of each end of a longer one. */
const FRAGMENT_END_CHARS = 24;
