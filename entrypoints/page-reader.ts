/**
 * Injected into a tab only when the reader clicks "Read all pages": reads this page, then fetches
 * the article's further pages from the tab's own site (with the browser's cookies, so a subscriber
 * gets the pages they can read), parses each with DOMParser (no script of theirs runs, nothing
 * they link to is loaded) and reads it with the same engine (utils/engine/article/readPages.ts).
 * Its completion value is a WireReadPagesResult (utils/extension/protocol.ts).
 *
 * Its own script, not part of content-script.js: every read would otherwise parse code that
 * only this click needs. An unlisted script without the polyfill, as the content script.
 */
import { extractArticle } from '@/utils/engine/article/extractArticle';
import { parsePage, readAllPages, type PageFetcher } from '@/utils/engine/article/readPages';
import { describeError, encodeArticle, type WireReadPagesResult } from '@/utils/extension/protocol';

/** The charset a page declares (its Content-Type, else a `<meta>` near its start), utf-8 when none. */
function charsetOf(contentType: string | null, bytes: Uint8Array): string {
  // The page's start as latin1, from the whole page: Firefox refuses `subarray` and `slice` on bytes
  // that came from the page's own fetch (they belong to the page's compartment).
  const start = () => new TextDecoder('latin1').decode(bytes).slice(0, 2048);
  const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(start())?.[1];
  try {
    return declared ? new TextDecoder(declared).encoding : 'utf-8';
  } catch {
    return 'utf-8';
  }
}

const fetchPage: PageFetcher = async (url, signal) => {
  const response = await fetch(url, { credentials: 'include', signal, redirect: 'follow' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const type = response.headers.get('content-type');
  if (type && !/html/i.test(type)) throw new Error(`not a web page (${type.split(';')[0]})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { html: new TextDecoder(charsetOf(type, bytes)).decode(bytes), url: response.url || url };
};

export default defineUnlistedScript(async (): Promise<WireReadPagesResult> => {
  try {
    const first = extractArticle(document, location.href);
    const parser = new DOMParser();
    const result = await readAllPages(first, { fetchPage, parse: (html, url) => parsePage(parser, html, url), extract: extractArticle });
    return {
      ok: true,
      article: encodeArticle(result.article),
      pages: { read: result.pagesRead, singlePage: result.singlePage, ...(result.stopped ? { stopped: result.stopped } : {}) },
    };
  } catch (e) {
    const { message, detail } = describeError(e, 'read pages');
    return { ok: false, error: message, detail };
  }
});
