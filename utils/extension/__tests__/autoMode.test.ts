import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { AUTO_MODE_ORIGINS, createTabAccessRequest, originPattern } from '../autoMode';

describe('originPattern', () => {
  it("is the page's site as a host pattern, only for http(s)", () => {
    expect(originPattern('https://news.example/a/b?c#d')).toBe('https://news.example/*');
    expect(originPattern('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080/*');
    for (const url of [undefined, '', 'chrome://settings', 'file:///tmp/a.html', 'javascript:alert(1)', 'not a url'])
      expect(originPattern(url)).toBeUndefined();
  });
});

describe('createTabAccessRequest: the side panel\'s "Summarize this tab"', () => {
  const browser = fakeBrowser as unknown as WxtBrowser;
  let request: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    request = vi.fn().mockResolvedValue(true);
    (fakeBrowser as unknown as { permissions: unknown }).permissions = { request };
  });

  const settle = () => new Promise((r) => setTimeout(r, 0));

  it("asks for the tab's site, and leaves automatic mode alone", async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    const everySite = vi.fn();
    const access = createTabAccessRequest(browser, everySite);
    access.prepare(tab.id!);
    await settle();
    expect(await access.request()).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://news.example/*'] });
    expect(everySite).not.toHaveBeenCalled();
  });

  it("asks for every http(s) site when the tab's address is hidden, and that turns automatic mode on", async () => {
    const tab = await fakeBrowser.tabs.create({});
    const everySite = vi.fn();
    const access = createTabAccessRequest(browser, everySite);
    access.prepare(tab.id!);
    await settle();
    await access.request();
    expect(request).toHaveBeenCalledWith({ origins: AUTO_MODE_ORIGINS });
    expect(everySite).toHaveBeenCalledTimes(1);
  });

  it("calls the browser in the click's own task (before any await), and a refusal changes nothing", async () => {
    request.mockResolvedValue(false);
    const everySite = vi.fn();
    const access = createTabAccessRequest(browser, everySite);
    access.prepare(null);
    const pending = access.request();
    expect(request).toHaveBeenCalledTimes(1);
    expect(await pending).toBe(false);
    expect(everySite).not.toHaveBeenCalled();
  });

  it('a tab shown later does not take the site of one shown before', async () => {
    const a = await fakeBrowser.tabs.create({ url: 'https://a.example/' });
    const b = await fakeBrowser.tabs.create({ url: 'https://b.example/' });
    const access = createTabAccessRequest(browser, () => {});
    access.prepare(a.id!);
    access.prepare(b.id!);
    await settle();
    await access.request();
    expect(request).toHaveBeenLastCalledWith({ origins: ['https://b.example/*'] });
  });
});
