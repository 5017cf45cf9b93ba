import type { WxtBrowser as Browser } from 'wxt/browser';
import { safeHttpUrl } from '../engine/safeUrl';

/** Host access that the opt-in automatic mode needs: every http(s) page, declared in `optional_host_permissions`. */
export const AUTO_MODE_ORIGINS = ['http://*/*', 'https://*/*'];

/**
 * Turning automatic mode on asks the browser for host access (a prompt the reader answers);
 * turning it off gives the access back, so "off" really means Sift can read nothing unasked.
 */
export function createAutoModePermission(browser: Browser) {
  return {
    /** Must be called from a user gesture (a click or a change in the options page). */
    request: () => browser.permissions.request({ origins: AUTO_MODE_ORIGINS }),
    remove: () => browser.permissions.remove({ origins: AUTO_MODE_ORIGINS }),
    granted: () => browser.permissions.contains({ origins: AUTO_MODE_ORIGINS }),
  };
}

export type AutoModePermission = ReturnType<typeof createAutoModePermission>;

/** The host pattern of a page's site ("https://news.example/*"), or undefined for a page that is not http(s). */
export function originPattern(url: string | undefined): string | undefined {
  const safe = safeHttpUrl(url);
  return safe ? `${new URL(safe).origin}/*` : undefined;
}

/**
 * The side panel's "Summarize this tab", where Sift has no access yet. A click in the side panel
 * does not grant `activeTab`, so it asks for host permission: for the tab's site, or for every
 * http(s) site when the browser does not show Sift the tab's URL (which is what automatic mode
 * is: granting it turns that mode on in the settings, where it can be turned off).
 * `permissions.request` must run in the click's own task, so the origins are worked out before the
 * click: call `prepare` when the tab is shown and `request` from the click.
 */
export function createTabAccessRequest(browser: Browser, onEverySiteGranted: () => void) {
  let origins = [...AUTO_MODE_ORIGINS];
  let shown: number | null = null;
  return {
    prepare(tabId: number | null): void {
      shown = tabId;
      origins = [...AUTO_MODE_ORIGINS];
      if (tabId === null) return;
      browser.tabs.get(tabId).then(
        (tab) => {
          const origin = originPattern(tab.url);
          if (origin && shown === tabId) origins = [origin];
        },
        () => {},
      );
    },
    /** Asks for access from the reader's click; true when it was granted. */
    async request(): Promise<boolean> {
      const everySite = origins.join() === AUTO_MODE_ORIGINS.join();
      const granted = await browser.permissions.request({ origins });
      if (granted && everySite) onEverySiteGranted();
      return granted;
    },
  };
}
