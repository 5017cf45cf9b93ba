import { render } from 'preact';
import { createArticleClient } from '@/utils/articleClient';
import { resolveTabId } from '@/utils/activeTab';
import { openSidePanel } from '@/utils/sidePanel';
import { SiftApp } from '@/components/SiftApp';
import '@/components/sift.css';

performance.mark('sift:popup-start');
const client = createArticleClient(browser);
const root = document.getElementById('app')!;
document.documentElement.lang = browser.i18n.getUILanguage();

/** Opens the side panel on the popup's window, then closes the popup. Synchronous up to `open` (user gesture). */
function openPanel(windowId: number | undefined) {
  if (windowId === undefined) return;
  openSidePanel(browser, windowId).then(() => window.close(), () => {});
}

render(<SiftApp client={client} tabId={null} />, root);
resolveTabId(browser, location.search).then(async (tabId) => {
  const windowId = tabId === null ? undefined : (await browser.tabs.get(tabId).catch(() => undefined))?.windowId;
  render(<SiftApp client={client} tabId={tabId} onOpenSidePanel={() => openPanel(windowId)} />, root);
});
