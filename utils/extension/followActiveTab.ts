import type { WxtBrowser as Browser } from 'wxt/browser';

// The side panel's only (the popup shows one tab): a module of its own, so that the popup's code does not carry it.

/**
 * Calls `onChange(tabId, reload)` whenever the tab to show changes: another tab of `windowId`
 * becomes active, or the shown tab navigates or finishes loading. Returns an unsubscribe function.
 */
export function followActiveTab(browser: Browser, windowId: number, getCurrent: () => number | null, onChange: (tabId: number) => void): () => void {
  const activated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) onChange(info.tabId);
  };
  const updated = (tabId: number, change: { status?: string; url?: string }) => {
    if (tabId === getCurrent() && (change.url !== undefined || change.status === 'complete')) onChange(tabId);
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
