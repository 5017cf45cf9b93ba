/**
 * The script Sift injects into a tab on demand (`scripting.executeScript`) to read it: its
 * completion value is the page's Article in the wire form of utils/extension/protocol.ts. Highlighting is
 * another script (entrypoints/page-highlighter.ts), injected only when the reader asks to see a
 * point in the page, so that every read parses only what a read needs.
 *
 * Built as an unlisted script, not a WXT content script: WXT's content-script context brings the
 * webextension-polyfill and a location watcher into every injection (about 4 KB gzip) for nothing
 * this script uses.
 */
import { extractArticle } from '@/utils/engine/article/extractArticle';
import { describeError, encodeExtractResult, type WireExtractResult } from '@/utils/extension/protocol';

export default defineUnlistedScript((): WireExtractResult => {
  try {
    return encodeExtractResult({ ok: true, article: extractArticle(document, location.href) });
  } catch (e) {
    // A bug, not a page Sift cannot read: the reader gets the error state with a detail to report.
    const { message, detail } = describeError(e, 'extract');
    return { ok: false, error: message, detail };
  }
});
