import type { WxtBrowser as Browser } from 'wxt/browser';
import type { ReadAheads } from './readAhead';

/** The popup's page. */
const POPUP_PAGE = 'popup.html';

/** The popup for one tab, opened by a toolbar click that has already started reading the tab. */
export const readAheadPopup = (tabId: number) => `${POPUP_PAGE}?tabId=${tabId}&readAhead=1`;

/** True when the popup page was opened by `readAheadPopup` (its query string). */
export const isReadAheadPopup = (search: string) => new URLSearchParams(search).has('readAhead');

/** The port a read-ahead popup keeps open on the background while it is shown. */
const POPUP_PORT = /^sift:popup:(\d+)$/;
export const popupPortName = (tabId: number) => `sift:popup:${tabId}`;

type Action = Browser['action'] & { openPopup?: (options?: { windowId?: number }) => Promise<void> };

/**
 * The toolbar button (Chrome). Its manifest entry has no popup, so a click reaches the background
 * first: the background starts reading the tab (the click grants `activeTab`), then opens the
 * popup, which takes that read (`client.preload(tabId, { readAhead: true })`) instead of starting
 * one (utils/extension/readAhead.ts). The page is read while Chrome builds the popup, instead of after it.
 *
 * While the popup is shown its tab keeps it set, so a second click closes it as a popup's button
 * does; it is unset when the popup's port closes. When `openPopup` fails, the tab keeps the popup:
 * the next click opens it as any popup's button does, and it takes the read this click started.
 * Without `action.openPopup` (Chrome before 127) the button has its popup for good, and the popup
 * reads the tab itself.
 *
 * Firefox keeps `default_popup` (`onClicked` does not fire while a popup is set): nothing here runs there.
 */
export function installToolbarButton(browser: Browser, readAheads: Pick<ReadAheads, 'start'>): void {
  const action = browser.action as Action;
  if (typeof action.openPopup !== 'function') {
    action.setPopup({ popup: POPUP_PAGE }).catch(() => {});
    return;
  }
  action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    const tabId = tab.id;
    readAheads.start(tabId, tab.url);
    action
      .setPopup({ tabId, popup: readAheadPopup(tabId) })
      .then(() => action.openPopup!({ windowId: tab.windowId }))
      // The tab keeps the popup: the next click opens it as any popup, and it takes this read.
      .catch((e: unknown) => console.warn('Sift: could not open the popup', e));
  });
  browser.runtime.onConnect.addListener((port) => {
    const match = POPUP_PORT.exec(port.name);
    if (!match) return;
    const tabId = Number(match[1]);
    port.onDisconnect.addListener(() => {
      action.setPopup({ tabId, popup: '' }).catch(() => {});
    });
  });
}
