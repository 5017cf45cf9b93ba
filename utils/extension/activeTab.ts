import type { WxtBrowser as Browser } from 'wxt/browser';

/**
 * The tab a Sift page shows: `?tabId=N` when given (how tests and the popup-to-panel hand-off
 * name a tab), else the active tab of the page's own window.
 */
export async function resolveTabId(browser: Browser, search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

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
