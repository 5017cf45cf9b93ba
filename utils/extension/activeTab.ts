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
