import { createArticleClient } from '@/utils/articleClient';
import { openSidePanel } from '@/utils/sidePanel';
import { t } from '@/utils/i18n';

const MENU_OPEN_SIDE_PANEL = 'sift-open-side-panel';

export default defineBackground(() => {
  const client = createArticleClient(browser);

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: MENU_OPEN_SIDE_PANEL, title: t('openSidePanel'), contexts: ['action'] }),
    );
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_OPEN_SIDE_PANEL && tab?.windowId !== undefined) {
      openSidePanel(browser, tab.windowId).catch(() => {});
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel' && tab?.windowId !== undefined) {
      openSidePanel(browser, tab.windowId).catch(() => {});
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    client.forget(tabId);
  });
});
