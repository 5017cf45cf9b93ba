import { render } from 'preact';
import { createArticleClient } from '@/utils/extension/articleClient';
import { resolveTabId } from '@/utils/extension/activeTab';
import { followActiveTab } from '@/utils/extension/followActiveTab';
import { createSettingsStore } from '@/utils/extension/settings';
import { createTabAccessRequest } from '@/utils/extension/autoMode';
import { SiftApp } from '@/components/SiftApp';
import '@/components/sift.css';

const client = createArticleClient(browser);
const settings = createSettingsStore(browser);
const openOptions = () => browser.runtime.openOptionsPage();
const root = document.getElementById('app')!;
document.documentElement.lang = browser.i18n.getUILanguage();

// "Summarize this tab" asks for the tab's site; granted for every site, it is automatic mode (utils/extension/autoMode.ts).
const access = createTabAccessRequest(browser, () => settings.update({ autoSummarize: true }));
let current: number | null = null;
let reloadToken = 0;

function show(tabId: number | null) {
  current = tabId;
  reloadToken++;
  access.prepare(tabId);
  const requestAccess = () =>
    access.request().then(
      (granted) => granted && show(tabId),
      () => show(tabId),
    );
  render(
    <SiftApp client={client} settings={settings} tabId={tabId} reloadToken={reloadToken} onRequestAccess={requestAccess} onOpenOptions={openOptions} />,
    root,
  );
}

show(null);
resolveTabId(browser, location.search).then(async (tabId) => {
  show(tabId);
  const windowId = tabId === null ? undefined : (await browser.tabs.get(tabId).catch(() => undefined))?.windowId;
  if (windowId !== undefined) followActiveTab(browser, windowId, () => current, show);
});
