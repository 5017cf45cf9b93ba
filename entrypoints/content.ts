import { extractArticle } from '@/utils/article/extractArticle';
import { encodeExtractResult, isPageMessage, type WireExtractResult } from '@/utils/messaging';
import { createHighlighter } from '@/utils/page/highlighter';

/** Set on the page's window (isolated world) by the first injection, so a second one adds no listeners. */
const INSTALLED = Symbol.for('sift.content.installed');

export default defineContentScript({
  registration: 'runtime',
  main(): WireExtractResult {
    installListeners();
    try {
      return encodeExtractResult({ ok: true, article: extractArticle(document, location.href) });
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  },
});

function installListeners() {
  const w = window as unknown as Record<symbol, boolean>;
  if (w[INSTALLED]) return;
  w[INSTALLED] = true;
  const highlighter = createHighlighter(document);
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isPageMessage(message)) return undefined;
    if (message.type === 'sift:clear-highlight') {
      highlighter.clear();
      return Promise.resolve({ found: false });
    }
    return Promise.resolve(highlighter.show(message.target));
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') highlighter.clear();
  });
  document.addEventListener('pointerdown', () => highlighter.clear(), { passive: true });
}
