import type { Article } from './article/types';

/**
 * Messages between Sift's contexts. Every message has a `type` starting with `sift:`;
 * receivers validate the shape with the guards below and ignore anything else.
 */

/** What the content script's `main()` returns to `scripting.executeScript`. */
export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; error: string };

/** Something to find and highlight in the live page. */
export interface HighlightTarget {
  /** The text to find (a sentence, a heading, a link's anchor text). */
  text: string;
  /** For a source: its URL, to find the link itself before falling back to its text. */
  url?: string;
}

export type PageMessage =
  | { type: 'sift:highlight'; target: HighlightTarget }
  | { type: 'sift:clear-highlight' };

export interface HighlightResult {
  found: boolean;
}

const MAX_TARGET_TEXT = 2000;

/** True when `value` is a well-formed message for the content script. */
export function isPageMessage(value: unknown): value is PageMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  if (m.type === 'sift:clear-highlight') return true;
  if (m.type !== 'sift:highlight') return false;
  const t = m.target as Record<string, unknown> | undefined;
  return (
    !!t &&
    typeof t === 'object' &&
    typeof t.text === 'string' &&
    t.text.length <= MAX_TARGET_TEXT &&
    (t.url === undefined || (typeof t.url === 'string' && t.url.length <= MAX_TARGET_TEXT))
  );
}
