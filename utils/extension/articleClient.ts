/**
 * The extension runtime (utils/extension/): reaching a tab, caching, read-ahead, toolbar, settings,
 * the side panel's auto mode, and the protocol between contexts (protocol.ts). It imports the engine
 * (utils/engine/), never the CLI. This file is the one way the UI reaches a tab.
 */
import type { WxtBrowser as Browser } from 'wxt/browser';
import type { Article } from '../engine/model';
import {
  decodeArticle,
  decodeAttributionAnswer,
  type AttributeRequest,
  type AttributionAnswer,
  decodeExtractResult,
  decodeLoadOutcome,
  decodeSummaryAnswer,
  encodeArticle,
  type LoadOutcome,
  type PageMessage,
  type PagesRequest,
  type ReceivedExtractResult,
  type ShowOnPageRequest,
  type SummarizeRequest,
  type SummaryAnswer,
} from './protocol';
import type { HighlightResult, HighlightTarget } from '../engine/page/highlighter';
import { takeReadAhead } from './readAhead';
import { classifyTabUrl, isNoAccessError, isRestrictedError } from './tabAccess';

/** The script injected into a tab to read it (`entrypoints/content-script.ts`, an unlisted script: see there why). */
const CONTENT_SCRIPT_FILE = '/content-script.js';
/** The script injected into a tab the first time the reader asks to see something in it (`entrypoints/page-highlighter.ts`). */
const HIGHLIGHTER_FILE = '/page-highlighter.js';

/**
 * How long a page may take to answer. A page that never finishes loading or a frozen tab ends
 * in a clear message with a retry, never in an endless spinner.
 */
const EXTRACT_TIMEOUT_MS = 15_000;

/** executeScript errors that mean the page navigated or reloaded under us: worth one more try. */
const NAVIGATED = /Frame with ID \d+ was removed|document (was )?unloaded|navigat|No frame with id|back\/forward cache/i;

export class Timeout extends Error {}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface CacheEntry {
  url: string;
  /** An article read over several pages is this tab's article on each of them. */
  pages?: string[];
  /** The article as `encodeArticle` text (one string is stored and read back much faster than the object). */
  article: string;
}

const cacheKey = (tabId: number) => `article:${tabId}`;

/**
 * What an injection that threw means for the reader (`open`: the tab is still there).
 * @param url the tab's URL, when Sift may see it
 */
export function injectionFailure(e: unknown, url: string | undefined, open: boolean): Exclude<LoadOutcome, { kind: 'article' }> {
  const message = e instanceof Error ? e.message : String(e);
  if (!open) return { kind: 'gone' };
  if (e instanceof Timeout) return { kind: 'timeout' };
  if (isRestrictedError(message)) return { kind: 'restricted', url };
  if (isNoAccessError(message)) return { kind: 'no-access' };
  return { kind: 'error', message, detail: `executeScript: ${message}` };
}

/**
 * The one way the popup and the side panel reach a tab: inject the content script on demand,
 * cache the Article per tab and URL in `storage.session`, send highlight requests.
 * Components get this client instead of calling `browser.*` themselves.
 */
