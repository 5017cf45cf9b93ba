import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { createKeyPointService } from '../keyPointService';
import { decodeSummaryAnswer, encodeArticle, isSummarizeRequest } from '../protocol';
import { emptyArticle } from './emptyArticle';
import type { Article, KeyPoint } from '../../engine/model';

const browser = fakeBrowser as unknown as WxtBrowser;
const article: Article = { ...emptyArticle('https://news.example/k'), blocks: [{ index: 0, kind: 'paragraph', text: 'Prices rose. Rates held.' }] };
const point: KeyPoint = { text: 'Prices rose.', origin: 'sift', score: 0.5, blockIndex: 0, sentenceIndex: 0, start: 0, end: 12 };

describe('key points picked in the background for the popup and the side panel', () => {
  it('answers the points of the article sent, and a summarizer that throws with its detail', () => {
    const service = createKeyPointService(browser, (_a, n) => Array(n).fill(point));
    expect(service.answer(encodeArticle(article), 3)).toEqual({ ok: true, keyPoints: [point, point, point] });
    const broken = createKeyPointService(browser, () => {
      throw new TypeError('x is null');
    });
    expect(broken.answer(encodeArticle(article), 5)).toMatchObject({
      ok: false,
      error: 'x is null',
      detail: expect.stringMatching(/^summarize: TypeError: x is null/),
    });
    expect(service.answer('not json', 5)).toMatchObject({ ok: false });
  });

  it('requests and answers are checked: points of another article are refused', () => {
    expect(isSummarizeRequest({ type: 'sift:summarize', article: '{}', points: 5 })).toBe(true);
    expect(isSummarizeRequest({ type: 'sift:summarize', article: {}, points: 5 })).toBe(false);
    expect(decodeSummaryAnswer({ ok: true, keyPoints: [point] }, article)).toEqual({ ok: true, keyPoints: [point] });
    expect(decodeSummaryAnswer({ ok: true, keyPoints: [{ ...point, blockIndex: 4 }] }, article)).toBeNull();
    expect(decodeSummaryAnswer({ ok: false, error: 'boom', detail: 'summarize: Error: boom' }, article)).toEqual({
      ok: false,
      error: 'boom',
      detail: 'summarize: Error: boom',
    });
  });
});
