/**
 * "Read all pages": the further pages of a multi-page article, fetched and read with the same
 * engine, then merged into one Article (mergePages.ts). The network is the caller's: `fetchPage`
 * (the content script's `fetch`, with the browser's cookies; the CLI's own), so this stays pure.
 *
 * Only the article's own site is ever asked (the first page's registrable domain), at most
 * MAX_PAGES pages, PAGE_TIMEOUT_MS each. Reading stops at a loop, at a page seen before, and at
 * a page that is not this article; what was read is kept, and the first failure is reported.
 */
import type { Article } from '../model';
import { mergePages } from './mergePages';
import { normalizeUrl, sameSite, urlKey } from '../sources/normalizeUrl';
import { bigramDice } from '../text/bigrams';

// ---- Tunables ------------------------------------------------------------------------------
/** Pages read at most, the first included. */
export const MAX_PAGES = 10;
/** Time allowed for one page to arrive. */
export const PAGE_TIMEOUT_MS = 5000;
/** Titles of two pages of one article share at least this much (character bigrams, Dice). */
const SAME_TITLE = 0.5;

/** A page as it arrived: its HTML and its final address (after redirects). Throws when it did not. */
export type PageFetcher = (url: string, signal: AbortSignal) => Promise<{ html: string; url: string }>;

export interface ReadPagesOptions {
  fetchPage: PageFetcher;
  /** Parses HTML into a document whose base URL is `url` (no script runs). */
  parse: (html: string, url: string) => Document;
  /** Reads one page: extractArticle, passed in so that this module does not pull the extractor into what imports it. */
  extract: (doc: Document, url: string) => Article;
  maxPages?: number;
  timeoutMs?: number;
}

/** Why reading ended before the last page. */
export type StopReason = 'limit' | 'loop' | 'repeat' | 'other-article' | 'other-site' | 'failed';

export interface ReadPagesResult {
  /** The whole article (the first page alone when nothing more could be read). */
  article: Article;
  /** Pages read, the first included; 1 when the single-page view was read. */
  pagesRead: number;
  /** True when the article came from its single-page view. */
  singlePage: boolean;
  /** Set when reading ended before the article did (not set when the last page said there is no next). */
  stopped?: { reason: StopReason; url: string; page: number; detail?: string };
}

/** Reads the further pages of `first` (page 1, already read from the live page). */
export async function readAllPages(first: Article, options: ReadPagesOptions): Promise<ReadPagesResult> {
  const maxPages = options.maxPages ?? MAX_PAGES;
  const home = normalizeUrl(first.url);
  if (!home) return { article: first, pagesRead: 1, singlePage: false };
  const load = async (url: string): Promise<Article> => {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error(`no answer in ${(options.timeoutMs ?? PAGE_TIMEOUT_MS) / 1000} s`)),
      options.timeoutMs ?? PAGE_TIMEOUT_MS,
    );
    try {
      const got = await options.fetchPage(url, controller.signal);
      const at = normalizeUrl(got.url) ?? normalizeUrl(url);
      if (!at || !sameSite(at.hostname, home.hostname)) throw new Error('it moved to another site');
      return options.extract(options.parse(got.html, at.href), at.href);
    } finally {
      clearTimeout(timer);
    }
  };

  // The whole article on one page, when the page offers it: one request instead of several.
  const single = first.pagination?.singlePageUrl;
  if (single && onSite(single, home)) {
    try {
      const whole = await load(single);
      if (sameArticle(first, whole) && whole.articleBody.length > first.articleBody.length) {
        const { pagination: _p, nextPageUrl: _n, ...rest } = whole;
        return { article: { ...rest, url: first.url }, pagesRead: 1, singlePage: true };
      }
    } catch {
      // Read the pages one by one instead.
    }
  }

  const pages: Article[] = [first];
  const seen = new Set([first.url, first.canonicalUrl].flatMap((u) => keyOf(u) ?? []));
  const bodies = new Set([fingerprint(first)]);
  let next = first.pagination?.nextUrl;
  let stopped: ReadPagesResult['stopped'];
  while (next) {
    const page = pages.length + 1;
    const key = keyOf(next);
    if (!onSite(next, home)) stopped = { reason: 'other-site', url: next, page };
    else if (!key || seen.has(key)) stopped = { reason: 'loop', url: next, page };
    else if (pages.length >= maxPages) stopped = { reason: 'limit', url: next, page };
    if (stopped) break;
    seen.add(key as string);
    let article: Article;
    try {
      article = await load(next);
    } catch (e) {
      stopped = { reason: 'failed', url: next, page, detail: e instanceof Error ? e.message : String(e) };
      break;
    }
    const print = fingerprint(article);
    if (bodies.has(print)) stopped = { reason: 'repeat', url: next, page };
    else if (!sameArticle(first, article, page)) stopped = { reason: 'other-article', url: next, page };
    if (stopped) break;
    bodies.add(print);
    for (const u of [article.url, article.canonicalUrl]) {
      const k = keyOf(u);
      if (k) seen.add(k);
    }
    pages.push(article);
    next = article.pagination?.nextUrl;
  }
  return { article: mergePages(pages), pagesRead: pages.length, singlePage: false, ...(stopped ? { stopped } : {}) };
}

/**
 * `html` parsed as the page at `url` (never shown; no script runs). Its links resolve against its
 * own address, not the parsing document's, or against the `<base>` the page declares, itself read
 * against the page's address.
 */
export function parsePage(parser: DOMParser, html: string, url: string): Document {
  const doc = parser.parseFromString(html, 'text/html');
  const declared = doc.querySelector('base[href]')?.getAttribute('href');
  let href = url;
  try {
    if (declared) href = new URL(declared, url).href;
  } catch {
    // A base that is not an address: the page's own.
  }
  for (const old of Array.from(doc.querySelectorAll('base'))) old.remove();
  const base = doc.createElement('base');
  base.setAttribute('href', href);
  doc.head.prepend(base);
  return doc;
}

function keyOf(url: string | undefined): string | null {
  const u = url ? normalizeUrl(url) : null;
  return u ? urlKey(u) : null;
}

function onSite(url: string, home: URL): boolean {
  const u = normalizeUrl(url);
  return !!u && sameSite(u.hostname, home.hostname);
}

/** What tells two reads of one page apart: the start of the body and its length. */
function fingerprint(a: Article): string {
  return `${a.articleBody.length}:${a.articleBody.slice(0, 300)}`;
}

/**
 * A further page of the same article: it says it is page `page` of it, or its title is mostly the
 * first page's ("… (2/3)", "… | 2ページ目" keep the headline).
 */
function sameArticle(first: Article, other: Article, page?: number): boolean {
  if (!other.articleBody) return false;
  if (page !== undefined && other.pagination?.current === page && page > 1) return true;
  return bigramDice(first.title, other.title) >= SAME_TITLE;
}
