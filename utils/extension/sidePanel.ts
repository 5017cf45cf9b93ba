import type { WxtBrowser as Browser } from 'wxt/browser';

/**
 * Opens Sift's side panel (Chrome `sidePanel`) or sidebar (Firefox `sidebarAction`) for a window.
 * Must be called in the same task as a user gesture: no `await` before it.
 */
export function openSidePanel(browser: Browser, windowId: number): Promise<void> {
  const b = browser as Browser & {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (b.sidePanel?.open) return b.sidePanel.open({ windowId });
  if (b.sidebarAction?.open) return b.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}
