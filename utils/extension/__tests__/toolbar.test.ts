import { describe, expect, it, vi } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { installToolbarButton, isReadAheadPopup, popupPortName, readAheadPopup } from '../toolbar';

type Listener<A extends unknown[]> = (...args: A) => void;

/** The parts of `browser` the toolbar button uses, recorded. */
function fakeBrowser({ openPopup }: { openPopup?: (o?: { windowId?: number }) => Promise<void> } = {}) {
  const clicks: Listener<[{ id?: number; windowId: number; url?: string }]>[] = [];
  const connects: Listener<[{ name: string; onDisconnect: { addListener: (l: () => void) => void } }]>[] = [];
  const setPopup = vi.fn(async (_: { tabId?: number; popup: string }) => {});
  const browser = {
    action: { setPopup, onClicked: { addListener: (l: (typeof clicks)[number]) => clicks.push(l) }, ...(openPopup ? { openPopup } : {}) },
    runtime: { onConnect: { addListener: (l: (typeof connects)[number]) => connects.push(l) } },
  } as unknown as WxtBrowser;
  const click = (tab: { id?: number; windowId: number; url?: string }) =>
    clicks.forEach((l) => {
      l(tab);
    });
  /** A popup connects its port; returns the function that closes it. */
  const connect = (name: string) => {
    const closed: (() => void)[] = [];
    for (const l of connects) l({ name, onDisconnect: { addListener: (f) => closed.push(f) } });
    return () => {
      for (const f of closed) f();
    };
  };
  return { browser, setPopup, click, connect };
}

describe('installToolbarButton', () => {
  it('a click starts reading the tab, then opens the popup that takes the read', async () => {
    const openPopup = vi.fn(async () => {});
    const { browser, setPopup, click, connect } = fakeBrowser({ openPopup });
    const readAhead = vi.fn();
    installToolbarButton(browser, { start: readAhead });
    click({ id: 7, windowId: 3, url: 'https://news.example/a' });
    expect(readAhead).toHaveBeenCalledWith(7, 'https://news.example/a');
    await vi.waitFor(() => expect(openPopup).toHaveBeenCalledWith({ windowId: 3 }));
    expect(setPopup).toHaveBeenCalledWith({ tabId: 7, popup: 'popup.html?tabId=7&readAhead=1' });
    expect(setPopup.mock.invocationCallOrder[0]).toBeLessThan(openPopup.mock.invocationCallOrder[0]);
    // The popup stays set while shown; when its port closes the button is a plain button again.
    const close = connect(popupPortName(7));
    expect(setPopup).toHaveBeenCalledTimes(1);
    close();
    expect(setPopup).toHaveBeenLastCalledWith({ tabId: 7, popup: '' });
    // Ports of others are not the popup's.
    connect('something-else')();
    expect(setPopup).toHaveBeenCalledTimes(2);
  });

  it('leaves the popup set on the tab when openPopup fails, so the next click opens it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const openPopup = vi.fn(async () => Promise.reject(new Error('no active window')));
    const failing = fakeBrowser({ openPopup });
    installToolbarButton(failing.browser, { start: vi.fn() });
    failing.click({ id: 1, windowId: 1 });
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(failing.setPopup.mock.calls).toEqual([[{ tabId: 1, popup: 'popup.html?tabId=1&readAhead=1' }]]);
    warn.mockRestore();
  });

  it('gives the button its popup for good where openPopup is missing (Chrome before 127)', () => {
    const old = fakeBrowser();
    const readAhead = vi.fn();
    installToolbarButton(old.browser, { start: readAhead });
    expect(old.setPopup).toHaveBeenCalledWith({ popup: 'popup.html' });
    old.click({ id: 2, windowId: 1 });
    expect(readAhead).not.toHaveBeenCalled();
  });

  it('ignores a click without a tab', () => {
    const { browser, click, setPopup } = fakeBrowser({ openPopup: vi.fn(async () => {}) });
    const readAhead = vi.fn();
    installToolbarButton(browser, { start: readAhead });
    click({ windowId: 1 });
    expect(readAhead).not.toHaveBeenCalled();
    expect(setPopup).not.toHaveBeenCalled();
  });
});

describe('readAheadPopup', () => {
  it('names the tab and says the read was started, which the popup recognizes', () => {
    expect(readAheadPopup(12)).toBe('popup.html?tabId=12&readAhead=1');
    expect(isReadAheadPopup(new URL(readAheadPopup(12), 'chrome-extension://x/').search)).toBe(true);
    expect(isReadAheadPopup('?tabId=12')).toBe(false);
  });
});
