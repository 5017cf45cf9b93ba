/**
 * Background: picks key points for the popup and the side panel (protocol.ts `SummarizeRequest`),
 * and, once they are shown, where each source is cited and who said what (`AttributeRequest`).
 * The summarizer, the sentence splitter and their tables stay out of the pages' code: the popup is
 * a view of what the background and the content script produce. A step that throws answers with
 * the error and its detail, for the error state.
 */
import type { WxtBrowser as Browser } from 'wxt/browser';
import type { Article, KeyPoint } from '../engine/model';
import type { Attribution } from '../engine/attribution';
import { decodeArticle, describeError, isAttributeRequest, isSummarizeRequest, type AttributionAnswer, type SummaryAnswer } from './protocol';

export interface KeyPointServiceEngine {
  summarize: (article: Article, points: number) => KeyPoint[];
  attribute: (article: Article) => Attribution;
}

export function createKeyPointService(browser: Browser, engine: KeyPointServiceEngine) {
  function answer(encoded: string, points: number): SummaryAnswer {
    const article = decodeArticle(encoded);
    if (!article) return { ok: false, error: 'the article to summarize is not one' };
    try {
      return { ok: true, keyPoints: engine.summarize(article, points) };
    } catch (e) {
      const { message, detail } = describeError(e, 'summarize');
      return { ok: false, error: message, detail };
    }
  }

  function attribution(encoded: string): AttributionAnswer {
    const article = decodeArticle(encoded);
    if (!article) return { ok: false, error: 'the article to read is not one' };
    try {
      return { ok: true, ...engine.attribute(article) };
    } catch (e) {
      const { message, detail } = describeError(e, 'attribute');
      return { ok: false, error: message, detail };
    }
  }

  /** Answers the pages' requests; returns the unsubscribe. */
  function serve(): () => void {
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      if (isSummarizeRequest(message)) return Promise.resolve(answer(message.article, message.points));
      if (isAttributeRequest(message)) return Promise.resolve(attribution(message.article));
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }

  return { answer, attribution, serve };
}
