import { describe, expect, it } from 'vitest';
import {
  decodeArticle,
  decodeExtractResult,
  decodeLoadOutcome,
  decodeReadPagesResult,
  describeError,
  encodeArticle,
  encodeExtractResult,
  isPageMessage,
  isPagesRequest,
  isShowOnPageRequest,
} from '../protocol';
import { emptyArticle as article } from './emptyArticle';
import { articleBodyOf } from '../../engine/article/blocks';
import type { Article } from '../../engine/model';

describe('isPageMessage', () => {
  it('accepts the messages the content script understands', () => {
    expect(isPageMessage({ type: 'sift:highlight', target: { text: 'A sentence.' } })).toBe(true);
    expect(isPageMessage({ type: 'sift:highlight', target: { text: 'Link', url: 'https://a.example/' } })).toBe(true);
    expect(isPageMessage({ type: 'sift:clear-highlight' })).toBe(true);
  });

  it.each([
    null,
    'sift:highlight',
    {},
    { type: 'other' },
    { type: 'sift:highlight' },
    { type: 'sift:highlight', target: { text: 5 } },
    { type: 'sift:highlight', target: { text: 'x', url: 7 } },
    { type: 'sift:highlight', target: { text: 'x'.repeat(5000) } },
  ])('ignores %j', (message) => {
    expect(isPageMessage(message)).toBe(false);
  });
});

describe('the content script answer on the wire', () => {
  const article: Article = {
    url: 'https://news.example/a',
    title: 'T',
    lang: 'en',
    dir: 'ltr',
    readingTimeMinutes: 1,
    blocks: [
      { index: 0, kind: 'heading', text: 'Heading', level: 2 },
      { index: 1, kind: 'paragraph', text: 'First paragraph.' },
      { index: 2, kind: 'caption', text: 'A photo.' },
      { index: 3, kind: 'list-item', text: 'An item.' },
    ],
    articleBody: 'Heading\nFirst paragraph.\nAn item.',
    outline: [{ text: 'Heading', level: 2, blockIndex: 0, children: [] }],
    authorKeyPoints: [{ text: 'A point.' }],
    sources: [],
    extraction: { method: 'readability', isArticle: true, partial: false, ms: { readability: 1, total: 2 } },
  };

  it('is one string without the body, and decodes to the same article', () => {
    const wire = encodeExtractResult({ ok: true, article });
    expect(wire.ok && typeof wire.article).toBe('string');
    expect(wire.ok && wire.article).not.toContain('articleBody');
    const back = decodeExtractResult(wire);
    expect(back).toEqual({ ok: true, article, encoded: wire.ok && wire.article });
    // The body is rebuilt from the blocks exactly as the extractor builds it.
    expect(back?.ok && back.article.articleBody).toBe(articleBodyOf(article.blocks));
  });

  it('passes errors through and tells a missing answer from a malformed one', () => {
    expect(decodeExtractResult({ ok: false, error: 'boom' })).toEqual({ ok: false, error: 'boom' });
    expect(decodeExtractResult(undefined)).toBeUndefined();
    expect(decodeExtractResult(null)).toBeUndefined();
    expect(decodeExtractResult({ ok: 'yes' })).toBeUndefined();
    for (const bad of ['{', '"text"', '{"url":"x"}', JSON.stringify({ ...article, blocks: [{ text: 5 }] }), 42]) {
      expect(decodeExtractResult({ ok: true, article: bad })).toMatchObject({ ok: false });
    }
    expect(decodeArticle('not json')).toBeNull();
    expect(decodeArticle({ url: 'x' })).toBeNull();
  });
});

describe('describeError: a bug reaches the reader as an error with a detail to report', () => {
  function failing(): never {
    const blocks = null as unknown as { text: string }[];
    return blocks[0].text as never; // a TypeError, as a bug throws it
  }

  it('gives a one-line message and a detail with the step, the error and the top of its stack', () => {
    let thrown: unknown;
    try {
      failing();
    } catch (e) {
      thrown = e;
    }
    const { message, detail } = describeError(thrown, 'extract');
    expect(message).toMatch(/null/);
    expect(message).not.toContain('\n');
    const lines = detail.split('\n');
    expect(lines[0]).toBe(`extract: TypeError: ${message}`);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(7);
    expect(lines.slice(1).every((l) => /^at |@/.test(l))).toBe(true);
  });

  it('takes what is thrown even when it is not an Error, and cuts a huge one', () => {
    expect(describeError('plain text', 'render')).toEqual({ message: 'plain text', detail: 'render: string: plain text' });
    expect(describeError(new Error(''), 'summarize').message).toBe('Error');
    expect(describeError(new RangeError('x'.repeat(5000)), 'summarize').detail.length).toBe(1200);
  });

  it('crosses contexts with the result and the load outcome, cut to the same length', () => {
    expect(decodeExtractResult({ ok: false, error: 'boom', detail: 'extract: Error: boom' })).toEqual({
      ok: false,
      error: 'boom',
      detail: 'extract: Error: boom',
    });
    expect(decodeExtractResult({ ok: false, error: 'boom', detail: 7 })).toEqual({ ok: false, error: 'boom' });
    expect(decodeLoadOutcome({ kind: 'error', message: 'boom', detail: 'd'.repeat(3000) })).toEqual({
      kind: 'error',
      message: 'boom',
      detail: 'd'.repeat(1200),
    });
  });
});

describe('"Read all pages" on the wire', () => {
  const whole = { ...article('https://news.example/a'), pages: [{ url: 'https://news.example/a', title: 'A' }] };
  it('an article with its pages report crosses as a load outcome; a malformed report is dropped, not trusted', () => {
    const stopped = { reason: 'failed', url: 'https://news.example/a?page=3', page: 3, detail: 'HTTP 404' };
    const wire = { kind: 'article', article: encodeArticle(whole), fromCache: false, pages: { read: 2, singlePage: false, stopped } };
    expect(decodeLoadOutcome(wire)).toMatchObject({ kind: 'article', pages: { read: 2, singlePage: false, stopped } });
    expect(decodeLoadOutcome({ ...wire, pages: { read: 2, stopped: { ...stopped, reason: 'because' } } })).toMatchObject({
      pages: { read: 2, singlePage: false },
    });
    expect((decodeLoadOutcome({ ...wire, pages: { read: 'two' } }) as { pages?: unknown }).pages).toBeUndefined();
  });
  it('the page reader answers an article and its report, or an error with its detail', () => {
    expect(decodeReadPagesResult({ ok: true, article: encodeArticle(whole), pages: { read: 1, singlePage: true } })).toMatchObject({
      ok: true,
      pages: { read: 1, singlePage: true },
    });
    expect(decodeReadPagesResult({ ok: false, error: 'boom', detail: 'read pages: Error: boom' })).toEqual({
      ok: false,
      error: 'boom',
      detail: 'read pages: Error: boom',
    });
    expect(decodeReadPagesResult(null)).toBeUndefined();
  });
  it('requests to the background are checked before they are served', () => {
    expect(isPagesRequest({ type: 'sift:read-pages', tabId: 3 })).toBe(true);
    expect(isPagesRequest({ type: 'sift:read-pages', tabId: '3' })).toBe(false);
    const show = { type: 'sift:show-on-page', tabId: 3, pageUrl: 'https://news.example/a/3', target: { text: 'A sentence.', blockIndex: 9 } };
    expect(isShowOnPageRequest(show)).toBe(true);
    expect(isShowOnPageRequest({ ...show, target: { text: 7 } })).toBe(false);
    expect(isShowOnPageRequest({ ...show, pageUrl: undefined })).toBe(false);
  });
});
