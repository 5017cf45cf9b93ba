/**
 * Background: picks key points for the popup and the side panel (protocol.ts `SummarizeRequest`).
 * The summarizer and its tables stay out of the pages' code: the popup is a view of what the
 * background and the content script produce. A summarizer that throws answers with the error and
 * its detail, for the error state.
 */
import type { WxtBrowser as Browser } from 'wxt/browser';
import type { Article, KeyPoint } from '../engine/model';
import { decodeArticle, describeError, isSummarizeRequest, type SummaryAnswer } from './protocol';

export function createKeyPointService(browser: Browser, summarize: (article: Article, points: number) => KeyPoint[]) {
  function answer(encoded: string, points: number): SummaryAnswer {
    const article = decodeArticle(encoded);
    if (!article) return { ok: false, error: 'the article to summarize is not one' };
    try {
      return { ok: true, keyPoints: summarize(article, points) };
    } catch (e) {
      const { message, detail } = describeError(e, 'summarize');
      return { ok: false, error: message, detail };
    }
  }

  /** Answers the pages' requests; returns the unsubscribe. */
  function serve(): () => void {
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isSummarizeRequest(message)) return undefined;
      return Promise.resolve(answer(message.article, message.points));
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }

  return { answer, serve };
}
