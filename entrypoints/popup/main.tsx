import { render } from 'preact';
import { createArticleClient } from '@/utils/articleClient';
import { createSettingsStore } from '@/utils/settings';
import { resolveTabId } from '@/utils/activeTab';
import { openSidePanel } from '@/utils/sidePanel';
import { SiftApp } from '@/components/SiftApp';
import '@/components/sift.css';

performance.mark('sift:popup-start');
const client = createArticleClient(browser);
const settings = createSettingsStore(browser);
const root = document.getElementById('app')!;
document.documentElement.lang = browser.i18n.getUILanguage();

/** Opens the side panel on the popup's window, then closes the popup. Nothing is awaited before `open` (user gesture). */
function openPanel(windowId: number | undefined) {
  if (windowId === undefined) return;
  openSidePanel(browser, windowId).then(() => window.close(), () => {});
}

const openOptions = () => browser.runtime.openOptionsPage();

render(<SiftApp client={client} settings={settings} tabId={null} />, root);
resolveTabId(browser, location.search).then(async (tabId) => {
  const windowId = tabId === null ? undefined : (await browser.tabs.get(tabId).catch(() => undefined))?.windowId;
  render(
    <SiftApp client={client} settings={settings} tabId={tabId} onOpenSidePanel={() => openPanel(windowId)} onOpenOptions={openOptions} />,
    root,
  );
});
