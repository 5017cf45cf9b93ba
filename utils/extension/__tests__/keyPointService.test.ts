import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { createKeyPointService } from '../keyPointService';
import { decodeAttributionAnswer, decodeSummaryAnswer, encodeArticle, isAttributeRequest, isSummarizeRequest } from '../protocol';
import { emptyArticle } from './emptyArticle';
import type { Article, KeyPoint, Quote } from '../../engine/model';

const browser = fakeBrowser as unknown as WxtBrowser;
const article: Article = { ...emptyArticle('https://news.example/k'), blocks: [{ index: 0, kind: 'paragraph', text: 'Prices rose. Rates held.' }] };
const point: KeyPoint = { text: 'Prices rose.', origin: 'sift', score: 0.5, blockIndex: 0, sentenceIndex: 0, start: 0, end: 12 };

describe('key points picked in the background for the popup and the side panel', () => {
  it('answers the points of the article sent, and a summarizer that throws with its detail', () => {
    const service = createKeyPointService(browser, { summarize: (_a, n) => Array(n).fill(point), attribute: () => ({ citing: [], quotes: [] }) });
    expect(service.answer(encodeArticle(article), 3)).toEqual({ ok: true, keyPoints: [point, point, point] });
    const broken = createKeyPointService(browser, {
      summarize: () => {
        throw new TypeError('x is null');
      },
      attribute: () => {
        throw new TypeError('y is null');
      },
    });
    expect(broken.answer(encodeArticle(article), 5)).toMatchObject({
      ok: false,
      error: 'x is null',
      detail: expect.stringMatching(/^summarize: TypeError: x is null/),
    });
    expect(service.answer('not json', 5)).toMatchObject({ ok: false });
    expect(service.attribution(encodeArticle(article))).toEqual({ ok: true, citing: [], quotes: [] });
    expect(broken.attribution(encodeArticle(article))).toMatchObject({ ok: false, detail: expect.stringMatching(/^attribute: TypeError: y is null/) });
  });

  it('attribution answers are checked against the article: places outside its blocks are refused', () => {
    const quote: Quote = { text: 'Prices rose.', anonymous: false, blockIndex: 0, start: 0, end: 12 };
    expect(isAttributeRequest({ type: 'sift:attribute', article: '{}' })).toBe(true);
    expect(isAttributeRequest({ type: 'sift:attribute' })).toBe(false);
    expect(decodeAttributionAnswer({ ok: true, citing: [], quotes: [quote] }, article)).toEqual({ ok: true, citing: [], quotes: [quote] });
    expect(decodeAttributionAnswer({ ok: true, citing: [], quotes: [{ ...quote, blockIndex: 3 }] }, article)).toBeNull();
    expect(decodeAttributionAnswer({ ok: true, citing: [[]], quotes: [] }, article)).toBeNull();
    expect(decodeAttributionAnswer({ ok: true, citing: [], quotes: [{ ...quote, speaker: 7 }] }, article)).toBeNull();
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
