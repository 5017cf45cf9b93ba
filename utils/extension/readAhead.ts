import type { WxtBrowser as Browser } from 'wxt/browser';
import type { Article } from '../engine/model';
import { decodeLoadOutcome, isReadAheadRequest, type LoadOutcome, type ReadAheadRequest, type Summary, type WireLoadOutcome } from './protocol';

/**
 * Reads started by a toolbar click (Chrome, utils/extension/toolbar.ts): the background reads the tab while
 * Chrome builds the popup, and the popup takes that read instead of reading the tab again.
 */

/**
 * How long a read started by a click waits for the popup that the click opens. Chrome builds a
 * popup in well under a second; a read nobody took by then is dropped.
 */
export const READ_AHEAD_TTL_MS = 20_000;

/** Popup: the background's read of this tab, or null when there is none (then the popup reads the tab itself). */
export async function takeReadAhead(browser: Browser, tabId: number): Promise<LoadOutcome | null> {
  try {
    const taken = decodeLoadOutcome(await browser.runtime.sendMessage({ type: 'sift:take-read-ahead', tabId } satisfies ReadAheadRequest));
    // Tells the bench and the tests that the popup showed the click's read (not a read of its own).
    if (taken) performance.mark('sift:read-ahead');
    return taken;
  } catch {
    return null;
  }
}

/**
 * Background: `start(tabId, url)` reads a tab for a popup about to open (`url`: what the tab showed
 * at the click), and picks its key points with `summarize` when given (the popup then only renders
 * them); `serve()` answers the popup's `sift:take-read-ahead` with that read, once, while the tab
 * still shows that URL (else null: the popup reads the page it is on). Returns the unsubscribe.
 */
/** What a read-ahead needs of the ArticleClient (utils/extension/articleClient.ts): to load a tab and to send its article. */
export interface ArticleLoader {
  loadArticle(tabId: number): Promise<LoadOutcome>;
  wireArticle(article: Article): string;
}

export function createReadAheads(browser: Browser, client: ArticleLoader, summarize?: (article: Article) => Promise<Summary>) {
  const reads = new Map<number, { outcome: Promise<LoadOutcome>; url: string | undefined; started: number }>();

  function start(tabId: number, url: string | undefined): void {
    const now = Date.now();
    for (const [id, read] of reads) if (now - read.started > READ_AHEAD_TTL_MS) reads.delete(id);
    const outcome = client.loadArticle(tabId).then((loaded) =>
      loaded.kind === 'article' && summarize
        ? summarize(loaded.article).then(
            (summary) => ({ ...loaded, summary }),
            () => loaded,
          )
        : loaded,
    );
    reads.set(tabId, { outcome, url, started: now });
  }

  function toWire(outcome: LoadOutcome): WireLoadOutcome {
    return outcome.kind === 'article' ? { ...outcome, article: client.wireArticle(outcome.article) } : outcome;
  }

  function serve(): () => void {
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isReadAheadRequest(message)) return undefined;
      const read = reads.get(message.tabId);
      reads.delete(message.tabId);
      if (!read || Date.now() - read.started > READ_AHEAD_TTL_MS) return Promise.resolve(null);
      // A popup opened later (after a failed openPopup) on a tab that has moved on must not show the old page.
      const shown = browser.tabs.get(message.tabId).then(
        (tab) => tab?.url,
        () => undefined,
      );
      return Promise.all([read.outcome, shown]).then(([outcome, url]) => (url === read.url ? toWire(outcome) : null));
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }

  return { start, serve };
}

export type ReadAheads = ReturnType<typeof createReadAheads>;
