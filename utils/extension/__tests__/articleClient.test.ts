import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { createArticleClient } from '../articleClient';
import { emptyArticle as article } from './emptyArticle';
import { encodeArticle } from '../protocol';

describe('articleClient.loadArticle', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  const browser = fakeBrowser as unknown as WxtBrowser;

  beforeEach(() => {
    fakeBrowser.reset();
    executeScript = vi.fn();
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  });

  async function tab(url: string) {
    return (await fakeBrowser.tabs.create({ url })).id!;
  }

  it('reads the page once, then answers from the cache for the same URL', async () => {
    const id = await tab('https://news.example/a');
    executeScript.mockResolvedValue([{ result: { ok: true, article: encodeArticle(article('https://news.example/a')) } }]);
    const client = createArticleClient(browser);
    expect(await client.loadArticle(id)).toMatchObject({ kind: 'article', fromCache: false });
    expect(await client.loadArticle(id)).toMatchObject({ kind: 'article', fromCache: true });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(await client.loadArticle(id, { force: true })).toMatchObject({ kind: 'article', fromCache: false });
  });

  it('says a browser page is restricted without trying to inject', async () => {
    const id = await tab('chrome://settings');
    expect(await createArticleClient(browser).loadArticle(id)).toEqual({ kind: 'restricted', url: 'chrome://settings' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('tells missing access from failures', async () => {
    const id = await tab('https://news.example/b');
    executeScript.mockRejectedValueOnce(
      new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'),
    );
    expect(await createArticleClient(browser).loadArticle(id)).toEqual({ kind: 'no-access' });
    executeScript.mockRejectedValueOnce(new Error('Frame with ID 0 is showing error page'));
    expect((await createArticleClient(browser).loadArticle(id)).kind).toBe('restricted');
    executeScript.mockResolvedValueOnce([{ result: { ok: false, error: 'boom' } }]);
    expect(await createArticleClient(browser).loadArticle(id)).toEqual({ kind: 'error', message: 'boom' });
    // An exception in the content script arrives with its detail for a bug report.
    executeScript.mockResolvedValueOnce([
      { result: { ok: false, error: 'x is null', detail: 'extract: TypeError: x is null\nat extract (content-script.js:1:2)' } },
    ]);
    expect(await createArticleClient(browser).loadArticle(id)).toEqual({
      kind: 'error',
      message: 'x is null',
      detail: 'extract: TypeError: x is null\nat extract (content-script.js:1:2)',
    });
    executeScript.mockRejectedValueOnce(new Error('Something the browser said'));
    expect(await createArticleClient(browser).loadArticle(id)).toEqual({
      kind: 'error',
      message: 'Something the browser said',
      detail: 'executeScript: Something the browser said',
    });
  });

  it("says a page is restricted when the browser ran nothing in it (Firefox's own pages, whose URL it hides)", async () => {
    const id = (await fakeBrowser.tabs.create({})).id!;
    executeScript.mockResolvedValueOnce([{ result: null }]);
    expect(await createArticleClient(browser).loadArticle(id)).toEqual({ kind: 'restricted', url: undefined });
    executeScript.mockResolvedValueOnce([]);
    expect((await createArticleClient(browser).loadArticle(id)).kind).toBe('restricted');
  });

  it('reads again once when the page navigated during extraction', async () => {
    const id = await tab('https://news.example/d');
    executeScript
      .mockRejectedValueOnce(new Error('Frame with ID 0 was removed.'))
      .mockResolvedValueOnce([{ result: { ok: true, article: encodeArticle(article('https://news.example/d')) } }]);
    expect(await createArticleClient(browser).loadArticle(id)).toMatchObject({ kind: 'article' });
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('gives up on a page that never answers, with a timeout state', async () => {
    vi.useFakeTimers();
    try {
      const id = await tab('https://news.example/e');
      executeScript.mockReturnValueOnce(new Promise(() => {}));
      const outcome = createArticleClient(browser).loadArticle(id);
      await vi.advanceTimersByTimeAsync(20_000);
      expect(await outcome).toEqual({ kind: 'timeout' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('says the tab is gone when it was closed, before or during extraction', async () => {
    expect(await createArticleClient(browser).loadArticle(424242)).toEqual({ kind: 'gone' });
    const id = await tab('https://news.example/c');
    executeScript.mockImplementationOnce(async () => {
      await fakeBrowser.tabs.remove(id);
      throw new Error('No tab with id');
    });
    expect(await createArticleClient(browser).loadArticle(id)).toEqual({ kind: 'gone' });
  });
});

describe('articleClient cache', () => {
  const browser = fakeBrowser as unknown as WxtBrowser;
  beforeEach(() => fakeBrowser.reset());

  it('keeps the article as its wire text and ignores a cache entry that is not one', async () => {
    const executeScript = vi.fn();
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
    const id = (await fakeBrowser.tabs.create({ url: 'https://news.example/f' })).id!;
    const encoded = encodeArticle(article('https://news.example/f'));
    executeScript.mockResolvedValue([{ result: { ok: true, article: encoded } }]);
    const client = createArticleClient(browser);
    await client.loadArticle(id);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.session.get(`article:${id}`)).toEqual({ [`article:${id}`]: { url: 'https://news.example/f', article: encoded } }),
    );
    // An entry of another shape (an older version's object) is read again from the page, not trusted.
    await fakeBrowser.storage.session.set({ [`article:${id}`]: { url: 'https://news.example/f', article: { title: 'old' } } });
    expect(await client.loadArticle(id)).toMatchObject({ kind: 'article', fromCache: false });
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it("an article read over several pages is the tab's article on each of them (a point shown on page 3 keeps the whole article)", async () => {
    const executeScript = vi.fn();
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
    // Page 3 as Sift loads it to show a point there: with a text fragment.
    const id = (await fakeBrowser.tabs.create({ url: 'https://news.example/h/3#:~:text=Prices%20rose' })).id!;
    const whole = encodeArticle({
      ...article('https://news.example/h'),
      pages: [1, 2, 3].map((n) => ({ url: `https://news.example/h${n > 1 ? `/${n}` : ''}`, title: 'H' })),
    });
    await fakeBrowser.storage.session.set({
      [`article:${id}`]: {
        url: 'https://news.example/h',
        pages: ['https://news.example/h', 'https://news.example/h/2', 'https://news.example/h/3'],
        article: whole,
      },
    });
    expect(await createArticleClient(browser).loadArticle(id)).toMatchObject({ kind: 'article', fromCache: true, article: { url: 'https://news.example/h' } });
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe('articleClient.preload', () => {
  const browser = fakeBrowser as unknown as WxtBrowser;
  beforeEach(() => fakeBrowser.reset());

  it('starts reading at once; the first loadArticle of that tab takes the result, later ones do not', async () => {
    const executeScript = vi.fn().mockImplementation(async () => [{ result: { ok: true, article: encodeArticle(article('https://news.example/g')) } }]);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
    const id = (await fakeBrowser.tabs.create({ url: 'https://news.example/g' })).id!;
    const other = (await fakeBrowser.tabs.create({ url: 'https://news.example/g' })).id!;
    const client = createArticleClient(browser);
    client.preload(id);
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(1));
    expect(await client.loadArticle(id)).toMatchObject({ kind: 'article', fromCache: false });
    expect(executeScript).toHaveBeenCalledTimes(1);
    // Taken once: a retry reads the page again; another tab never gets this tab's result.
    expect(await client.loadArticle(id, { force: true })).toMatchObject({ kind: 'article', fromCache: false });
    expect(executeScript).toHaveBeenCalledTimes(2);
    await fakeBrowser.storage.session.clear();
    client.preload(id);
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(3));
    expect(await client.loadArticle(other)).toMatchObject({ kind: 'article', fromCache: false });
    expect(executeScript).toHaveBeenCalledTimes(4);
    // The preload of `id` still waits for its own tab.
    expect(await client.loadArticle(id)).toMatchObject({ kind: 'article', fromCache: false });
    expect(executeScript).toHaveBeenCalledTimes(4);
  });
});
