import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { createArticleClient } from '../articleClient';
import { createReadAheads, READ_AHEAD_TTL_MS } from '../readAhead';
import { emptyArticle as article } from './emptyArticle';
import { decodeLoadOutcome, encodeArticle } from '../protocol';

describe('read-ahead (toolbar click → popup)', () => {
  const PAGE = 'https://news.example/h';
  const browser = fakeBrowser as unknown as WxtBrowser;
  let executeScript: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    executeScript = vi.fn().mockImplementation(async () => [{ result: { ok: true, article: encodeArticle(article(PAGE)) } }]);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
    // runtime messaging between the two clients below, with the sender Chromium would give (this extension).
    const listeners: ((m: unknown, sender: { id?: string }) => unknown)[] = [];
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => void listeners.push(l as never));
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      for (const l of listeners) {
        const answer = l(JSON.parse(JSON.stringify(m)), { id: fakeBrowser.runtime.id });
        if (answer !== undefined) return JSON.parse(JSON.stringify(await answer)); // messages cross as JSON
      }
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
  });

  /** The background as a toolbar click on tab `id` (showing PAGE) leaves it: serving, with a read started. */
  function clickRead(id: number, summarize?: Parameters<typeof createReadAheads>[2]) {
    const background = createReadAheads(browser, createArticleClient(browser), summarize);
    background.serve();
    background.start(id, PAGE);
  }

  /** What a popup opened by the click on tab `id` shows: it takes the background's read, or reads the tab. */
  function popupLoad(id: number) {
    const popup = createArticleClient(browser);
    popup.preload(id, { readAhead: true });
    return popup.loadArticle(id);
  }

  it("the popup takes the background's read of the tab instead of reading it again, once", async () => {
    const id = (await fakeBrowser.tabs.create({ url: PAGE })).id!;
    clickRead(id);
    const outcome = await popupLoad(id);
    expect(outcome).toMatchObject({ kind: 'article', fromCache: false });
    expect(outcome.kind === 'article' && outcome.article.title).toBe('T');
    expect(executeScript).toHaveBeenCalledTimes(1);
    // Taken: a second popup asks, gets nothing, and reads (here from the cache the first read wrote).
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.storage.session.get())).toContain(`article:${id}`));
    expect(await popupLoad(id)).toMatchObject({ kind: 'article', fromCache: true });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('hands over the key points the background picked with the read, and the article alone when picking failed', async () => {
    const id = (await fakeBrowser.tabs.create({ url: PAGE })).id!;
    const keyPoints = [{ text: 'A sentence.', origin: 'sift', score: 0.5, blockIndex: -1, sentenceIndex: 0, start: 0, end: 11 }];
    clickRead(id, async () => ({ points: 3, keyPoints: keyPoints as never }));
    expect(await popupLoad(id)).toMatchObject({ kind: 'article', summary: { points: 3, keyPoints } });

    clickRead(id, () => Promise.reject(new Error('no')));
    const outcome = await popupLoad(id);
    expect(outcome).toMatchObject({ kind: 'article' });
    expect(outcome.kind === 'article' && outcome.summary).toBeUndefined();
  });

  it('the popup reads the tab itself when the background has no read of it, or none at all', async () => {
    const id = (await fakeBrowser.tabs.create({ url: PAGE })).id!;
    // No background listening: sendMessage fails.
    expect(await popupLoad(id)).toMatchObject({ kind: 'article', fromCache: false });
    expect(executeScript).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.session.clear();
    createReadAheads(browser, createArticleClient(browser)).serve(); // listening, but this tab was not clicked
    expect(await popupLoad(id)).toMatchObject({ kind: 'article', fromCache: false });
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('a read of a page the tab has since left is not handed out: the popup reads the page it is on', async () => {
    const id = (await fakeBrowser.tabs.create({ url: PAGE })).id!;
    clickRead(id);
    await fakeBrowser.tabs.update(id, { url: 'https://news.example/next' });
    executeScript.mockImplementation(async () => [{ result: { ok: true, article: encodeArticle(article('https://news.example/next')) } }]);
    const outcome = await popupLoad(id);
    expect(outcome.kind === 'article' && outcome.article.url).toBe('https://news.example/next');
  });

  it('a read nobody took within READ_AHEAD_TTL_MS is not handed out', async () => {
    vi.useFakeTimers();
    try {
      const id = (await fakeBrowser.tabs.create({ url: PAGE })).id!;
      clickRead(id);
      await vi.advanceTimersByTimeAsync(READ_AHEAD_TTL_MS + 1);
      await fakeBrowser.storage.session.clear();
      expect(await popupLoad(id)).toMatchObject({ kind: 'article', fromCache: false });
      expect(executeScript).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("hands over the background's failures as they are (the popup shows the same message)", async () => {
    const background = createReadAheads(browser, createArticleClient(browser));
    background.serve();
    background.start(987654, undefined); // no such tab
    const taken = performance.getEntriesByName('sift:read-ahead').length;
    expect(await popupLoad(987654)).toEqual({ kind: 'gone' });
    expect(performance.getEntriesByName('sift:read-ahead').length).toBe(taken + 1);
  });
});

describe('decodeLoadOutcome', () => {
  it('accepts each outcome and rejects anything else', () => {
    const encoded = encodeArticle(article('https://news.example/i'));
    expect(decodeLoadOutcome({ kind: 'article', article: encoded, fromCache: true })).toMatchObject({
      kind: 'article',
      fromCache: true,
      article: { url: 'https://news.example/i' },
    });
    expect(decodeLoadOutcome({ kind: 'restricted', url: 'chrome://x' })).toEqual({ kind: 'restricted', url: 'chrome://x' });
    expect(decodeLoadOutcome({ kind: 'restricted', url: 5 })).toEqual({ kind: 'restricted' });
    expect(decodeLoadOutcome({ kind: 'no-access', extra: 1 })).toEqual({ kind: 'no-access' });
    expect(decodeLoadOutcome({ kind: 'error' })).toEqual({ kind: 'error', message: 'unknown error' });
    // Key points that are not key points of this article are dropped; the article stays (the UI summarizes).
    const point = { text: 'x', origin: 'sift', score: 1, blockIndex: -1, sentenceIndex: 0, start: 0, end: 1 };
    expect(decodeLoadOutcome({ kind: 'article', article: encoded, fromCache: false, summary: { points: 1, keyPoints: [point] } })).toMatchObject({
      summary: { points: 1 },
    });
    for (const summary of [
      { points: 1, keyPoints: [{ ...point, origin: 'page' }] },
      { points: 1, keyPoints: [{ ...point, blockIndex: 3 }] },
      { points: '1', keyPoints: [] },
      { points: 1 },
      'x',
    ]) {
      const got = decodeLoadOutcome({ kind: 'article', article: encoded, fromCache: false, summary });
      expect(got).toMatchObject({ kind: 'article' });
      expect(got && 'summary' in got).toBe(false);
    }
    for (const junk of [
      null,
      undefined,
      'article',
      3,
      {},
      { kind: 'article', article: '{"title":1}' },
      { kind: 'article', article: { url: 'x' } },
      { kind: 'loading' },
    ]) {
      expect(decodeLoadOutcome(junk)).toBeNull();
    }
  });
});
