/**
 * Globals of the code that scripts and end-to-end tests hand to the browser (`page.evaluate`,
 * `serviceWorker.evaluate`): it runs in the extension's own pages, where the WebExtension API is
 * `chrome`, and in test pages that set markers on `window`. Only for type-checking the scripts
 * (tsconfig.scripts.json).
 */
// biome-ignore lint/suspicious/noExplicitAny: the WebExtension API has no types here (no @types/chrome); the tests check its behaviour at run time.
declare const chrome: any;
interface Window {
  /** Set by a hostile fixture page's payload if it ever ran (tests/e2e/hardening.test.mjs). */
  __pwned?: unknown;
}
