import { createArticleClient } from '@/utils/extension/articleClient';
import { openSidePanel } from '@/utils/extension/sidePanel';
import { installToolbarButton } from '@/utils/extension/toolbar';
import { createReadAheads } from '@/utils/extension/readAhead';
import { createPageReader } from '@/utils/extension/pageReader';
import { createKeyPointService } from '@/utils/extension/keyPointService';
import { createSettingsStore } from '@/utils/extension/settings';
import { keyPointsFor } from '@/utils/engine/summary/keyPointsFor';
import { attribute } from '@/utils/engine/attribution';
import { t } from '@/utils/extension/i18n';

const MENU_OPEN_SIDE_PANEL = 'sift-open-side-panel';

export default defineBackground(() => {
  const client = createArticleClient(browser);
  // A toolbar click reads the tab while Chrome builds the popup; the popup takes that read.
  const settings = createSettingsStore(browser);
  // The key points are picked here too, for the reader's number of points: the popup only renders them.
  const readAheads = createReadAheads(browser, client, async (article) => {
    const { points } = await settings.get();
    return { points, keyPoints: keyPointsFor(article, { points }) };
  });
  readAheads.serve();
  // "Read all pages" and points on other pages, asked for by the popup and the side panel.
  createPageReader(browser, client).serve();
  // Key points for the popup and the side panel, with the sources each stands on: the summarizer runs here only.
  createKeyPointService(browser, { summarize: (article, points) => keyPointsFor(article, { points }), attribute }).serve();
  installToolbarButton(browser, readAheads);

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => browser.contextMenus.create({ id: MENU_OPEN_SIDE_PANEL, title: t('openSidePanel'), contexts: ['action'] }));
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
