import { browser } from 'wxt/browser';

/**
 * The UI's words, from `public/_locales/<lang>/messages.json` through `i18n.getMessage`,
 * so the UI follows the browser's language. Falls back to the key, never to an empty string.
 */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string;
    return getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
