/**
 * Where extensions cannot run. Browsers refuse to inject scripts into anything but http(s) pages
 * (their own pages, extension pages, view-source:, file: without a special grant, data: and blob:)
 * and into their web stores and the PDF viewer; saying so up front gives the reader a clear
 * message instead of an error.
 */
const RESTRICTED_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export type TabAccess = 'ok' | 'restricted' | 'unknown';

/** Classifies a tab's URL; `unknown` when the URL is hidden (no access to the tab yet). */
export function classifyTabUrl(url: string | undefined): TabAccess {
  if (!url) return 'unknown';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'restricted';
  }
  if (RESTRICTED_HOSTS.includes(u.hostname)) return 'restricted';
  if (u.hostname === 'chrome.google.com' && u.pathname.startsWith('/webstore')) return 'restricted';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'restricted';
  return 'ok';
}

/** Error texts from `scripting.executeScript` that mean "no access to this tab" rather than a failure. */
export function isNoAccessError(message: string): boolean {
  return /Cannot access|permission|Missing host|must request permission|activeTab/i.test(message);
}

/** Error texts that mean the browser forbids scripts on this page (PDF viewer, error pages, stores). */
export function isRestrictedError(message: string): boolean {
  return /cannot be scripted|chrome:\/\/|Cannot access a chrome|extensions gallery|error page|Frame with ID 0 is showing error page|Missing host permission for the tab, PDF|view-source/i.test(
    message,
  );
}
