import { browser } from 'wxt/browser';
import type messages from '../../public/_locales/en/messages.json';

/** A key of the UI's messages (public/_locales/en/messages.json): a wrong key fails the type check. */
export type MessageKey = keyof typeof messages;

/**
 * The UI's words, from `public/_locales/<lang>/messages.json` through `i18n.getMessage`,
 * so the UI follows the browser's language. Falls back to the key, never to an empty string.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string;
    return getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
