import type { Article } from './article/types';
import { articleBodyOf } from './article/blocks';

/**
 * Messages between Sift's contexts. Every message has a `type` starting with `sift:`;
 * receivers validate the shape with the guards below and ignore anything else.
 */

/** What the content script's `main()` produces; it crosses to Sift's pages as a string (below). */
export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; error: string };

/**
 * The wire form of an Article: JSON text, without `articleBody` (the blocks joined, rebuilt on
 * arrival). The browser copies an object result of `executeScript` value by value: 4,000 blocks
 * took about 200 ms to arrive in Chromium, the same data as one string about 60 ms; the body
 * would double the text for nothing. The `storage.session` cache keeps the same string.
 */
export function encodeArticle(article: Article): string {
  const { articleBody: _derived, ...rest } = article;
  return JSON.stringify(rest);
}

/** The Article of `encodeArticle`'s text, or null when the text is not one (a stale or foreign value). */
export function decodeArticle(json: unknown): Article | null {
  if (typeof json !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  return isArticleShape(value) ? { ...value, articleBody: articleBodyOf(value.blocks) } : null;
}

function isArticleShape(value: unknown): value is Omit<Article, 'articleBody'> {
  if (!value || typeof value !== 'object') return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.url === 'string' &&
    typeof a.title === 'string' &&
    typeof a.lang === 'string' &&
    Array.isArray(a.blocks) &&
    a.blocks.every((b) => !!b && typeof b === 'object' && typeof (b as { text?: unknown }).text === 'string') &&
    Array.isArray(a.outline) &&
    Array.isArray(a.authorKeyPoints) &&
    Array.isArray(a.sources) &&
    !!a.extraction &&
    typeof a.extraction === 'object'
  );
}

/** The content script's answer as it is sent: `{ok: true, article: <encodeArticle text>}` or the error. */
export type WireExtractResult = { ok: true; article: string } | { ok: false; error: string };

export function encodeExtractResult(result: ExtractResult): WireExtractResult {
  return result.ok ? { ok: true, article: encodeArticle(result.article) } : result;
}

/** A received result: the Article, and its wire text too (what the cache stores, without encoding it again). */
export type ReceivedExtractResult = { ok: true; article: Article; encoded: string } | { ok: false; error: string };

/** The result of an injection, validated; undefined when there is none (the script did not run). */
export function decodeExtractResult(value: unknown): ReceivedExtractResult | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const r = value as Record<string, unknown>;
  if (r.ok === false) return { ok: false, error: typeof r.error === 'string' ? r.error : 'unknown error' };
  if (r.ok !== true) return undefined;
  const article = decodeArticle(r.article);
  if (!article) return { ok: false, error: 'the page answered with something that is not an article' };
  return { ok: true, article, encoded: r.article as string };
}

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

/**
 * The popup, opened by a toolbar click, asks the background for the read of the tab that the click
 * started (Chrome; see utils/toolbar.ts). The answer is a `WireLoadOutcome` or null.
 */
export interface ReadAheadRequest {
  type: 'sift:take-read-ahead';
  tabId: number;
}

export function isReadAheadRequest(value: unknown): value is ReadAheadRequest {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return m.type === 'sift:take-read-ahead' && Number.isInteger(m.tabId) && (m.tabId as number) >= 0;
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
