import { render } from 'preact';
import { createArticleClient } from '@/utils/extension/articleClient';
import { followActiveTab, resolveTabId } from '@/utils/extension/activeTab';
import { createSettingsStore } from '@/utils/extension/settings';
import { AUTO_MODE_ORIGINS } from '@/utils/extension/autoMode';
import { SiftApp } from '@/components/SiftApp';
import '@/components/sift.css';

const client = createArticleClient(browser);
const settings = createSettingsStore(browser);
const openOptions = () => browser.runtime.openOptionsPage();
const root = document.getElementById('app')!;
document.documentElement.lang = browser.i18n.getUILanguage();

let current: number | null = null;
let reloadToken = 0;

function show(tabId: number | null) {
  current = tabId;
  reloadToken++;
  const origins = [...AUTO_MODE_ORIGINS];
  if (tabId !== null) {
    // Known only where the browser shows Sift the tab's URL; else the request covers http(s) sites.
    browser.tabs.get(tabId).then((tab) => {
      const origin = originPattern(tab.url);
      if (origin) origins.splice(0, origins.length, origin);
    }, () => {});
  }
  render(
    <SiftApp
      client={client}
      settings={settings}
      tabId={tabId}
      reloadToken={reloadToken}
      onRequestAccess={() => requestAccess(tabId, origins)}
      onOpenOptions={openOptions}
    />,
    root,
  );
}

/**
 * "Summarize this tab" where Sift has no access. A click in the side panel does not grant
 * `activeTab`, so it asks for host permission; `permissions.request` must run in the click's
 * own task, hence the origins are worked out before the click.
 */
function requestAccess(tabId: number | null, origins: string[]) {
  if (tabId === null) return;
  const everySite = origins.join() === AUTO_MODE_ORIGINS.join();
  browser.permissions.request({ origins }).then(
    (granted) => {
      if (!granted) return;
      // Access to every site is what automatic mode is: say so in the options, where it can be turned off.
      if (everySite) settings.update({ autoSummarize: true });
      show(tabId);
    },
    () => show(tabId),
  );
}

function originPattern(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.origin}/*` : undefined;
  } catch {
    return undefined;
  }
}

show(null);
resolveTabId(browser, location.search).then(async (tabId) => {
  show(tabId);
  const windowId = tabId === null ? undefined : (await browser.tabs.get(tabId).catch(() => undefined))?.windowId;
  if (windowId !== undefined) followActiveTab(browser, windowId, () => current, show);
});
