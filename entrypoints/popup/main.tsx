import { render } from 'preact';
import { createArticleClient } from '@/utils/extension/articleClient';
import { createSettingsStore } from '@/utils/extension/settings';
import { resolveTabId } from '@/utils/extension/activeTab';
import { openSidePanel } from '@/utils/extension/sidePanel';
import { isReadAheadPopup, popupPortName } from '@/utils/extension/toolbar';
import { SiftApp } from '@/components/SiftApp';
import '@/components/sift.css';

performance.mark('sift:popup-start');
const client = createArticleClient(browser);
// The tab is read from the first moment; SiftApp's first loadArticle takes this result. Opened by a
// toolbar click (Chrome), the background is already reading it: the popup takes that read, and
// keeps a port open so the background knows when the popup closes (utils/extension/toolbar.ts).
const readAhead = isReadAheadPopup(location.search);
const tabIdReady = resolveTabId(browser, location.search);
tabIdReady.then(
  (id) => {
    if (id === null) return;
    client.preload(id, { readAhead });
    if (readAhead) browser.runtime.connect({ name: popupPortName(id) });
  },
  () => {},
);
const settings = createSettingsStore(browser);
const root = document.getElementById('app')!;
document.documentElement.lang = browser.i18n.getUILanguage();

/** Opens the side panel on the popup's window, then closes the popup. Nothing is awaited before `open` (user gesture). */
function openPanel(windowId: number | undefined) {
  if (windowId === undefined) return;
  openSidePanel(browser, windowId).then(
    () => window.close(),
    () => {},
  );
}

const openOptions = () => browser.runtime.openOptionsPage();

render(<SiftApp client={client} settings={settings} tabId={null} />, root);
tabIdReady.then((tabId) => {
  // The window is looked up beside the first render, not before it: the article is what the reader waits for.
  let windowId: number | undefined;
  if (tabId !== null)
    browser.tabs.get(tabId).then(
      (tab) => (windowId = tab.windowId),
      () => {},
    );
  render(<SiftApp client={client} settings={settings} tabId={tabId} onOpenSidePanel={() => openPanel(windowId)} onOpenOptions={openOptions} />, root);
});
