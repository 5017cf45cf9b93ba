import type { WxtBrowser as Browser } from 'wxt/browser';

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
