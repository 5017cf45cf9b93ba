/**
 * Injected into a tab when the reader first asks to see a key point, a source or a heading in the
 * page: listens for Sift's highlight requests (utils/extension/protocol.ts, `PageMessage`) and clears the
 * highlight on Escape or a click. Installs itself once per page, however often it is injected.
 *
 * An unlisted script without the polyfill (see entrypoints/content-script.ts): it needs one API,
 * `runtime.onMessage`, which every browser has natively; the highlighter is synchronous, so it
 * answers through `sendResponse`.
 */
import type { HighlightResult } from '@/utils/engine/page/highlighter';
import { isPageMessage } from '@/utils/extension/protocol';
import { createHighlighter } from '@/utils/engine/page/highlighter';

/** Set on the page's window (isolated world) by the first injection, so a second one adds no listeners. */
const INSTALLED = Symbol.for('sift.highlighter.installed');

/** The part of the extension runtime this script uses (Firefox's `browser` or Chrome's `chrome`). */
interface Runtime {
  id: string;
  onMessage: {
    addListener(listener: (message: unknown, sender: { id?: string }, sendResponse: (response: HighlightResult) => void) => boolean): void;
  };
}

export default defineUnlistedScript(() => {
  const w = window as unknown as Record<symbol, boolean>;
  if (w[INSTALLED]) return;
  const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  const runtime = (g.browser ?? g.chrome)?.runtime;
  if (!runtime) return;
  w[INSTALLED] = true;
  const highlighter = createHighlighter(document);
  runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== runtime.id || !isPageMessage(message)) return false;
    if (message.type === 'sift:clear-highlight') {
      highlighter.clear();
      sendResponse({ found: false });
    } else sendResponse(highlighter.show(message.target));
    return false;
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') highlighter.clear();
  });
  document.addEventListener('pointerdown', () => highlighter.clear(), { passive: true });
});