export function createArticleClient(browser: Browser) {
  /** The wire text of articles this client produced, so that serving one does not encode it again. */
  const encodedOf = new WeakMap<Article, string>();

  async function getTab(tabId: number) {
    try {
      return await browser.tabs.get(tabId);
    } catch {
      return null;
    }
  }

  async function readCache(tabId: number, url: string | undefined): Promise<Article | null> {
    if (!url) return null;
    try {
      const key = cacheKey(tabId);
      const got = (await browser.storage.session.get(key)) as Record<string, CacheEntry | undefined>;
      const entry = got[key];
      // A page loaded to show a point carries a text fragment (`#:~:text=…`): still that page.
      const at = url.replace(/#:~:.*$/, '');
      const article = entry && (entry.url === at || entry.pages?.includes(at)) ? decodeArticle(entry.article) : null;
      if (article) encodedOf.set(article, entry!.article);
      return article;
    } catch {
      return null;
    }
  }

  /** Caches a tab's article as its wire text; an article read over several pages, under each page's address. */
  async function writeCache(tabId: number, article: Article, encoded: string): Promise<void> {
    const pages = article.pages?.map((p) => p.url);
    try {
      await browser.storage.session.set({ [cacheKey(tabId)]: { url: article.url, article: encoded, ...(pages ? { pages } : {}) } satisfies CacheEntry });
    } catch {
      // Quota or a closed session store: the cache is an optimisation, never a reason to fail.
    }
  }

  /**
   * Runs the content script. On a page still loading it runs at once on what has arrived
   * (the side panel reads the tab again when it finishes), instead of waiting for a load that may never end.
   */
  async function inject(tabId: number, stillLoading = false): Promise<ReceivedExtractResult | undefined> {
    const results = await withTimeout(
      browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE], injectImmediately: stillLoading }),
      EXTRACT_TIMEOUT_MS,
    );
    return decodeExtractResult(results?.[0]?.result);
  }

  let preloaded: { tabId: number; outcome: Promise<LoadOutcome> } | null = null;

  /**
   * Starts reading a tab before the UI that shows it is ready (the popup calls it first thing, so
   * the page is read while the UI's code loads). The next `loadArticle` of that tab takes this result.
   * With `readAhead`, the result is the read the toolbar click started in the background
   * (utils/extension/readAhead.ts), when there is one.
   */
  function preload(tabId: number, options: { readAhead?: boolean } = {}): void {
    const outcome = options.readAhead ? takeReadAhead(browser, tabId).then((taken) => taken ?? load(tabId, {})) : load(tabId, {});
    preloaded = { tabId, outcome };
  }

  /** An article this client produced, as its wire text (kept from the page or the cache, not encoded again). */
  function wireArticle(article: Article): string {
    return encodedOf.get(article) ?? encodeArticle(article);
  }

  /** Loads the article of a tab: from the cache when the tab still shows the same URL, else from the page. */
  function loadArticle(tabId: number, options: { force?: boolean } = {}): Promise<LoadOutcome> {
    const early = preloaded?.tabId === tabId ? preloaded : null;
    if (early) preloaded = null;
    return early && !options.force ? early.outcome : load(tabId, options);
  }

  async function load(tabId: number, options: { force?: boolean }): Promise<LoadOutcome> {
    const tab = await getTab(tabId);
    if (!tab) return { kind: 'gone' };
    if (classifyTabUrl(tab.url) === 'restricted') return { kind: 'restricted', url: tab.url };
    if (!options.force) {
      const cached = await readCache(tabId, tab.url);
      if (cached) return { kind: 'article', article: cached, fromCache: true };
    }
    let result: ReceivedExtractResult | undefined;
    try {
      const loading = tab.status === 'loading';
      result = await inject(tabId, loading).catch((e: unknown) => {
        if (e instanceof Error && NAVIGATED.test(e.message)) return inject(tabId, loading);
        throw e;
      });
    } catch (e) {
      return injectionFailure(e, tab.url, !!(await getTab(tabId)));
    }
    if (!result) {
      if (!(await getTab(tabId))) return { kind: 'gone' };
      // The browser answered without running the script: Firefox does so on its own pages
      // (about:, its PDF viewer and reader view), whose URL it does not even show Sift.
      return { kind: 'restricted', url: tab.url };
    }
    if (!result.ok) return { kind: 'error', message: result.error, ...(result.detail ? { detail: result.detail } : {}) };
    // Not awaited: the reader waits for the article, not for the cache (other Sift pages see it when it lands).
    void writeCache(tabId, result.article, result.encoded);
    encodedOf.set(result.article, result.encoded);
    return { kind: 'article', article: result.article, fromCache: false };
  }

  /**
   * Sends a request to the page's highlighter, injecting it first for a highlight (it installs
   * itself once per page; a clear needs none: without it there is nothing to clear).
   */
  async function send(tabId: number, message: PageMessage): Promise<HighlightResult> {
    try {
      if (message.type === 'sift:highlight') await browser.scripting.executeScript({ target: { tabId }, files: [HIGHLIGHTER_FILE] });
      return ((await browser.tabs.sendMessage(tabId, message)) as HighlightResult) ?? { found: false };
    } catch {
      return { found: false };
    }
  }

  /**
   * Calls `listener` when another of Sift's pages reads this tab's article (the popup, after a toolbar
   * click grants access): a side panel waiting on "Summarize this tab" then shows it without a click.
   */
  function watchArticle(tabId: number, listener: (article: Article) => void): () => void {
    const key = cacheKey(tabId);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const entry = area === 'session' ? (changes[key]?.newValue as CacheEntry | undefined) : undefined;
      const article = decodeArticle(entry?.article);
      if (article) listener(article);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }

  return {
    preload,
    loadArticle,
    wireArticle,
    watchArticle,
    cacheArticle: writeCache,
    /** Key points of `article` (read by this client), picked by the background (utils/extension/keyPointService.ts). */
    keyPoints: async (article: Article, points: number): Promise<SummaryAnswer> =>
      decodeSummaryAnswer(
        await browser.runtime.sendMessage({ type: 'sift:summarize', article: wireArticle(article), points } satisfies SummarizeRequest),
        article,
      ) ?? { ok: false, error: 'no key points from the background' },
    /** Where `article`'s sources are cited and who said what, from the background (utils/extension/keyPointService.ts). */
    attribution: async (article: Article): Promise<AttributionAnswer> =>
      decodeAttributionAnswer(
        await browser.runtime.sendMessage({ type: 'sift:attribute', article: wireArticle(article) } satisfies AttributeRequest),
        article,
      ) ?? {
        ok: false,
        error: 'no attribution from the background',
      },
    /**
     * "Read all pages" of the tab's article. The background does it (utils/extension/pageReader.ts), so
     * that it goes on when the popup closes, and the whole article lands in the cache for every Sift page.
     */
    readAllPages: async (tabId: number): Promise<LoadOutcome> =>
      decodeLoadOutcome(await browser.runtime.sendMessage({ type: 'sift:read-pages', tabId } satisfies PagesRequest)) ?? {
        kind: 'error',
        message: 'no answer from the background',
      },
    /** Scrolls the page to `target` and highlights it; on another page of the article (`pageUrl`), the background loads that page first. */
    highlight: async (tabId: number, target: HighlightTarget, pageUrl?: string): Promise<HighlightResult> =>
      pageUrl
        ? (((await browser.runtime.sendMessage({
            type: 'sift:show-on-page',
            tabId,
            pageUrl,
            target,
          } satisfies ShowOnPageRequest)) as HighlightResult | null) ?? {
            found: false,
          })
        : send(tabId, { type: 'sift:highlight', target }),
    clearHighlight: (tabId: number) => send(tabId, { type: 'sift:clear-highlight' }),
    /** Drops the cached article of a closed tab. */
    forget: (tabId: number) => browser.storage.session.remove(cacheKey(tabId)).catch(() => {}),
  };
}

export type ArticleClient = ReturnType<typeof createArticleClient>;
